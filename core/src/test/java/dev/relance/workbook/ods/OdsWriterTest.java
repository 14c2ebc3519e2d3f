package dev.relance.workbook.ods;

import static dev.relance.workbook.ods.TestOds.row;
import static dev.relance.workbook.ods.TestOds.table;
import static dev.relance.workbook.ods.TestOds.textCell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
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

class OdsWriterTest {

    static final Path REPEATED_ROWS_CASE = Path.of("/work/shared/cases/ods_repeated_rows.ods");

    @TempDir
    Path dir;

    private final OdsWriter writer = new OdsWriter();
    private final OdsReader reader = new OdsReader();

    @Test
    void writesTextNumbersAndDatesThatReadBack() throws Exception {
        Path source = TestOds.write(dir, "source.ods", table("Sheet1", row(textCell("a"))));
        Path target = dir.resolve("target.ods");
        WorkbookEdit edit = edit("Sheet1", cell("B1", text("b")), cell("C3", number("1234.50")),
                cell("D4", date("2026-03-01")));

        writer.write(source, edit, target);

        assertThat(reader.read(target).sheets().get(0).rows()).containsExactly(
                new Row(0, List.of(text("a"), text("b"))),
                new Row(2, List.of(CellValue.EMPTY, CellValue.EMPTY, number("1234.50"))),
                new Row(3, List.of(CellValue.EMPTY, CellValue.EMPTY, CellValue.EMPTY, date("2026-03-01"))));
    }

    @Test
    void keepsCaseFileRepeatsCompressed() throws Exception {
        Path target = dir.resolve("case.ods");
        WorkbookEdit edit = new WorkbookEdit(List.of(
                new SheetEdit("Clients", false, List.of(cell("D2", date("2026-03-01")), cell("E2", number("1")))),
                new SheetEdit("Factures", false, List.of(cell("A6", text("F-5")), cell("E6", number("99")))),
                new SheetEdit("Relances", true, List.of(cell("A1", text("Date")), cell("A2", date("2026-03-01"))))));

        writer.write(REPEATED_ROWS_CASE, edit, target);

        Workbook workbook = reader.read(target);
        assertThat(workbook.sheets()).extracting(Sheet::name).containsExactly("Clients", "Factures", "Relances");
        assertThat(workbook.sheets().get(0).rows().get(1)).isEqualTo(new Row(1, List.of(text("C001"),
                text("Kayaks Laffont"), text("Vallon"), date("2026-03-01"), number("1"))));
        assertThat(workbook.sheets().get(1).rows().get(5)).isEqualTo(new Row(5, List.of(text("F-5"),
                CellValue.EMPTY, CellValue.EMPTY, CellValue.EMPTY, number("99"))));
        assertThat(workbook.sheets().get(2).rows()).containsExactly(new Row(0, List.of(text("Date"))),
                new Row(1, List.of(date("2026-03-01"))));
        assertThat(OdsArchive.rowCounts(target)).containsExactly(entry("Clients", 1_048_576L),
                entry("Factures", 1_048_576L), entry("Relances", 2L));
        assertThat(OdsArchive.content(target).length())
                .isLessThan(3 * OdsArchive.content(REPEATED_ROWS_CASE).length());
    }

    @Test
    void copiesOtherEntriesByteForByte() throws Exception {
        Path target = dir.resolve("case.ods");

        writer.write(REPEATED_ROWS_CASE, edit("Clients", cell("A5", text("C003"))), target);

        Map<String, byte[]> before = OdsArchive.rawEntries(REPEATED_ROWS_CASE);
        Map<String, byte[]> after = OdsArchive.rawEntries(target);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.remove("content.xml");
        before.remove("meta.xml");
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        ZipArchiveEntry first = OdsArchive.entries(target).get(0);
        assertThat(first.getName()).isEqualTo("mimetype");
        assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
    }

    @Test
    void setsModificationDateInMetaAndKeepsTheRest() throws Exception {
        Path target = dir.resolve("case.ods");
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T09:30:15Z"), ZoneOffset.UTC);

        new OdsWriter(clock).write(REPEATED_ROWS_CASE, edit("Clients", cell("A5", text("C003"))),
                target);

        String before = OdsArchive.entryText(REPEATED_ROWS_CASE, "meta.xml");
        String after = OdsArchive.entryText(target, "meta.xml");
        assertThat(after).contains("<dc:date>2026-12-04T09:30:15</dc:date>");
        assertThat(withoutDate(after)).isEqualTo(withoutDate(before));
    }

    @Test
    void addsModificationDateWhenMetaHasNone() throws Exception {
        Path source = TestOds.write(dir, "source.ods", table("Sheet1", row(textCell("a"))));
        Path withMeta = OdsArchive.withEntry(source, dir.resolve("meta.ods"), "meta.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta"
                        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " office:version=\"1.3\"><office:meta><meta:generator"
                        + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\">x"
                        + "</meta:generator></office:meta></office:document-meta>");
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T09:30:15Z"), ZoneOffset.UTC);
        Path target = dir.resolve("target.ods");

        new OdsWriter(clock).write(withMeta, edit("Sheet1", cell("A2", text("b"))), target);

        assertThat(OdsArchive.entryText(target, "meta.xml")).contains("</meta:generator><dc:date"
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">2026-12-04T09:30:15</dc:date>"
                + "</office:meta>");
    }

    private static String withoutDate(String meta) {
        return meta.replaceAll("<dc:date>[^<]*</dc:date>", "<dc:date/>")
                .replaceFirst("^<\\?xml[^>]*>\\s*", "");
    }

    @Test
    void writesTextStartingLikeAFormulaAsText() throws Exception {
        Path source = TestOds.write(dir, "source.ods", table("Sheet1", row(textCell("a"))));
        Path target = dir.resolve("target.ods");

        writer.write(source, edit("Sheet1", cell("A2", text("=SUM(A1)")), cell("B2", text("+33 6 12")),
                cell("C2", text("-5")), cell("D2", text("@home"))), target);

        assertThat(reader.read(target).sheets().get(0).rows().get(1).cells())
                .containsExactly(text("=SUM(A1)"), text("+33 6 12"), text("-5"), text("@home"));
        assertThat(OdsArchive.content(target)).doesNotContain("table:formula");
    }

    @Test
    void keepsSpacesTabsAndLinesOfWrittenText() throws Exception {
        Path source = TestOds.write(dir, "source.ods", table("Sheet1", row(textCell("a"))));
        Path target = dir.resolve("target.ods");

        writer.write(source, edit("Sheet1", cell("A1", text("  two  spaces\tand tab\nsecond line "))), target);

        assertThat(reader.read(target).sheets().get(0).rows().get(0).cells())
                .containsExactly(text("  two  spaces\tand tab\nsecond line "));
    }

    @Test
    void splitsARepeatedCellAroundTheWrittenOne() throws Exception {
        Path source = TestOds.write(dir, "source.ods", table("Sheet1",
                "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell "
                + "table:number-columns-repeated=\"4\" office:value-type=\"string\"><text:p>x</text:p>"
                + "</table:table-cell></table:table-row>"));
        Path target = dir.resolve("target.ods");

        writer.write(source, edit("Sheet1", cell("B2", text("new"))), target);

        assertThat(reader.read(target).sheets().get(0).rows()).containsExactly(
                new Row(0, List.of(text("x"), text("x"), text("x"), text("x"))),
                new Row(1, List.of(text("x"), text("new"), text("x"), text("x"))),
                new Row(2, List.of(text("x"), text("x"), text("x"), text("x"))));
        assertThat(OdsArchive.content(target)).contains("<table:table-row><table:table-cell "
                + "office:value-type=\"string\"><text:p>x</text:p></table:table-cell><table:table-cell "
                + "office:value-type=\"string\" calcext:value-type=\"string\"><text:p>new</text:p>"
                + "</table:table-cell><table:table-cell table:number-columns-repeated=\"2\" "
                + "office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>");
    }

    @Test
    void clearsACellWrittenEmpty() throws Exception {
        Path source = TestOds.write(dir, "source.ods", table("Sheet1",
                row(textCell("keep"), "<table:table-cell table:formula=\"of:=1+1\" office:value-type=\"float\" "
                        + "office:value=\"2\"><text:p>2</text:p></table:table-cell>")));
        Path target = dir.resolve("target.ods");

        writer.write(source, edit("Sheet1", cell("B1", CellValue.EMPTY)), target);

        assertThat(reader.read(target).sheets().get(0).rows()).containsExactly(new Row(0, List.of(text("keep"))));
        assertThat(OdsArchive.content(target)).doesNotContain("of:=1+1");
    }

    @Test
    void addsDateStyleOnceUnderFreeNames() throws Exception {
        Path source = TestOds.write(dir, "source.ods",
                "<style:style style:name=\"RelanceDateCell\" style:family=\"table-cell\"/>",
                table("Sheet1", row(textCell("a"))));
        Path target = dir.resolve("target.ods");

        writer.write(source, edit("Sheet1", cell("A2", date("2026-03-01")), cell("A3", date("2026-04-01"))),
                target);

        String content = OdsArchive.content(target);
        assertThat(content).containsOnlyOnce("<number:date-style style:name=\"RelanceDate\">")
                .containsOnlyOnce("style:name=\"RelanceDateCell2\" style:family=\"table-cell\" "
                        + "style:data-style-name=\"RelanceDate\"")
                .contains("table:style-name=\"RelanceDateCell2\" office:value-type=\"date\" "
                        + "office:date-value=\"2026-04-01\"");
    }

    @Test
    void addsNewSheetAfterLastOne() throws Exception {
        Path source = TestOds.write(dir, "source.ods", table("First", row(textCell("a")))
                + table("Second", row(textCell("b"))) + "<table:named-expressions/>");
        Path target = dir.resolve("target.ods");

        writer.write(source, new WorkbookEdit(List.of(new SheetEdit("Relances", true,
                List.of(cell("A1", text("Date")), cell("C2", number("3")))))), target);

        Workbook workbook = reader.read(target);
        assertThat(workbook.sheets()).extracting(Sheet::name).containsExactly("First", "Second", "Relances");
        assertThat(workbook.sheets().get(2).rows()).containsExactly(new Row(0, List.of(text("Date"))),
                new Row(1, List.of(CellValue.EMPTY, CellValue.EMPTY, number("3"))));
        assertThat(OdsArchive.content(target)).contains("</table:table><table:named-expressions/>");
    }

    @Test
    void writesIntoRowGroupsAndBeforeTrailingElements() throws Exception {
        Path source = TestOds.write(dir, "source.ods", "<table:table table:name=\"Sheet1\"><table:table-column/>"
                + "<table:table-header-rows>" + row(textCell("head")) + "</table:table-header-rows>"
                + "<table:table-row-group>" + row(textCell("grouped")) + "</table:table-row-group>"
                + "<table:named-expressions/></table:table>");
        Path target = dir.resolve("target.ods");

        writer.write(source, edit("Sheet1", cell("B2", text("set")), cell("A4", text("added"))), target);

        assertThat(reader.read(target).sheets().get(0).rows()).containsExactly(
                new Row(0, List.of(text("head"))), new Row(1, List.of(text("grouped"), text("set"))),
                new Row(3, List.of(text("added"))));
        assertThat(OdsArchive.content(target)).contains("</table:table-header-rows><table:table-row-group>")
                .contains("<text:p>added</text:p></table:table-cell></table:table-row><table:named-expressions/>");
    }

    @Test
    void rejectsAddingASheetThatExists() throws Exception {
        Path source = TestOds.write(dir, "source.ods", table("Relances", row(textCell("a"))));
        Path target = dir.resolve("target.ods");

        assertThatThrownBy(() -> writer.write(source, new WorkbookEdit(List.of(
                new SheetEdit("Relances", true, List.of(cell("A1", text("Date")))))), target))
                .isInstanceOfSatisfying(RelanceException.class, e -> assertThat(e.userMessage()).isEqualTo(
                        "source.ods: Relances: cannot add the sheet: the workbook already has one of this name"));
        assertThat(target).doesNotExist();
    }

    @Test
    void rejectsWritingToAMissingSheet() throws Exception {
        Path source = TestOds.write(dir, "source.ods", table("Clients", row(textCell("a"))));
        Path target = dir.resolve("target.ods");

        assertThatThrownBy(() -> writer.write(source, edit("Factures", cell("A1", text("x"))), target))
                .isInstanceOfSatisfying(RelanceException.class, e -> assertThat(e.userMessage()).isEqualTo(
                        "source.ods: Factures: cannot write to the sheet: the workbook has none of this name; "
                        + "sheets found: Clients"));
        assertThat(target).doesNotExist();
    }

    @Test
    void refusesToWriteOverTheSource() throws Exception {
        Path source = TestOds.write(dir, "source.ods", table("Clients", row(textCell("a"))));

        assertThatThrownBy(() -> writer.write(source, edit("Clients"), source))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static WorkbookEdit edit(String sheet, CellWrite... cells) {
        return new WorkbookEdit(List.of(new SheetEdit(sheet, false, List.of(cells))));
    }

    static CellWrite cell(String a1, CellValue value) {
        return new CellWrite(CellRef.parse(a1), value);
    }

    static CellValue text(String value) {
        return new CellValue.Text(value);
    }

    static CellValue number(String value) {
        return new CellValue.Number(new BigDecimal(value));
    }

    static CellValue date(String iso) {
        return new CellValue.DateValue(LocalDate.parse(iso));
    }
}
