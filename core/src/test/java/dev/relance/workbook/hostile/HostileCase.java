package dev.relance.workbook.hostile;

import static dev.relance.workbook.hostile.HostileFiles.billionLaughs;
import static dev.relance.workbook.hostile.HostileFiles.concat;
import static dev.relance.workbook.hostile.HostileFiles.odsContent;
import static dev.relance.workbook.hostile.HostileFiles.repeat;
import static dev.relance.workbook.hostile.HostileFiles.text;
import static dev.relance.workbook.hostile.HostileFiles.worksheet;
import static dev.relance.workbook.hostile.HostileFiles.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * One hostile workbook and what reading it must give: the start of the one line printed by
 * {@link ReadInChildJvm}, either {@code read ...} or {@code refused: <file>: <message>}.
 *
 * @param name     the file's name, which also names the case
 * @param expected the start of the outcome line
 */
record HostileCase(String name, Writer writer, String expected) {

    /** Writes the case's file. */
    @FunctionalInterface
    interface Writer {
        Path write(Path file) throws IOException;
    }

    private static final String ONE_CELL_ROW =
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Code</t></is></c></row>";
    private static final String ODS_ONE_CELL_ROW = "<table:table-row><table:table-cell office:value-type=\"string\">"
            + "<text:p>Code</text:p></table:table-cell></table:table-row>";

    Path writeIn(Path folder) throws IOException {
        return writer.write(folder.resolve(name));
    }

    @Override
    public String toString() {
        return name;
    }

    static List<HostileCase> all() {
        return List.of(
                new HostileCase("zip-bomb.xlsx", file -> xlsx().sheet(worksheet(repeat("<x/>", 5_000_000)))
                        .writeTo(file),
                        "refused: zip-bomb.xlsx: the workbook exceeds a read limit: xl/worksheets/sheet1.xml expands"
                                + " more than 100 times its compressed size, as a zip bomb does (limit: 100 times)"),
                new HostileCase("total-size.xlsx", HostileCase::totalSizeBomb,
                        "refused: total-size.xlsx: the workbook exceeds a read limit: its zip entries expand to more"
                                + " than 256 MiB (limit: 256 MiB uncompressed)"),
                new HostileCase("laughs-in-shared-strings.xlsx", file -> xlsx()
                        .sheet(worksheet(text(ONE_CELL_ROW)))
                        .sharedStrings(text(billionLaughs("sst") + "<sst xmlns=\"" + HostileFiles.MAIN
                                + "\"><si><t>&lol9;</t></si></sst>")).writeTo(file),
                        "refused: laughs-in-shared-strings.xlsx: the workbook is damaged: malformed XML in"
                                + " xl/sharedStrings.xml"),
                new HostileCase("laughs-in-workbook.xlsx", file -> xlsx().sheet(worksheet(text(ONE_CELL_ROW)))
                        .workbook(text(billionLaughs("workbook") + "<workbook xmlns=\"" + HostileFiles.MAIN
                                + "\"><sheets><sheet name=\"&lol9;\" sheetId=\"1\" r:id=\"rId1\" xmlns:r=\""
                                + HostileFiles.RELATIONSHIPS + "\"/></sheets></workbook>")).writeTo(file),
                        "refused: laughs-in-workbook.xlsx: the workbook is damaged: malformed XML in xl/workbook.xml"),
                new HostileCase("laughs-in-styles.xlsx", file -> xlsx().sheet(worksheet(text(ONE_CELL_ROW)))
                        .styles(text(billionLaughs("styleSheet") + "<styleSheet xmlns=\"" + HostileFiles.MAIN
                                + "\"><numFmts><numFmt numFmtId=\"164\" formatCode=\"&lol9;\"/></numFmts>"
                                + "</styleSheet>")).writeTo(file),
                        "refused: laughs-in-styles.xlsx: the workbook is damaged: malformed XML in xl/styles.xml"),
                new HostileCase("laughs-in-sheet.xlsx", file -> xlsx().sheet(concat(text(billionLaughs("worksheet")),
                        worksheet(text("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>"))))
                        .writeTo(file),
                        "refused: laughs-in-sheet.xlsx: the workbook is damaged: malformed XML in"
                                + " xl/worksheets/sheet1.xml"),
                new HostileCase("merge-bomb.xlsx", file -> xlsx().sheet(concat(text("<worksheet xmlns=\""
                        + HostileFiles.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                        + "<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row></sheetData>"
                        + "<mergeCells><mergeCell ref=\"A1:XFD1048576\"/></mergeCells></worksheet>"))).writeTo(file),
                        "refused: merge-bomb.xlsx: Sheet1: the workbook is too large: more than 1,048,576 non-empty"
                                + " cells (limit: 1,048,576), reached in sheet Sheet1"),
                new HostileCase("million-formatted-rows.xlsx", file -> xlsx().sheet(worksheet(concat(text(ONE_CELL_ROW),
                        HostileCase::formattedRows))).writeTo(file), "read 1 sheet(s), 1 row(s), 1 cell(s)"),
                new HostileCase("deep-nesting.xlsx", file -> xlsx().sheet(worksheet(concat(repeat("<x>", 1_000_000),
                        repeat("</x>", 1_000_000)))).writeTo(file),
                        "refused: deep-nesting.xlsx: the workbook exceeds a read limit: xl/worksheets/sheet1.xml"
                                + " nests its"
                                + " XML elements more than 256 deep (limit: 256)"),
                new HostileCase("long-shared-string.xlsx", file -> xlsx().sheet(worksheet(text("<row r=\"1\"><c"
                        + " r=\"A1\" t=\"s\"><v>0</v></c></row>"))).sharedStrings(concat(text("<sst xmlns=\""
                        + HostileFiles.MAIN + "\"><si><t>"), repeat("abcdefghij", 100_000), text("</t></si></sst>")))
                        .writeTo(file),
                        "refused: long-shared-string.xlsx: Sheet1!A1: the text is longer than 32,767 characters"
                                + " (limit: 32,767, as in Excel); shorten it"),
                new HostileCase("huge-text.xlsx", file -> xlsx().sheet(worksheet(concat(text("<row r=\"1\"><c r=\"A1\""
                        + " t=\"inlineStr\"><is><t>"), out -> randomText(out, 'z'), text("</t></is></c></row>"))))
                        .writeTo(file),
                        "refused: huge-text.xlsx: the workbook exceeds a read limit: xl/worksheets/sheet1.xml"
                                + " contains a text,"
                                + " tag or comment longer than 1 MiB (limit: 1 MiB)"),
                new HostileCase("huge-comment.xlsx", file -> xlsx().sheet(worksheet(concat(text("<!--"),
                        out -> randomText(out, '<'), text("-->")))).writeTo(file),
                        "refused: huge-comment.xlsx: the workbook exceeds a read limit: xl/worksheets/sheet1.xml"
                                + " contains a"
                                + " text, tag or comment longer than 1 MiB (limit: 1 MiB)"),
                new HostileCase("5000-sheets.xlsx", HostileCase::manySheets, "read 5000 sheet(s), 5000 row(s)"),
                new HostileCase("10001-sheets.xlsx", HostileCase::tooManySheets,
                        "refused: 10001-sheets.xlsx: the workbook exceeds a read limit: it has more than 10,000 sheets"
                                + " (limit: 10,000)"),
                new HostileCase("many-shared-strings.xlsx", file -> xlsx().sheet(worksheet(text(ONE_CELL_ROW)))
                        .sharedStrings(concat(text("<sst xmlns=\"" + HostileFiles.MAIN + "\">"),
                                HostileCase::numberedStrings, text("</sst>"))).writeTo(file),
                        "refused: many-shared-strings.xlsx: the workbook exceeds a read limit: the shared strings part"
                                + " contains more than 2,097,152 entries (limit: 2,097,152)"),
                new HostileCase("many-cells.xlsx", file -> xlsx().sheet(worksheet(out -> numberRows(out, 110_000)))
                        .writeTo(file),
                        "refused: many-cells.xlsx: Sheet1: the workbook is too large: more than 1,048,576 non-empty"
                                + " cells (limit: 1,048,576), reached in sheet Sheet1"),
                new HostileCase("near-cell-limit.xlsx", file -> xlsx().sheet(worksheet(out -> numberRows(out, 49_000)))
                        .writeTo(file), "read 1 sheet(s), 49000 row(s), 490000 cell(s)"),
                new HostileCase("repeat-bomb.ods", file -> HostileFiles.ods(file, odsContent(text(
                        "<table:table table:name=\"Factures\"><table:table-row table:number-rows-repeated=\"1048576\">"
                        + "<table:table-cell table:number-columns-repeated=\"16384\" office:value-type=\"string\">"
                        + "<text:p>x</text:p></table:table-cell></table:table-row></table:table>"))),
                        "refused: repeat-bomb.ods: Factures: the workbook is too large: more than 1,048,576 non-empty"
                                + " cells (limit: 1,048,576), reached in sheet Factures"),
                new HostileCase("million-formatted-rows.ods", file -> HostileFiles.ods(file, odsContent(text(
                        "<table:table table:name=\"Factures\">" + ODS_ONE_CELL_ROW + "<table:table-row table:style-name"
                        + "=\"ro1\" table:number-rows-repeated=\"1048575\"><table:table-cell table:style-name=\"ce1\""
                        + " table:number-columns-repeated=\"16384\"/></table:table-row></table:table>"))),
                        "read 1 sheet(s), 1 row(s), 1 cell(s)"),
                new HostileCase("million-explicit-rows.ods", file -> HostileFiles.ods(file, odsContent(concat(text(
                        "<table:table table:name=\"Factures\">" + ODS_ONE_CELL_ROW), repeat("<table:table-row"
                        + " table:style-name=\"ro1\"><table:table-cell table:style-name=\"ce1\""
                        + " table:number-columns-repeated=\"8\"/></table:table-row>", 1_000_000),
                        text("</table:table>")))),
                        "refused: million-explicit-rows.ods: the workbook exceeds a read limit: content.xml"
                                + " expands more"
                                + " than 100 times its compressed size, as a zip bomb does (limit: 100 times)"),
                new HostileCase("laughs-in-content.ods", file -> HostileFiles.ods(file, concat(
                        text(billionLaughs("office:document-content")), odsContent(text("<table:table table:name="
                        + "\"T\"><table:table-row><table:table-cell><text:p>&lol9;</text:p></table:table-cell>"
                        + "</table:table-row></table:table>")))),
                        "refused: laughs-in-content.ods: not a readable ODS file: content.xml is malformed"),
                new HostileCase("external-entity.ods", file -> HostileFiles.ods(file, concat(text("<?xml"
                        + " version=\"1.0\"?><!DOCTYPE office:document-content [<!ENTITY secret SYSTEM"
                        + " \"file:///etc/passwd\">]>"), odsContent(text("<table:table table:name=\"T\">"
                        + "<table:table-row><table:table-cell><text:p>&secret;</text:p></table:table-cell>"
                        + "</table:table-row></table:table>")))),
                        "refused: external-entity.ods: not a readable ODS file: content.xml is malformed"),
                new HostileCase("external-entity.xlsx", file -> xlsx().sheet(worksheet(text(ONE_CELL_ROW)))
                        .sharedStrings(text("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY secret SYSTEM"
                                + " \"file:///etc/passwd\">]><sst xmlns=\"" + HostileFiles.MAIN + "\"><si><t>&secret;"
                                + "</t></si></sst>")).writeTo(file),
                        "refused: external-entity.xlsx: the workbook is damaged: malformed XML in"
                                + " xl/sharedStrings.xml"),
                new HostileCase("deep-nesting.ods", file -> HostileFiles.ods(file, odsContent(concat(text(
                        "<table:table table:name=\"T\"><table:table-row><table:table-cell><text:p>"),
                        repeat("<text:span>", 1_000_000), repeat("</text:span>", 1_000_000),
                        text("</text:p></table:table-cell></table:table-row></table:table>")))),
                        "refused: deep-nesting.ods: the workbook exceeds a read limit: content.xml nests its XML"
                                + " elements"
                                + " more than 256 deep (limit: 256)"),
                new HostileCase("long-text.ods", file -> HostileFiles.ods(file, odsContent(concat(text(
                        "<table:table table:name=\"T\"><table:table-row><table:table-cell><text:p>"),
                        repeat("<text:span>abcdefghij</text:span>", 3_500),
                        text("</text:p></table:table-cell></table:table-row></table:table>")))),
                        "refused: long-text.ods: T!A1: the text is longer than 32,767 characters (limit: 32,767,"
                                + " as in Excel); shorten it"),
                new HostileCase("5000-tables.ods", file -> HostileFiles.ods(file, odsContent(out -> {
                    for (int i = 1; i <= 5000; i++) {
                        out.write("<table:table table:name=\"T" + i + "\">" + ODS_ONE_CELL_ROW + "</table:table>");
                    }
                })), "read 5000 sheet(s), 5000 row(s), 5000 cell(s)"),
                new HostileCase("10001-tables.ods", file -> HostileFiles.ods(file, odsContent(repeat(
                        "<table:table table:name=\"T\"/>", 10_001))),
                        "refused: 10001-tables.ods: the workbook exceeds a read limit: it has more than 10,000 sheets"
                                + " (limit: 10,000)"),
                new HostileCase("zip-bomb.ods", file -> HostileFiles.ods(file, odsContent(concat(text(
                        "<table:table table:name=\"T\">"), repeat("<table:table-row/>", 2_000_000),
                        text("</table:table>")))),
                        "refused: zip-bomb.ods: the workbook exceeds a read limit: content.xml expands more than"
                                + " 100 times"
                                + " its compressed size, as a zip bomb does (limit: 100 times)"));
    }

    /** Four sheets of markup that compresses about 60 times, 280 MiB in all. */
    private static Path totalSizeBomb(Path file) throws IOException {
        HostileFiles.Content part = worksheet(out -> {
            Random random = new Random(7);
            for (int block = 0; block < 180_000; block++) {
                out.write("<x/>".repeat(100));
                out.write("<y a=\"" + Integer.toHexString(random.nextInt(0x10000)) + "\"/>");
            }
        });
        return xlsx().sheet(part).sheet(part).sheet(part).sheet(part).writeTo(file);
    }

    private static void formattedRows(java.io.Writer out) throws IOException {
        for (int row = 2; row <= 1_000_001; row++) {
            out.write("<row r=\"" + row + "\" spans=\"1:8\" s=\"1\" customFormat=\"1\" ht=\"15\"/>");
        }
    }

    /**
     * Two million pseudo-random letters and {@code extra}: text that hardly compresses, so that
     * the inflation ratio does not stop it first.
     */
    private static void randomText(java.io.Writer out, char extra) throws IOException {
        Random random = new Random(11);
        char[] chunk = new char[1000];
        for (int block = 0; block < 2000; block++) {
            for (int i = 0; i < chunk.length; i++) {
                int letter = random.nextInt(27);
                chunk[i] = letter == 26 ? extra : (char) ('a' + letter);
            }
            out.write(chunk);
        }
    }

    private static void numberedStrings(java.io.Writer out) throws IOException {
        for (int i = 0; i < 2_200_000; i++) {
            out.write("<si><t>S" + i + "</t></si>");
        }
    }

    private static void numberRows(java.io.Writer out, int rows) throws IOException {
        for (int row = 1; row <= rows; row++) {
            out.write("<row r=\"" + row + "\">");
            for (int column = 0; column < 10; column++) {
                out.write("<c r=\"" + (char) ('A' + column) + row + "\"><v>" + (row * 10 + column) + ".5</v></c>");
            }
            out.write("</row>");
        }
    }

    private static Path manySheets(Path file) throws IOException {
        HostileFiles.Xlsx workbook = xlsx();
        for (int i = 0; i < 5000; i++) {
            workbook.sheet(worksheet(text(ONE_CELL_ROW)));
        }
        return workbook.writeTo(file);
    }

    private static Path tooManySheets(Path file) throws IOException {
        return xlsx().sheet(worksheet(text(ONE_CELL_ROW))).workbook(out -> {
            out.write("<workbook xmlns=\"" + HostileFiles.MAIN + "\" xmlns:r=\"" + HostileFiles.RELATIONSHIPS
                    + "\"><sheets>");
            for (int i = 1; i <= 10_001; i++) {
                out.write("<sheet name=\"S" + i + "\" sheetId=\"" + i + "\" r:id=\"rId1\"/>");
            }
            out.write("</sheets></workbook>");
        }).writeTo(file);
    }
}
