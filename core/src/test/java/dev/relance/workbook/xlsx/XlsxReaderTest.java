package dev.relance.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.RelanceException;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookFormat;

class XlsxReaderTest {

    @TempDir
    Path dir;

    private final XlsxReader reader = new XlsxReader();

    @Test
    void readsSharedAndInlineStrings() throws IOException {
        Path file = RawXlsx.withSheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>inline</t></is></c></row>")
                .part("xl/sharedStrings.xml", "<sst xmlns=\"" + RawXlsx.MAIN + "\"><si><t>zero</t>"
                        + "</si><si><t>one</t></si></sst>")
                .part("xl/_rels/workbook.xml.rels", relationshipsWithSharedStrings())
                .writeTo(dir.resolve("strings.xlsx"));

        Sheet sheet = reader.read(file).sheets().get(0);

        assertThat(sheet.rows().get(0).cells()).containsExactly(
                new CellValue.Text("one"), new CellValue.Text("inline"));
    }

    @Test
    void joinsRichTextRunsAndSkipsPhoneticRuns() throws IOException {
        Path file = RawXlsx.withSheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .part("xl/sharedStrings.xml", "<sst xmlns=\"" + RawXlsx.MAIN + "\"><si>"
                        + "<r><rPr><b/></rPr><t>Dupont </t></r><r><t xml:space=\"preserve\">SARL</t></r>"
                        + "<rPh sb=\"0\" eb=\"1\"><t>デュポン</t></rPh></si></sst>")
                .part("xl/_rels/workbook.xml.rels", relationshipsWithSharedStrings())
                .writeTo(dir.resolve("rich.xlsx"));

        Sheet sheet = reader.read(file).sheets().get(0);

        assertThat(sheet.rows().get(0).cell(0)).isEqualTo(new CellValue.Text("Dupont SARL"));
    }

    @Test
    void decodesEscapedControlCharactersInText() throws IOException {
        Path file = RawXlsx.withSheetData("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                + "<t>line_x000D_end _x005F_x0041_</t></is></c></row>")
                .writeTo(dir.resolve("escaped.xlsx"));

        Sheet sheet = reader.read(file).sheets().get(0);

        assertThat(sheet.rows().get(0).cell(0)).isEqualTo(new CellValue.Text("line\rend _x0041_"));
    }

    @Test
    void readsNumbersAsTheStoredDecimal() throws IOException {
        Path file = RawXlsx.withSheetData("<row r=\"1\"><c r=\"A1\"><v>0.1</v></c>"
                + "<c r=\"B1\" t=\"n\"><v>1234.5600000000001</v></c><c r=\"C1\"><v>1E-3</v></c></row>")
                .writeTo(dir.resolve("numbers.xlsx"));

        Row row = reader.read(file).sheets().get(0).rows().get(0);

        assertThat(row.cells()).containsExactly(
                new CellValue.Number(new BigDecimal("0.1")),
                new CellValue.Number(new BigDecimal("1234.5600000000001")),
                new CellValue.Number(new BigDecimal("1E-3")));
    }

    @Test
    void keepsNumbersNoSpreadsheetHoldsAsText() throws IOException {
        Path file = RawXlsx.withSheetData("<row r=\"1\"><c r=\"A1\"><v>1E+1000000000</v></c>"
                + "<c r=\"B1\"><v>1.00000000000000000000000000000000000000001</v></c></row>")
                .writeTo(dir.resolve("huge-numbers.xlsx"));

        Row row = reader.read(file).sheets().get(0).rows().get(0);

        assertThat(row.cells()).containsExactly(
                new CellValue.Text("1E+1000000000"),
                new CellValue.Text("1.00000000000000000000000000000000000000001"));
    }

    @Test
    void readsDateCellsWithBuiltinAndCustomFormats() throws IOException {
        Path file = writePoi(workbook -> {
            CreationHelper helper = workbook.getCreationHelper();
            XSSFCellStyle builtin = workbook.createCellStyle();
            builtin.setDataFormat((short) 14);
            XSSFCellStyle custom = workbook.createCellStyle();
            custom.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
            XSSFCellStyle money = workbook.createCellStyle();
            money.setDataFormat(helper.createDataFormat().getFormat("#,##0.00 \"€\""));
            var row = workbook.createSheet("Factures").createRow(0);
            row.createCell(0).setCellValue(LocalDate.of(2026, 3, 4));
            row.getCell(0).setCellStyle(builtin);
            row.createCell(1).setCellValue(LocalDate.of(2026, 12, 31));
            row.getCell(1).setCellStyle(custom);
            row.createCell(2).setCellValue(46085);
            row.getCell(2).setCellStyle(money);
        });

        Row row = reader.read(file).sheets().get(0).rows().get(0);

        assertThat(row.cells()).containsExactly(
                new CellValue.DateValue(LocalDate.of(2026, 3, 4)),
                new CellValue.DateValue(LocalDate.of(2026, 12, 31)),
                new CellValue.Number(new BigDecimal("46085.0")));
    }

    @Test
    void readsDateCellsWith1904Epoch() throws IOException {
        Path file = writePoi(workbook -> {
            workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
            XSSFCellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) 14);
            var cell = workbook.createSheet("Factures").createRow(0).createCell(0);
            cell.setCellValue(44562);
            cell.setCellStyle(date);
        });

        Workbook workbook = reader.read(file);

        assertThat(workbook.date1904()).isTrue();
        assertThat(workbook.sheets().get(0).rows().get(0).cell(0))
                .isEqualTo(new CellValue.DateValue(LocalDate.of(2026, 1, 2)));
    }

    @Test
    void readsSerialsAroundExcelsFakeLeapDayOf1900() throws IOException {
        Path file = RawXlsx.withSheetData("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>1</v></c>"
                + "<c r=\"B1\" s=\"1\"><v>59</v></c><c r=\"C1\" s=\"1\"><v>61</v></c>"
                + "<c r=\"D1\" s=\"1\"><v>46085.75</v></c></row>")
                .part("xl/styles.xml", "<styleSheet xmlns=\"" + RawXlsx.MAIN + "\"><cellXfs count=\"2\">"
                        + "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>")
                .part("xl/_rels/workbook.xml.rels", relationshipsWithStyles())
                .writeTo(dir.resolve("leap.xlsx"));

        Row row = reader.read(file).sheets().get(0).rows().get(0);

        assertThat(row.cells()).containsExactly(
                new CellValue.DateValue(LocalDate.of(1900, 1, 1)),
                new CellValue.DateValue(LocalDate.of(1900, 2, 28)),
                new CellValue.DateValue(LocalDate.of(1900, 3, 1)),
                new CellValue.DateValue(LocalDate.of(2026, 3, 4)));
    }

    @Test
    void readsFormulasByTheirCachedValues() throws IOException {
        Path file = writePoi(workbook -> {
            var row = workbook.createSheet("Factures").createRow(0);
            row.createCell(0).setCellValue(100);
            row.createCell(1).setCellFormula("A1*2");
            row.createCell(2).setCellFormula("\"F-\"&A1");
            row.createCell(3).setCellFormula("A1>50");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        Row row = reader.read(file).sheets().get(0).rows().get(0);

        assertThat(row.cells()).containsExactly(
                new CellValue.Number(new BigDecimal("100.0")),
                new CellValue.Number(new BigDecimal("200.0")),
                new CellValue.Text("F-100"),
                new CellValue.Bool(true));
    }

    @Test
    void readsFormulaWithoutCachedValue() throws IOException {
        Path file = RawXlsx.withSheetData("<row r=\"1\"><c r=\"A1\"><f>B1-C1</f><v></v></c>"
                + "<c r=\"B1\"><f>SUM(C1:C3)</f></c><c r=\"C1\" t=\"str\"><f>\"\"</f><v></v></c></row>")
                .writeTo(dir.resolve("formulas.xlsx"));

        Row row = reader.read(file).sheets().get(0).rows().get(0);

        assertThat(row.cells()).containsExactly(
                new CellValue.FormulaWithoutValue("B1-C1"),
                new CellValue.FormulaWithoutValue("SUM(C1:C3)"),
                new CellValue.Text(""));
    }

    @Test
    void readsBooleansErrorsAndIsoDates() throws IOException {
        Path file = RawXlsx.withSheetData("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>1</v></c>"
                + "<c r=\"B1\" t=\"b\"><v>0</v></c><c r=\"C1\" t=\"e\"><v>#DIV/0!</v></c>"
                + "<c r=\"D1\" t=\"d\"><v>2026-03-04T00:00:00</v></c></row>")
                .writeTo(dir.resolve("types.xlsx"));

        Row row = reader.read(file).sheets().get(0).rows().get(0);

        assertThat(row.cells()).containsExactly(
                new CellValue.Bool(true),
                new CellValue.Bool(false),
                new CellValue.Error("#DIV/0!"),
                new CellValue.DateValue(LocalDate.of(2026, 3, 4)));
    }

    @Test
    void readsErrorCellsWrittenByPoi() throws IOException {
        Path file = writePoi(workbook -> workbook.createSheet("Factures").createRow(0).createCell(1)
                .setCellErrorValue(FormulaError.NA.getCode()));

        Row row = reader.read(file).sheets().get(0).rows().get(0);

        assertThat(row.cells()).containsExactly(CellValue.EMPTY, new CellValue.Error("#N/A"));
    }

    @Test
    void readsMergedRangeAsTopLeftValueInEveryCell() throws IOException {
        Path file = writePoi(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Factures");
            for (int i = 0; i < 3; i++) {
                sheet.createRow(i).createCell(1).setCellValue("F-" + (i + 1));
            }
            sheet.getRow(0).createCell(0).setCellValue("C001");
            sheet.addMergedRegion(new CellRangeAddress(0, 2, 0, 0));
        });

        List<Row> rows = reader.read(file).sheets().get(0).rows();

        assertThat(rows).extracting(row -> row.cell(0).display()).containsExactly("C001", "C001", "C001");
        assertThat(rows).extracting(row -> row.cell(1).display()).containsExactly("F-1", "F-2", "F-3");
    }

    @Test
    void readsSheetsInTabOrderAndMarksHiddenOnes() throws IOException {
        Path file = writePoi(workbook -> {
            workbook.createSheet("Listes").createRow(0).createCell(0).setCellValue("x");
            workbook.createSheet("Clients");
            workbook.createSheet("Secret");
            workbook.setSheetHidden(0, true);
            workbook.setSheetVisibility(2, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
        });

        Workbook workbook = reader.read(file);

        assertThat(workbook.format()).isEqualTo(WorkbookFormat.XLSX);
        assertThat(workbook.sheets()).extracting(Sheet::name).containsExactly("Listes", "Clients", "Secret");
        assertThat(workbook.sheets()).extracting(Sheet::hidden).containsExactly(true, false, true);
    }

    @Test
    void leavesOutBlankRowsAndTrailingEmptyCells() throws IOException {
        Path file = writePoi(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Factures");
            sheet.createRow(0).createCell(0).setCellValue("Titre");
            sheet.createRow(1).createCell(0).setCellValue("   ");
            sheet.createRow(2).createCell(5).setCellValue("");
            var row = sheet.createRow(3);
            row.createCell(2).setCellValue("C");
            row.createCell(4);
        });

        List<Row> rows = reader.read(file).sheets().get(0).rows();

        assertThat(rows).extracting(Row::index).containsExactly(0, 3);
        assertThat(rows.get(1).cells()).containsExactly(
                CellValue.EMPTY, CellValue.EMPTY, new CellValue.Text("C"));
    }

    @Test
    void countsRowsAndCellsWithoutReferences() throws IOException {
        Path file = RawXlsx.withSheetData("<row><c t=\"inlineStr\"><is><t>A1</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>B1</t></is></c></row>"
                + "<row r=\"4\"><c r=\"C4\"><v>1</v></c><c><v>2</v></c></row>"
                + "<row><c><v>3</v></c></row>")
                .writeTo(dir.resolve("no-refs.xlsx"));

        List<Row> rows = reader.read(file).sheets().get(0).rows();

        assertThat(rows).extracting(Row::index).containsExactly(0, 3, 4);
        assertThat(rows.get(0).cells()).extracting(CellValue::display).containsExactly("A1", "B1");
        assertThat(rows.get(1).cells()).extracting(CellValue::display).containsExactly("", "", "1", "2");
        assertThat(rows.get(2).cells()).extracting(CellValue::display).containsExactly("3");
    }

    @Test
    void readsLowerCaseAndSpacedReferences() throws IOException {
        Path file = RawXlsx.withSheetData("<row r=\"2\"><c r=\"b2\"><v>1</v></c><c r=\" AA2 \"><v>2</v></c>"
                + "<c r=\"ab2\"><v>3</v></c></row>")
                .writeTo(dir.resolve("refs.xlsx"));

        Row row = reader.read(file).sheets().get(0).rows().get(0);

        assertThat(row.index()).isEqualTo(1);
        assertThat(row.cell(1)).isEqualTo(new CellValue.Number(new BigDecimal("1")));
        assertThat(row.cell(26)).isEqualTo(new CellValue.Number(new BigDecimal("2")));
        assertThat(row.cell(27)).isEqualTo(new CellValue.Number(new BigDecimal("3")));
    }

    @Test
    void rejectsCellReferenceOfRowZero() throws IOException {
        Path file = RawXlsx.withSheetData("<row r=\"1\"><c r=\"A0\"><v>1</v></c></row>")
                .writeTo(dir.resolve("row-zero.xlsx"));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(RelanceException.class)
                .hasMessageContaining("cell reference A0 is not valid");
    }

    @Test
    void readsSharedStringsInOneRecentSlot() throws IOException {
        StringBuilder table = new StringBuilder("<sst xmlns=\"" + RawXlsx.MAIN + "\">");
        for (int i = 0; i <= 8200; i++) {
            table.append("<si><t>text ").append(i).append("</t></si>");
        }
        table.append("</sst>");
        // 5, 4101 and 8197 fall in the same slot of the strings decoded lately
        Path file = RawXlsx.withSheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c>"
                + "<c r=\"B1\" t=\"s\"><v>4101</v></c><c r=\"C1\" t=\"s\"><v>5</v></c>"
                + "<c r=\"D1\" t=\"s\"><v>8197</v></c><c r=\"E1\" t=\"s\"><v>4101</v></c></row>")
                .part("xl/sharedStrings.xml", table.toString())
                .part("xl/_rels/workbook.xml.rels", relationshipsWithSharedStrings())
                .writeTo(dir.resolve("many-strings.xlsx"));

        Row row = reader.read(file).sheets().get(0).rows().get(0);

        assertThat(row.cells()).extracting(CellValue::display)
                .containsExactly("text 5", "text 4101", "text 5", "text 8197", "text 4101");
    }

    @Test
    void readsElementsWithNamespacePrefix() throws IOException {
        Path file = RawXlsx.withSheetData("")
                .part("xl/workbook.xml", "<x:workbook xmlns:x=\"" + RawXlsx.MAIN + "\" xmlns:r=\""
                        + RawXlsx.RELATIONSHIPS + "\"><x:workbookPr date1904=\"true\"/><x:sheets>"
                        + "<x:sheet name=\"Clients\" sheetId=\"1\" r:id=\"rId1\"/></x:sheets></x:workbook>")
                .part("xl/worksheets/sheet1.xml", "<x:worksheet xmlns:x=\"" + RawXlsx.MAIN + "\">"
                        + "<x:sheetData><x:row r=\"2\"><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>C001"
                        + "</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>")
                .writeTo(dir.resolve("prefixed.xlsx"));

        Workbook workbook = reader.read(file);

        assertThat(workbook.date1904()).isTrue();
        assertThat(workbook.sheets().get(0).name()).isEqualTo("Clients");
        assertThat(workbook.sheets().get(0).rows()).containsExactly(
                new Row(1, List.of(CellValue.EMPTY, new CellValue.Text("C001"))));
    }

    @Test
    void findsPartsThroughAbsoluteRelationshipTargets() throws IOException {
        Path file = RawXlsx.withSheetData("")
                .withoutPart("xl/worksheets/sheet1.xml")
                .part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas."
                        + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                        + "Type=\"" + RawXlsx.RELATIONSHIPS + "/worksheet\" Target=\"/xl/data/"
                        + "Feuille%201.xml\"/></Relationships>")
                .part("xl/data/Feuille 1.xml", "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\"><v>7</v></c></row></sheetData></worksheet>")
                .writeTo(dir.resolve("absolute.xlsx"));

        Sheet sheet = reader.read(file).sheets().get(0);

        assertThat(sheet.rows().get(0).cell(0)).isEqualTo(new CellValue.Number(new BigDecimal("7")));
    }

    @Test
    void rejectsFileThatIsNotAZip() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.xlsx"), "Code client;Nom\nC001;Dupont\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(RelanceException.class)
                .hasMessage("it is a text file (a CSV export?) named like a workbook; open it in Excel or"
                        + " LibreOffice Calc and save it as .xlsx")
                .satisfies(e -> assertThat(((RelanceException) e).file()).contains(file));
    }

    @Test
    void rejectsDamagedOfficeCompoundFile() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        Path file = Files.write(dir.resolve("locked.xlsx"), ole2);

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(RelanceException.class)
                .hasMessage("it is an Office 97-2003 file that is damaged or not a workbook, not an Excel"
                        + " workbook (.xlsx); check that you chose the right file");
    }

    @Test
    void rejectsZipWithoutWorkbookPart() throws IOException {
        Path file = RawXlsx.withSheetData("").withoutPart("xl/workbook.xml")
                .writeTo(dir.resolve("no-workbook.xlsx"));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(RelanceException.class)
                .hasMessage("not an Excel workbook: it has no xl/workbook.xml part");
    }

    @Test
    void rejectsMissingSheetPart() throws IOException {
        Path file = RawXlsx.withSheetData("").withoutPart("xl/worksheets/sheet1.xml")
                .writeTo(dir.resolve("no-sheet.xlsx"));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(RelanceException.class)
                .hasMessage("the workbook is damaged: part xl/worksheets/sheet1.xml is missing");
    }

    @Test
    void rejectsMalformedXmlOnOneLine() throws IOException {
        Path file = RawXlsx.withSheetData("<row r=\"1\"><c r=\"A1\"><v>1</v></row>")
                .writeTo(dir.resolve("malformed.xlsx"));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(RelanceException.class)
                .hasMessageStartingWith("the workbook is damaged: malformed XML in xl/worksheets/sheet1.xml: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void rejectsDocumentTypeDeclarations() throws IOException {
        Path file = RawXlsx.withSheetData("")
                .part("xl/worksheets/sheet1.xml", "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "
                        + "\"file:///etc/passwd\">]><worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row>"
                        + "</sheetData></worksheet>")
                .writeTo(dir.resolve("entity.xlsx"));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(RelanceException.class);
    }

    private static String relationshipsWithSharedStrings() {
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RawXlsx.RELATIONSHIPS + "/worksheet\" "
                + "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\""
                + RawXlsx.RELATIONSHIPS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>";
    }

    private static String relationshipsWithStyles() {
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RawXlsx.RELATIONSHIPS + "/worksheet\" "
                + "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\""
                + RawXlsx.RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/></Relationships>";
    }

    /** Fills a new POI workbook and saves it in the test's folder. */
    private Path writePoi(PoiFiller filler) throws IOException {
        Path file = Files.createTempFile(dir, "poi", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            filler.fill(workbook);
            workbook.write(out);
        }
        return file;
    }

    @FunctionalInterface
    interface PoiFiller {
        void fill(XSSFWorkbook workbook);
    }

}
