package dev.relance.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.RelanceException;
import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookEdit.CellWrite;
import dev.relance.workbook.WorkbookEdit.SheetEdit;

class XlsxWriterTest {

    @TempDir
    Path dir;

    private final XlsxWriter writer = new XlsxWriter();
    private final XlsxReader reader = new XlsxReader();

    @Test
    void writesCellsThatBothReadersReadBack() throws IOException {
        Path source = clientsWorkbook();
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Clients", false,
                write("C2", new CellValue.Text("Paris")),
                write("D3", new CellValue.Number(new BigDecimal("1234.50"))),
                write("A5", new CellValue.Text("C004"))), target);

        Sheet clients = reader.read(target).findSheet("Clients").orElseThrow();
        assertThat(clients.rows()).extracting(Row::index).containsExactly(0, 1, 2, 4);
        assertThat(clients.rows().get(1).cells()).containsExactly(
                new CellValue.Text("C001"), new CellValue.Text("Dupont"), new CellValue.Text("Paris"));
        assertThat(clients.rows().get(2).cell(3)).isEqualTo(new CellValue.Number(new BigDecimal("1234.50")));
        assertThat(clients.rows().get(3).cells()).containsExactly(new CellValue.Text("C004"));
        try (XSSFWorkbook poi = openPoi(target)) {
            XSSFSheet sheet = poi.getSheet("Clients");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Paris");
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("C004");
        }
    }

    @Test
    void copiesUntouchedEntriesByteForByte() throws IOException {
        Path source = clientsWorkbook();
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Clients", false, write("C2", new CellValue.Text("Paris"))), target);

        Map<String, byte[]> before = rawEntries(source);
        Map<String, byte[]> after = rawEntries(target);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        for (String name : before.keySet()) {
            if (!name.equals("xl/worksheets/sheet1.xml")) {
                assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
            }
        }
        assertThat(after.get("xl/worksheets/sheet1.xml")).isNotEqualTo(before.get("xl/worksheets/sheet1.xml"));
    }

    @Test
    void leavesSourceUntouched() throws IOException {
        Path source = clientsWorkbook();
        byte[] original = Files.readAllBytes(source);

        writer.write(source, edit("Clients", false, write("C2", new CellValue.Text("Paris"))),
                dir.resolve("target.xlsx"));

        assertThat(Files.readAllBytes(source)).isEqualTo(original);
    }

    @Test
    void createsSheetAfterTheLastOne() throws IOException {
        Path source = clientsWorkbook();
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Relances", true,
                write("A1", new CellValue.Text("Date")),
                write("B1", new CellValue.Text("Lot")),
                write("A2", new CellValue.DateValue(LocalDate.of(2026, 3, 1))),
                write("B2", new CellValue.Text("R-1"))), target);

        Workbook workbook = reader.read(target);
        assertThat(workbook.sheets()).extracting(Sheet::name).containsExactly("Clients", "Factures", "Relances");
        Sheet history = workbook.findSheet("Relances").orElseThrow();
        assertThat(history.rows().get(0).cells()).containsExactly(
                new CellValue.Text("Date"), new CellValue.Text("Lot"));
        assertThat(history.rows().get(1).cells()).containsExactly(
                new CellValue.DateValue(LocalDate.of(2026, 3, 1)), new CellValue.Text("R-1"));
        assertThat(entryText(target, "xl/worksheets/sheet3.xml")).contains("<dimension ref=\"A1:B2\"/>");
        assertThat(entryText(target, "[Content_Types].xml")).contains("/xl/worksheets/sheet3.xml");
        try (XSSFWorkbook poi = openPoi(target)) {
            assertThat(poi.getSheetName(2)).isEqualTo("Relances");
            assertThat(poi.getSheet("Relances").getRow(1).getCell(0).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDate.of(2026, 3, 1).atStartOfDay());
        }
    }

    @Test
    void keepsFormulaLikeTextAsText() throws IOException {
        Path source = clientsWorkbook();
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Clients", false,
                write("A6", new CellValue.Text("=SUM(A1:A2)")),
                write("B6", new CellValue.Text("+33 1 23 45 67 89")),
                write("C6", new CellValue.Text("-5")),
                write("D6", new CellValue.Text("@home"))), target);

        assertThat(reader.read(target).findSheet("Clients").orElseThrow().rows().get(3).cells())
                .containsExactly(new CellValue.Text("=SUM(A1:A2)"), new CellValue.Text("+33 1 23 45 67 89"),
                        new CellValue.Text("-5"), new CellValue.Text("@home"));
        try (XSSFWorkbook poi = openPoi(target)) {
            XSSFCell cell = poi.getSheet("Clients").getRow(5).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("=SUM(A1:A2)");
        }
    }

    @Test
    void keepsLeadingAndTrailingSpacesAndControlCharacters() throws IOException {
        Path source = clientsWorkbook();
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Clients", false,
                write("A6", new CellValue.Text("  padded  ")),
                write("B6", new CellValue.Text("bell\u0007 and _x0041_"))), target);

        assertThat(reader.read(target).findSheet("Clients").orElseThrow().rows().get(3).cells())
                .containsExactly(new CellValue.Text("  padded  "), new CellValue.Text("bell\u0007 and _x0041_"));
    }

    @Test
    void writesDatesWithADateFormat() throws IOException {
        Path source = clientsWorkbook();
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Clients", false,
                write("E2", new CellValue.DateValue(LocalDate.of(2026, 3, 4)))), target);

        assertThat(reader.read(target).findSheet("Clients").orElseThrow().rows().get(1).cell(4))
                .isEqualTo(new CellValue.DateValue(LocalDate.of(2026, 3, 4)));
        assertThat(entryText(target, "xl/worksheets/sheet1.xml")).contains("<v>46085</v>");
        try (XSSFWorkbook poi = openPoi(target)) {
            XSSFCell cell = poi.getSheet("Clients").getRow(1).getCell(4);
            assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
            assertThat(cell.getCellStyle().getDataFormat()).isEqualTo((short) 14);
        }
    }

    @Test
    void reusesAnExistingPlainDateFormat() throws IOException {
        Path source = writePoi(poi -> {
            XSSFCellStyle date = poi.createCellStyle();
            date.setDataFormat(poi.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            poi.createSheet("Relances").createRow(0).createCell(0).setCellStyle(date);
        });
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Relances", false,
                write("B2", new CellValue.DateValue(LocalDate.of(2026, 3, 4)))), target);

        assertThat(entryText(target, "xl/worksheets/sheet1.xml")).contains("<c r=\"B2\" s=\"1\"><v>46085</v></c>");
        assertThat(rawEntries(target).get("xl/styles.xml")).isEqualTo(rawEntries(source).get("xl/styles.xml"));
    }

    @Test
    void writesDatesIn1904Epoch() throws IOException {
        Path source = writePoi(poi -> {
            poi.getCTWorkbook().getWorkbookPr().setDate1904(true);
            poi.createSheet("Relances").createRow(0).createCell(0).setCellValue("Date");
        });
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Relances", false,
                write("A2", new CellValue.DateValue(LocalDate.of(2026, 1, 2)))), target);

        assertThat(entryText(target, "xl/worksheets/sheet1.xml")).contains("<v>44562</v>");
        assertThat(reader.read(target).sheets().get(0).rows().get(1).cell(0))
                .isEqualTo(new CellValue.DateValue(LocalDate.of(2026, 1, 2)));
    }

    @Test
    void createsStylesPartWhenTheWorkbookHasNone() throws IOException {
        Path source = RawXlsx.withSheetData("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
                .writeTo(dir.resolve("bare.xlsx"));
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Sheet1", false,
                write("B1", new CellValue.DateValue(LocalDate.of(2026, 3, 4)))), target);

        assertThat(reader.read(target).sheets().get(0).rows().get(0).cells()).containsExactly(
                new CellValue.Number(BigDecimal.ONE), new CellValue.DateValue(LocalDate.of(2026, 3, 4)));
        assertThat(entryText(target, "xl/_rels/workbook.xml.rels")).contains("Target=\"styles1.xml\"");
        try (XSSFWorkbook poi = openPoi(target)) {
            assertThat(DateUtil.isCellDateFormatted(poi.getSheetAt(0).getRow(0).getCell(1))).isTrue();
        }
    }

    @Test
    void keepsTheStyleOfAnOverwrittenCell() throws IOException {
        Path source = writePoi(poi -> {
            XSSFCellStyle bold = poi.createCellStyle();
            XSSFFont font = poi.createFont();
            font.setBold(true);
            bold.setFont(font);
            var cell = poi.createSheet("Clients").createRow(0).createCell(0);
            cell.setCellValue("old");
            cell.setCellStyle(bold);
        });
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Clients", false, write("A1", new CellValue.Text("new"))), target);

        try (XSSFWorkbook poi = openPoi(target)) {
            XSSFCell cell = poi.getSheet("Clients").getRow(0).getCell(0);
            assertThat(cell.getStringCellValue()).isEqualTo("new");
            assertThat(cell.getCellStyle().getFont().getBold()).isTrue();
        }
    }

    @Test
    void insertsCellsInColumnOrderAndRemovesClearedOnes() throws IOException {
        Path source = RawXlsx.withSheetData("<row r=\"2\" spans=\"1:3\"><c r=\"A2\"><v>1</v></c>"
                + "<c r=\"C2\"><v>3</v></c><c r=\"D2\"><v>4</v></c></row>")
                .writeTo(dir.resolve("gaps.xlsx"));
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Sheet1", false,
                write("B2", new CellValue.Number(new BigDecimal("2"))),
                write("D2", CellValue.EMPTY),
                write("E2", new CellValue.Number(new BigDecimal("5"))),
                write("A1", new CellValue.Text("top"))), target);

        assertThat(entryText(target, "xl/worksheets/sheet1.xml")).contains("<sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">top</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\"><v>2</v></c><c r=\"C2\"><v>3</v></c>"
                + "<c r=\"E2\"><v>5</v></c></row></sheetData>");
    }

    @Test
    void writesIntoSheetsWithPrefixedElements() throws IOException {
        Path source = RawXlsx.withSheetData("")
                .part("xl/worksheets/sheet1.xml", "<x:worksheet xmlns:x=\"" + RawXlsx.MAIN + "\">"
                        + "<x:dimension ref=\"A1\"/><x:sheetData><x:row r=\"1\"><x:c r=\"A1\"><x:v>1</x:v>"
                        + "</x:c></x:row></x:sheetData></x:worksheet>")
                .writeTo(dir.resolve("prefixed.xlsx"));
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Sheet1", false, write("B3", new CellValue.Number(BigDecimal.TEN))), target);

        assertThat(entryText(target, "xl/worksheets/sheet1.xml"))
                .contains("<x:dimension ref=\"A1:B3\"/>")
                .contains("<x:row r=\"3\"><x:c r=\"B3\"><x:v>10</x:v></x:c></x:row>");
    }

    @Test
    void dropsCalculationChainWhenAFormulaIsOverwritten() throws IOException {
        Path source = RawXlsx.withSheetData("<row r=\"1\"><c r=\"A1\"><f>1+1</f><v>2</v></c></row>")
                .part("xl/calcChain.xml", "<calcChain xmlns=\"" + RawXlsx.MAIN + "\"><c r=\"A1\" i=\"1\"/>"
                        + "</calcChain>")
                .part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats"
                        + ".org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                        + RawXlsx.RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"" + RawXlsx.RELATIONSHIPS + "/calcChain\" "
                        + "Target=\"calcChain.xml\"/></Relationships>")
                .writeTo(dir.resolve("chain.xlsx"));
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Sheet1", false, write("A1", new CellValue.Text("text"))), target);

        assertThat(rawEntries(target)).doesNotContainKey("xl/calcChain.xml");
        assertThat(entryText(target, "xl/_rels/workbook.xml.rels")).doesNotContain("calcChain");
    }

    @Test
    void rejectsCreatingASheetThatExists() throws IOException {
        Path source = clientsWorkbook();
        Path target = dir.resolve("target.xlsx");

        assertThatThrownBy(() -> writer.write(source, edit("CLIENTS", true), target))
                .isInstanceOf(RelanceException.class)
                .hasMessage("cannot add sheet CLIENTS: the workbook already has a sheet named Clients");
        assertThat(target).doesNotExist();
    }

    @Test
    void rejectsEditingAMissingSheet() throws IOException {
        Path source = clientsWorkbook();
        Path target = dir.resolve("target.xlsx");

        assertThatThrownBy(() -> writer.write(source,
                edit("Relances", false, write("A1", new CellValue.Text("x"))), target))
                .isInstanceOf(RelanceException.class)
                .hasMessage("sheet Relances not found; the workbook has Clients, Factures")
                .satisfies(e -> assertThat(((RelanceException) e).sheet()).contains("Relances"));
        assertThat(target).doesNotExist();
    }

    @Test
    void rejectsSheetNamesExcelWouldNotAccept() throws IOException {
        Path source = clientsWorkbook();

        assertThatThrownBy(() -> writer.write(source, edit("Relances 2026/03", true), dir.resolve("t.xlsx")))
                .isInstanceOf(RelanceException.class)
                .hasMessageStartingWith("cannot add sheet Relances 2026/03: a sheet name has 1 to 31");
    }

    private Path clientsWorkbook() throws IOException {
        return writePoi(poi -> {
            XSSFSheet clients = poi.createSheet("Clients");
            fillRow(clients, 0, "Code client", "Nom");
            fillRow(clients, 1, "C001", "Dupont");
            fillRow(clients, 2, "C002", "Martin");
            poi.createSheet("Factures").createRow(0).createCell(0).setCellValue("N° facture");
        });
    }

    private static void fillRow(XSSFSheet sheet, int index, String... values) {
        var row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static WorkbookEdit edit(String sheet, boolean create, CellWrite... cells) {
        return new WorkbookEdit(List.of(new SheetEdit(sheet, create, List.of(cells))));
    }

    private static CellWrite write(String a1, CellValue value) {
        return new CellWrite(CellRef.parse(a1), value);
    }

    private Path writePoi(XlsxReaderTest.PoiFiller filler) throws IOException {
        Path file = Files.createTempFile(dir, "poi", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            filler.fill(workbook);
            workbook.write(out);
        }
        return file;
    }

    private static XSSFWorkbook openPoi(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Returns every entry's stored (compressed) bytes by name, in the archive's order. */
    static Map<String, byte[]> rawEntries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            List<ZipArchiveEntry> all = new ArrayList<>(Collections.list(zip.getEntries()));
            for (ZipArchiveEntry entry : all) {
                try (InputStream raw = zip.getRawInputStream(entry)) {
                    entries.put(entry.getName(), raw.readAllBytes());
                }
            }
        }
        return entries;
    }

    static String entryText(Path file, String name) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(file).get();
                InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
