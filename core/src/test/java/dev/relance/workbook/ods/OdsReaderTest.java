package dev.relance.workbook.ods;

import static dev.relance.workbook.ods.TestOds.numberCell;
import static dev.relance.workbook.ods.TestOds.row;
import static dev.relance.workbook.ods.TestOds.table;
import static dev.relance.workbook.ods.TestOds.textCell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.RelanceException;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookFormat;

class OdsReaderTest {

    private static final Path REPEATED_ROWS_CASE = Path.of("/work/shared/cases/ods_repeated_rows.ods");

    @TempDir
    Path dir;

    private final OdsReader reader = new OdsReader();

    @Test
    void readsLibreOfficeCaseFile() {
        Workbook workbook = reader.read(REPEATED_ROWS_CASE);

        assertThat(workbook.format()).isEqualTo(WorkbookFormat.ODS);
        assertThat(workbook.date1904()).isFalse();
        assertThat(workbook.sheets()).extracting(Sheet::name).containsExactly("Clients", "Factures");
        Sheet clients = workbook.sheets().get(0);
        assertThat(clients.hidden()).isFalse();
        assertThat(clients.rows()).containsExactly(
                new Row(0, List.of(text("Code client"), text("Nom"), text("Ville"))),
                new Row(1, List.of(text("C001"), text("Kayaks Laffont"), text("Vallon"))),
                new Row(2, List.of(text("C002"), text("Lutherie Marchand"), text("Mirecourt"))));
        Sheet invoices = workbook.sheets().get(1);
        assertThat(invoices.rows()).hasSize(5);
        assertThat(invoices.rows().get(0).cells()).extracting(CellValue::display)
                .containsExactly("N° facture", "Code client", "Date", "Échéance", "Montant TTC", "Réglé");
        assertThat(invoices.rows().get(2)).isEqualTo(new Row(2, List.of(text("F-2"), text("C001"),
                date("2026-01-20"), date("2026-02-19"), number("150"), number("50"))));
        assertThat(invoices.rows().get(4)).isEqualTo(new Row(4, List.of(text("F-4"), text("C002"),
                date("2026-03-01"), date("2026-03-31"), number("300"))));
    }

    @Test
    void ignoresTrailingRepeatedEmptyRowsAndCells() throws IOException {
        Path file = TestOds.write(dir, "trailing.ods", table("Sheet1",
                row(textCell("a"), "<table:table-cell table:number-columns-repeated=\"16383\"/>")
                + "<table:table-row table:number-rows-repeated=\"1048575\">"
                + "<table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"));

        Sheet sheet = reader.read(file).sheets().get(0);

        assertThat(sheet.rows()).containsExactly(new Row(0, List.of(text("a"))));
    }

    @Test
    void expandsRepeatedRowsAndCellsThatHoldData() throws IOException {
        Path file = TestOds.write(dir, "repeats.ods", table("Sheet1",
                "<table:table-row table:number-rows-repeated=\"2\">"
                + "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"float\" "
                + "office:value=\"7\"><text:p>7</text:p></table:table-cell></table:table-row>"));

        Sheet sheet = reader.read(file).sheets().get(0);

        assertThat(sheet.rows()).containsExactly(
                new Row(0, List.of(number("7"), number("7"))),
                new Row(1, List.of(number("7"), number("7"))));
    }

    @Test
    void countsEmptyRepeatsInRowAndColumnIndexes() throws IOException {
        Path file = TestOds.write(dir, "gaps.ods", table("Sheet1",
                "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell/></table:table-row>"
                + row("<table:table-cell table:number-columns-repeated=\"2\"/>", textCell("C4"))));

        Sheet sheet = reader.read(file).sheets().get(0);

        assertThat(sheet.rows()).containsExactly(
                new Row(3, List.of(CellValue.EMPTY, CellValue.EMPTY, text("C4"))));
    }

    @Test
    void capsHostileRepeatsAtTheSheetLimits() throws IOException {
        Path file = TestOds.write(dir, "hostile.ods", table("Sheet1",
                "<table:table-row table:number-rows-repeated=\"1048574\"><table:table-cell/></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"99999999999\">"
                + "<table:table-cell table:number-columns-repeated=\"16380\"/>"
                + "<table:table-cell table:number-columns-repeated=\"2147483647\" office:value-type=\"string\">"
                + "<text:p>x</text:p></table:table-cell></table:table-row>"));

        Sheet sheet = reader.read(file).sheets().get(0);

        assertThat(sheet.rows()).extracting(Row::index).containsExactly(1048574, 1048575);
        assertThat(sheet.rows().get(0).cells()).hasSize(16384);
        assertThat(sheet.rows().get(0).cell(16383)).isEqualTo(text("x"));
    }

    @Test
    void readsTextWithParagraphsSpacesTabsAndSpans() throws IOException {
        Path file = TestOds.write(dir, "text.ods", table("Sheet1", row(
                "<table:table-cell office:value-type=\"string\"><text:p>first line</text:p>"
                + "<text:p>a<text:s text:c=\"3\"/>b<text:tab/>c<text:line-break/>d</text:p></table:table-cell>",
                "<table:table-cell office:value-type=\"string\"><text:p><text:span text:style-name=\"T1\">"
                + "bold</text:span> and <text:a xlink:href=\"https://example.org\">link</text:a></text:p>"
                + "</table:table-cell>",
                "<table:table-cell office:value-type=\"string\"><office:annotation><text:p>a comment</text:p>"
                + "</office:annotation><text:p>\n   indented\n   source  </text:p></table:table-cell>",
                "<table:table-cell office:value-type=\"string\" office:string-value=\"stored\">"
                + "<text:p>shown</text:p></table:table-cell>")));

        Row row = reader.read(file).sheets().get(0).rows().get(0);

        assertThat(row.cells()).containsExactly(text("first line\na   b\tc\nd"), text("bold and link"),
                text("indented source"), text("stored"));
    }

    @Test
    void readsNumbersDatesBooleansAndTimes() throws IOException {
        Path file = TestOds.write(dir, "values.ods", table("Sheet1", row(
                numberCell("1234.5"),
                "<table:table-cell office:value-type=\"percentage\" office:value=\"0.15\"><text:p>15%</text:p>"
                + "</table:table-cell>",
                "<table:table-cell office:value-type=\"currency\" office:currency=\"EUR\" office:value=\"-42.10\">"
                + "<text:p>-42,10 €</text:p></table:table-cell>",
                "<table:table-cell office:value-type=\"date\" office:date-value=\"2026-03-01\"><text:p>01/03/26"
                + "</text:p></table:table-cell>",
                "<table:table-cell office:value-type=\"date\" office:date-value=\"2026-03-02T17:45:00\">"
                + "<text:p>02/03/26 17:45</text:p></table:table-cell>",
                "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>TRUE"
                + "</text:p></table:table-cell>",
                "<table:table-cell office:value-type=\"time\" office:time-value=\"PT10H30M00S\"><text:p>10:30"
                + "</text:p></table:table-cell>")));

        Row row = reader.read(file).sheets().get(0).rows().get(0);

        assertThat(row.cells()).containsExactly(number("1234.5"), number("0.15"), number("-42.10"),
                date("2026-03-01"), date("2026-03-02"), new CellValue.Bool(true), text("10:30"));
    }

    @Test
    void rejectsNonexistentDateValue() throws IOException {
        Path file = TestOds.write(dir, "bad-date.ods", table("Factures", row(
                "<table:table-cell office:value-type=\"date\" office:date-value=\"2026-02-30\"><text:p>30/02/26"
                + "</text:p></table:table-cell>")));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(RelanceException.class)
                .hasMessageContaining("cell A1 of sheet Factures has a date value that cannot be read: 2026-02-30");
    }

    @Test
    void readsFormulasWithAndWithoutValues() throws IOException {
        Path file = TestOds.write(dir, "formulas.ods", table("Sheet1", row(
                "<table:table-cell table:formula=\"of:=[.B1]*2\" office:value-type=\"float\" office:value=\"8\""
                + " calcext:value-type=\"float\"><text:p>8</text:p></table:table-cell>",
                "<table:table-cell table:formula=\"of:=SUM([.A1:.A3])\"/>",
                "<table:table-cell table:formula=\"of:=1/0\" office:value-type=\"float\" office:value=\"0\""
                + " calcext:value-type=\"error\"><text:p>#DIV/0!</text:p></table:table-cell>")));

        Row row = reader.read(file).sheets().get(0).rows().get(0);

        assertThat(row.cells()).containsExactly(number("8"), new CellValue.FormulaWithoutValue("SUM([.A1:.A3])"),
                new CellValue.Error("#DIV/0!"));
    }

    @Test
    void readsCoveredCellsAsTopLeft() throws IOException {
        Path file = TestOds.write(dir, "merged.ods", table("Sheet1",
                row("<table:table-cell table:number-columns-spanned=\"2\" table:number-rows-spanned=\"2\" "
                        + "office:value-type=\"string\"><text:p>merged</text:p></table:table-cell>",
                        "<table:covered-table-cell/>", textCell("c1"))
                + row("<table:covered-table-cell table:number-columns-repeated=\"2\"/>", textCell("c2"))
                + row("<table:covered-table-cell/>", textCell("b3"))));

        Sheet sheet = reader.read(file).sheets().get(0);

        assertThat(sheet.rows()).containsExactly(
                new Row(0, List.of(text("merged"), text("merged"), text("c1"))),
                new Row(1, List.of(text("merged"), text("merged"), text("c2"))),
                new Row(2, List.of(CellValue.EMPTY, text("b3"))));
    }

    @Test
    void readsRowsInsideHeaderRowsAndGroups() throws IOException {
        Path file = TestOds.write(dir, "groups.ods", table("Sheet1",
                "<table:table-header-rows>" + row(textCell("header")) + "</table:table-header-rows>"
                + "<table:table-row-group>" + row(textCell("grouped")) + "</table:table-row-group>"
                + "<table:table-rows>" + row(textCell("wrapped")) + "</table:table-rows>"));

        Sheet sheet = reader.read(file).sheets().get(0);

        assertThat(sheet.rows()).containsExactly(new Row(0, List.of(text("header"))),
                new Row(1, List.of(text("grouped"))), new Row(2, List.of(text("wrapped"))));
    }

    @Test
    void flagsTablesWhoseStyleHidesThem() throws IOException {
        String styles = "<style:style style:name=\"ta1\" style:family=\"table\">"
                + "<style:table-properties table:display=\"true\"/></style:style>"
                + "<style:style style:name=\"ta2\" style:family=\"table\">"
                + "<style:table-properties table:display=\"false\"/></style:style>";
        Path file = TestOds.write(dir, "hidden.ods", styles,
                "<table:table table:name=\"Shown\" table:style-name=\"ta1\">" + row(textCell("a"))
                + "</table:table><table:table table:name=\"Secret\" table:style-name=\"ta2\">"
                + row(textCell("b")) + "</table:table>");

        List<Sheet> sheets = reader.read(file).sheets();

        assertThat(sheets).extracting(Sheet::name, Sheet::hidden)
                .containsExactly(tuple("Shown", false),
                        tuple("Secret", true));
    }

    @Test
    void leavesBlankRowsOut() throws IOException {
        Path file = TestOds.write(dir, "blank.ods", table("Sheet1",
                row(textCell("a")) + row("<table:table-cell/>") + row(textCell("   "))
                + row(textCell("d"))));

        Sheet sheet = reader.read(file).sheets().get(0);

        assertThat(sheet.rows()).extracting(Row::index).containsExactly(0, 3);
    }

    @Test
    void rejectsAFileThatIsNotAZip() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.ods"), "name,amount\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(RelanceException.class, e -> assertThat(e.userMessage())
                        .isEqualTo("plain.ods: it is a text file (a CSV export?) named like a workbook; open it"
                                + " in Excel or LibreOffice Calc and save it as .ods"));
    }

    @Test
    void rejectsAZipWithoutContent() throws IOException {
        Path file = dir.resolve("empty.ods");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("styles.xml"));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(RelanceException.class, e -> assertThat(e.userMessage())
                        .isEqualTo("empty.ods: it is a zip archive that holds no spreadsheet, not an OpenDocument"
                                + " spreadsheet (.ods); check that you chose the right file"));
    }

    @Test
    void rejectsMalformedContent() throws IOException {
        Path file = TestOds.writeParts(dir.resolve("broken.ods"), TestOds.MIMETYPE,
                "<office:document-content><unclosed></office:document-content>");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(RelanceException.class, e -> assertThat(e.userMessage())
                        .startsWith("broken.ods: not a readable ODS file: content.xml is malformed at line 1")
                        .doesNotContain("\n"));
    }

    @Test
    void rejectsAnotherOpenDocumentType() throws IOException {
        Path file = TestOds.writeParts(dir.resolve("letter.ods"), "application/vnd.oasis.opendocument.text",
                "<office:document-content/>");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(RelanceException.class, e -> assertThat(e.userMessage())
                        .isEqualTo("letter.ods: not an ODS spreadsheet: its mimetype is "
                                + "\"application/vnd.oasis.opendocument.text\", expected "
                                + "application/vnd.oasis.opendocument.spreadsheet"));
    }

    @Test
    void keepsANumberNoSpreadsheetHoldsAsText() throws IOException {
        Path file = TestOds.write(dir, "huge-number.ods", table("Prix", row(
                "<table:table-cell office:value-type=\"float\" office:value=\"9E+999999999\"/>")));

        Sheet sheet = reader.read(file).sheets().get(0);

        assertThat(sheet.rows().get(0).cell(0)).isEqualTo(text("9E+999999999"));
    }

    @Test
    void rejectsANumberCellWhoseValueIsNotANumber() throws IOException {
        Path file = TestOds.write(dir, "bad-number.ods", table("Prix", row(textCell("a"),
                "<table:table-cell office:value-type=\"float\" office:value=\"12,5\"/>")));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(RelanceException.class, e -> {
                    assertThat(e.sheet()).contains("Prix");
                    assertThat(e.cell()).contains("B1");
                    assertThat(e.value()).contains("12,5");
                });
    }

    private static CellValue text(String value) {
        return new CellValue.Text(value);
    }

    private static CellValue number(String value) {
        return new CellValue.Number(new BigDecimal(value));
    }

    private static CellValue date(String iso) {
        return new CellValue.DateValue(LocalDate.parse(iso));
    }
}
