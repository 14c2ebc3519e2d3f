package dev.relance.workbook.ods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.RelanceException;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.ReadLimits;
import dev.relance.workbook.Row;
import dev.relance.workbook.RowSink;
import dev.relance.workbook.SheetSelector;
import dev.relance.workbook.WorkbookFormat;
import dev.relance.workbook.hostile.HostileFiles;

/**
 * Reads each content.xml with {@link ContentScanner} and with {@link ContentParser}, and checks
 * that the selector and its sinks receive the same calls from both. The scanner replaces the
 * parser whenever {@link ContentTokens#readRoot} accepts a part, so any difference is a wrong
 * value. The scanner also reads each part a few bytes at a time, which cuts every token at every
 * place a buffer can end.
 */
class ContentScannerTest {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACES = String.join(" ",
            "xmlns:office=\"" + OFFICE + "\"",
            "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"",
            "xmlns:text=\"" + TEXT + "\"",
            "xmlns:table=\"" + TABLE + "\"",
            "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"",
            "xmlns:xlink=\"http://www.w3.org/1999/xlink\"",
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"",
            "xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\"",
            "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\"");
    private static final String ROOT = "<office:document-content " + NAMESPACES + " office:version=\"1.3\">";
    private static final String BODY_END = "</office:spreadsheet></office:body></office:document-content>";
    /** How many bytes the reads handing the scanner a few bytes at a time give it each time. */
    private static final int[] CHUNKS = {1, 2, 3, 7};

    @TempDir
    Path dir;

    // ---- the harness

    /** Returns a content.xml with automatic styles and a spreadsheet body. */
    private static String content(String styles, String tables) {
        return DECLARATION + ROOT + "<office:automatic-styles>" + styles + "</office:automatic-styles>"
                + "<office:body><office:spreadsheet>" + tables + BODY_END;
    }

    private static String content(String tables) {
        return content("", tables);
    }

    private static String table(String name, String rows) {
        return "<table:table table:name=\"" + name + "\"><table:table-column table:number-columns-repeated=\"3\"/>"
                + rows + "</table:table>";
    }

    private static String row(String... cells) {
        return "<table:table-row>" + String.join("", cells) + "</table:table-row>";
    }

    private static String cell(String attributes, String paragraphs) {
        return "<table:table-cell " + attributes + ">" + paragraphs + "</table:table-cell>";
    }

    private static String textCell(String paragraphs) {
        return cell("office:value-type=\"string\" calcext:value-type=\"string\"", paragraphs);
    }

    /**
     * Reads the content with both readers, whole and in small reads, and asserts they agree.
     * Each reader runs with a selector that takes every sheet, then with one that skips some
     * sheets and stops early. Returns the calls of the parser's first read.
     */
    private static List<String> readBoth(String content) throws Exception {
        return readBoth(content.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> readBoth(byte[] content) throws Exception {
        List<String> parsed = parse(content, Recorder.everything());
        assertThat(scan(new ByteArrayInputStream(content), Recorder.everything()))
                .as("scanned whole").isEqualTo(parsed);
        for (int chunk : CHUNKS) {
            assertThat(scan(inChunks(content, chunk), Recorder.everything()))
                    .as("scanned %d byte(s) at a time", chunk).isEqualTo(parsed);
        }
        assertThat(scan(new ByteArrayInputStream(content), Recorder.someRows()))
                .as("scanned with sheets skipped and sinks done early")
                .isEqualTo(parse(content, Recorder.someRows()));
        return parsed;
    }

    private static List<String> scan(InputStream content, Recorder recorder) throws Exception {
        ContentTokens tokens = new ContentTokens(content, OdsPackage.CONTENT, limits());
        assertThat(tokens.readRoot()).as("readRoot accepts the part").isTrue();
        new ContentScanner(tokens, limits()).stream(recorder);
        return recorder.calls;
    }

    private static List<String> parse(byte[] content, Recorder recorder) throws XMLStreamException {
        XMLStreamReader xml = OdfXml.reader(new ByteArrayInputStream(content), OdsPackage.CONTENT);
        try {
            new ContentParser(xml, limits()).stream(recorder);
        } finally {
            xml.close();
        }
        return recorder.calls;
    }

    private static ReadLimits limits() {
        return new ReadLimits(Path.of("scanned.ods"), ReadLimits.MAX_STREAMED_BYTES);
    }

    /** Returns a stream that hands out at most {@code chunk} bytes per read. */
    private static InputStream inChunks(byte[] content, int chunk) {
        return new FilterInputStream(new ByteArrayInputStream(content)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, chunk));
            }
        };
    }

    /** Returns whether readRoot accepts the part's start. */
    private static boolean rootAccepted(byte[] content) throws Exception {
        return new ContentTokens(new ByteArrayInputStream(content), OdsPackage.CONTENT, limits()).readRoot();
    }

    /** Returns what the scanner throws on a part readRoot accepts. */
    private static Throwable scanFailure(String content) throws Exception {
        ContentTokens tokens = new ContentTokens(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                OdsPackage.CONTENT, limits());
        assertThat(tokens.readRoot()).as("readRoot accepts the part").isTrue();
        return catchThrowable(() -> new ContentScanner(tokens, limits()).stream(Recorder.everything()));
    }

    /** Returns the message the user sees when {@link OdsReader} reads the part. */
    private String readerMessage(String name, byte[] content) throws IOException {
        Path file = TestOds.writeParts(dir.resolve(name), TestOds.MIMETYPE, content);
        Throwable thrown = catchThrowable(() -> new OdsReader().read(file));
        assertThat(thrown).as("the error of %s", name).isInstanceOf(RelanceException.class);
        return ((RelanceException) thrown).userMessage();
    }

    private List<Row> readerRows(String name, byte[] content) throws IOException {
        Path file = TestOds.writeParts(dir.resolve(name), TestOds.MIMETYPE, content);
        return new OdsReader().read(file).sheets().get(0).rows();
    }

    /** Records what a read hands the selector and its sinks, one line per call. */
    private static final class Recorder implements SheetSelector {

        final List<String> calls = new ArrayList<>();
        private final boolean everything;

        private Recorder(boolean everything) {
            this.everything = everything;
        }

        static Recorder everything() {
            return new Recorder(true);
        }

        /** Skips every second sheet, and is done with a sheet after its first row. */
        static Recorder someRows() {
            return new Recorder(false);
        }

        @Override
        public void start(WorkbookFormat format, boolean date1904) {
            calls.add("start " + format + (date1904 ? " 1904" : ""));
        }

        @Override
        public Optional<RowSink> select(String name, boolean hidden, int position) {
            calls.add("sheet " + position + " " + name + (hidden ? " hidden" : ""));
            if (!everything && position % 2 == 1) {
                return Optional.empty();
            }
            return Optional.of(new RowSink() {
                private int rows;

                @Override
                public void row(Row row) {
                    rows++;
                    List<String> cells = new ArrayList<>();
                    row.cells().forEach(value -> cells.add(show(value)));
                    calls.add("row " + row.index() + ": " + String.join(" | ", cells));
                }

                @Override
                public void restart() {
                    calls.add("restart " + name);
                }

                @Override
                public boolean isDone() {
                    return !everything && rows > 0;
                }

                @Override
                public void end() {
                    calls.add("end " + name);
                }
            });
        }
    }

    /** Writes a value so that its kind shows: "text", 1.5, 2026-03-01, true, #N/A!, =A1. */
    private static String show(CellValue value) {
        if (value instanceof CellValue.Text text) {
            return "\"" + text.text().replace("\n", "\\n").replace("\t", "\\t") + "\"";
        } else if (value instanceof CellValue.Number number) {
            return number.value().toString();
        } else if (value instanceof CellValue.DateValue date) {
            return date.date().toString();
        } else if (value instanceof CellValue.Bool bool) {
            return String.valueOf(bool.value());
        } else if (value instanceof CellValue.Error error) {
            return "error " + error.code();
        } else if (value instanceof CellValue.FormulaWithoutValue formula) {
            return "=" + formula.formula();
        }
        return "_";
    }

    // ---- cells

    @Test
    void readsTypedCells() throws Exception {
        String content = content(table("T", row(
                cell("office:value-type=\"float\" office:value=\"1234.5\"", "<text:p>1 234,50</text:p>"),
                cell("office:value-type=\"percentage\" office:value=\"0.15\"", "<text:p>15%</text:p>"),
                cell("office:value-type=\"currency\" office:currency=\"EUR\" office:value=\"-42.10\"",
                        "<text:p>-42,10 €</text:p>"),
                cell("office:value-type=\"date\" office:date-value=\"2026-03-01\"", "<text:p>01/03/26</text:p>"),
                cell("office:value-type=\"date\" office:date-value=\"2026-03-02T17:45:00\"",
                        "<text:p>02/03/26 17:45</text:p>"))
                + row(
                cell("office:value-type=\"boolean\" office:boolean-value=\"true\"", "<text:p>TRUE</text:p>"),
                cell("office:value-type=\"boolean\" office:boolean-value=\"false\"", "<text:p>FALSE</text:p>"),
                cell("office:value-type=\"boolean\" office:boolean-value=\"1\"", "<text:p>TRUE</text:p>"),
                cell("office:value-type=\"boolean\" office:boolean-value=\"0\"", "<text:p>FALSE</text:p>"))
                + row(
                cell("office:value-type=\"string\" office:string-value=\"stored\"", "<text:p>shown</text:p>"),
                textCell("<text:p>plain</text:p>"),
                cell("office:value-type=\"time\" office:time-value=\"PT10H30M00S\"", "<text:p>10:30</text:p>"),
                cell("", "<text:p>untyped</text:p>"))));

        assertThat(readBoth(content)).containsExactly(
                "start ODS",
                "sheet 0 T",
                "row 0: 1234.5 | 0.15 | -42.10 | 2026-03-01 | 2026-03-02",
                "row 1: true | false | true | false",
                "row 2: \"stored\" | \"plain\" | \"10:30\" | \"untyped\"",
                "end T");
    }

    @Test
    void readsErrorsAndFormulas() throws Exception {
        String content = content(table("T", row(
                cell("table:formula=\"of:=1/0\" office:value-type=\"float\" office:value=\"0\""
                        + " calcext:value-type=\"error\"", "<text:p>#DIV/0!</text:p>"),
                "<table:table-cell table:formula=\"of:=A1+1\"/>",
                cell("table:formula=\"msoxl:=SUM(A1:A3)\"", ""),
                cell("table:formula=\"of:=[.B1]*2\" office:value-type=\"float\" office:value=\"8\""
                        + " calcext:value-type=\"float\"", "<text:p>8</text:p>"))));

        assertThat(readBoth(content)).containsExactly(
                "start ODS",
                "sheet 0 T",
                "row 0: error #DIV/0! | =A1+1 | =SUM(A1:A3) | 8",
                "end T");
    }

    @Test
    void readsFormattedTextCells() throws Exception {
        String content = content(table("T", row(
                textCell("<text:p>first</text:p><text:p>second</text:p><text:h>heading</text:h>"),
                textCell("<text:p><text:span text:style-name=\"T1\">bold</text:span> and <text:span>"
                        + "<text:span>nested</text:span></text:span></text:p>"),
                textCell("<text:p>a<text:s/>b<text:s text:c=\"3\"/>c<text:s text:c=\"x\"/>d</text:p>"),
                textCell("<text:p>a<text:tab/>b<text:line-break/>c</text:p>"),
                textCell("<text:p>see <text:a xlink:href=\"https://example.org/?a=1&amp;b=2\""
                        + " xlink:type=\"simple\">the site</text:a>.</text:p>"))));

        assertThat(readBoth(content)).containsExactly(
                "start ODS",
                "sheet 0 T",
                "row 0: \"first\\nsecond\\nheading\" | \"bold and nested\" | \"a b   c d\" | \"a\\tb\\nc\""
                        + " | \"see the site.\"",
                "end T");
    }

    @Test
    void skipsAnnotationsAndNotes() throws Exception {
        String annotation = "<office:annotation office:display=\"false\"><dc:creator>Ana</dc:creator>"
                + "<dc:date>2026-03-01T10:00:00</dc:date><text:p>a comment</text:p></office:annotation>";
        String content = content(table("T", row(
                textCell(annotation + "<text:p>value</text:p>"),
                textCell("<text:p>before" + annotation + "after</text:p>"),
                textCell("<text:p>noted<text:note text:id=\"n1\" text:note-class=\"footnote\">"
                        + "<text:note-citation>1</text:note-citation><text:note-body><text:p>the note</text:p>"
                        + "</text:note-body></text:note> here</text:p>"),
                cell("office:value-type=\"float\" office:value=\"3\"", annotation + "<text:p>3</text:p>"))));

        assertThat(readBoth(content)).containsExactly(
                "start ODS",
                "sheet 0 T",
                "row 0: \"value\" | \"beforeafter\" | \"noted here\" | 3",
                "end T");
    }

    @Test
    void collapsesTypedWhiteSpace() throws Exception {
        String content = content(table("T", row(
                textCell("<text:p>  two   words \n\t here  </text:p>"),
                textCell("<text:p>\r\n  line\r\nends\r </text:p>"),
                textCell("<text:p> a <text:s/> b </text:p>"),
                textCell("<text:p>   </text:p>"),
                textCell("<text:p><text:span> lead</text:span> <text:span>trail </text:span></text:p>"))));

        assertThat(readBoth(content)).containsExactly(
                "start ODS",
                "sheet 0 T",
                "row 0: \"two words here\" | \"line ends\" | \"a   b\" | _ | \"lead trail\"",
                "end T");
    }

    @Test
    void decodesEntitiesAndUtf8() throws Exception {
        String content = content(table("Café &amp; €𝄞 &#x263A;", row(
                textCell("<text:p>&lt;a&gt; &amp; &quot;q&quot; &apos;s&apos; &#233;&#x20AC;&#x1D11E;</text:p>"),
                textCell("<text:p>é ü ß – € ☺ 😀 𝄞</text:p>"),
                cell("office:value-type=\"string\" office:string-value=\"&lt;é&gt;&#9;tab&#10;lf &amp; 😀\"",
                        "<text:p>shown</text:p>"),
                cell("office:value-type=\"string\" office:string-value=\"a\tb\nc\r\nd\"", "<text:p>x</text:p>"))));

        assertThat(readBoth(content)).containsExactly(
                "start ODS",
                "sheet 0 Café & €𝄞 ☺",
                "row 0: \"<a> & \"q\" 's' é€𝄞\" | \"é ü ß – € ☺ 😀 𝄞\" | \"<é>\\ttab\\nlf & 😀\" | \"a b c d\"",
                "end Café & €𝄞 ☺");
    }

    @Test
    void readsCdataAsText() throws Exception {
        String content = content(table("T", row(
                textCell("<text:p><![CDATA[a & b <c> &amp;]]></text:p>"),
                textCell("<text:p>x<![CDATA[ ]]]]><![CDATA[> y]]>z</text:p>"),
                textCell("<text:p><![CDATA[]]>é<![CDATA[😀]]></text:p>"))));

        assertThat(readBoth(content)).containsExactly(
                "start ODS",
                "sheet 0 T",
                "row 0: \"a & b <c> &amp;\" | \"x ]]> yz\" | \"é😀\"",
                "end T");
    }

    @Test
    void skipsCommentsAndProcessingInstructions() throws Exception {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!-- before the root --><?pi before?>\n"
                + ROOT
                + "<!-- c --><?pi x?><office:body><office:spreadsheet>"
                + "<table:table table:name=\"T\"><!-- c --><?pi x?>"
                + "<table:table-row><!-- between cells --><?pi y?>"
                + "<table:table-cell office:value-type=\"string\"><!-- in a cell --><?pi z?>"
                + "<text:p>wo<!-- in a paragraph -->rd<?pi w?>s <!-- <text:p>not</text:p> --></text:p>"
                + "</table:table-cell><!-- - is allowed, twice is not -->"
                + "<table:table-cell office:value-type=\"float\" office:value=\"2\"><!-- > -->"
                + "<text:p>2</text:p></table:table-cell></table:table-row><!-- between rows --><?pi?>"
                + row(textCell("<text:p><?pi <text:p>?>b</text:p>")) + "</table:table>"
                + BODY_END + "<!-- after the root --><?pi after?>\n";

        assertThat(readBoth(content)).containsExactly(
                "start ODS",
                "sheet 0 T",
                "row 0: \"words\" | 2",
                "row 1: \"b\"",
                "end T");
    }

    // ---- rows, tables and sheets

    @Test
    void countsRepeatedRowsAndColumns() throws Exception {
        String content = content(table("T",
                row(textCell("<text:p>a</text:p>"),
                        "<table:table-cell table:number-columns-repeated=\"2\"/>",
                        cell("table:number-columns-repeated=\"3\" office:value-type=\"float\" office:value=\"7\"",
                                "<text:p>7</text:p>"),
                        "<table:table-cell table:number-columns-repeated=\"16378\"/>")
                + "<table:table-row table:number-rows-repeated=\"2\">"
                + cell("office:value-type=\"string\"", "<text:p>twice</text:p>") + "</table:table-row>"
                + "<table:table-row table:style-name=\"ro1\" table:number-rows-repeated=\"3\">"
                + "<table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
                + row(textCell("<text:p>after</text:p>"))
                + "<table:table-row table:number-rows-repeated=\"1048569\">"
                + "<table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"));

        assertThat(readBoth(content)).containsExactly(
                "start ODS",
                "sheet 0 T",
                "row 0: \"a\" | _ | _ | 7 | 7 | 7",
                "row 1: \"twice\"",
                "row 2: \"twice\"",
                "row 6: \"after\"",
                "end T");
    }

    @Test
    void readsCoveredCellsAsMerge() throws Exception {
        String content = content(table("T",
                row(cell("table:number-columns-spanned=\"2\" table:number-rows-spanned=\"2\""
                                + " office:value-type=\"string\"", "<text:p>merged</text:p>"),
                        "<table:covered-table-cell/>", textCell("<text:p>c1</text:p>"))
                + row("<table:covered-table-cell table:number-columns-repeated=\"2\"/>",
                        textCell("<text:p>c2</text:p>"))
                + row("<table:covered-table-cell><text:p>kept before the merge</text:p>"
                        + "</table:covered-table-cell>", textCell("<text:p>b3</text:p>"))));

        assertThat(readBoth(content)).containsExactly(
                "start ODS",
                "sheet 0 T",
                "row 0: \"merged\" | \"merged\" | \"c1\"",
                "row 1: \"merged\" | \"merged\" | \"c2\"",
                "row 2: _ | \"b3\"",
                "end T");
    }

    @Test
    void readsRowsInsideGroups() throws Exception {
        String content = content(table("T",
                "<table:table-header-columns><table:table-column/></table:table-header-columns>"
                + "<table:table-header-rows>" + row(textCell("<text:p>header</text:p>"))
                + "</table:table-header-rows><table:table-row-group table:display=\"false\">"
                + row(textCell("<text:p>grouped</text:p>")) + "<table:table-row-group>"
                + row(textCell("<text:p>nested</text:p>")) + "</table:table-row-group></table:table-row-group>"
                + "<table:table-rows>" + row(textCell("<text:p>wrapped</text:p>")) + "</table:table-rows>"
                + "<table:named-expressions><table:named-range table:name=\"r\"/></table:named-expressions>"));

        assertThat(readBoth(content)).containsExactly(
                "start ODS",
                "sheet 0 T",
                "row 0: \"header\"",
                "row 1: \"grouped\"",
                "row 2: \"nested\"",
                "row 3: \"wrapped\"",
                "end T");
    }

    @Test
    void readsSeveralTablesAndHiddenFlags() throws Exception {
        String styles = "<style:style style:name=\"co1\" style:family=\"table-column\">"
                + "<style:table-column-properties style:column-width=\"2cm\"/></style:style>"
                + "<style:style style:name=\"ta1\" style:family=\"table\" style:master-page-name=\"Default\">"
                + "<style:table-properties table:display=\"true\" style:writing-mode=\"lr-tb\"/></style:style>"
                + "<style:style style:name=\"ta2\" style:family=\"table\">"
                + "<style:table-properties table:display=\"false\"/></style:style>"
                + "<style:style style:name=\"ta3\" style:family=\"paragraph\">"
                + "<style:table-properties table:display=\"false\"/></style:style>";
        String content = content(styles,
                "<table:table table:name=\"Shown\" table:style-name=\"ta1\">" + row(textCell("<text:p>a</text:p>"))
                + "</table:table><table:table table:name=\"Secret\" table:style-name=\"ta2\">"
                + row(textCell("<text:p>b</text:p>")) + row(textCell("<text:p>b2</text:p>"))
                + "</table:table><table:table table:name=\"Other family\" table:style-name=\"ta3\">"
                + row(textCell("<text:p>c</text:p>")) + row(textCell("<text:p>c2</text:p>")) + "</table:table>"
                + "<table:table table:name=\"Empty\"/><table:table table:name=\"Last\">"
                + row(textCell("<text:p>d</text:p>")) + "</table:table>");

        assertThat(readBoth(content)).containsExactly(
                "start ODS",
                "sheet 0 Shown",
                "row 0: \"a\"",
                "end Shown",
                "sheet 1 Secret hidden",
                "row 0: \"b\"",
                "row 1: \"b2\"",
                "end Secret",
                "sheet 2 Other family",
                "row 0: \"c\"",
                "row 1: \"c2\"",
                "end Other family",
                "sheet 3 Empty",
                "end Empty",
                "sheet 4 Last",
                "row 0: \"d\"",
                "end Last");
    }

    @Test
    void readsEmptyElements() throws Exception {
        String content = content(table("T",
                "<table:table-row/>" + row("<table:table-cell/>", "<table:table-cell />",
                        "<table:table-cell office:value-type=\"string\"/>", textCell("<text:p/>"),
                        textCell("<text:p>x</text:p>"))
                + row(textCell("<text:p><text:span/>y<text:s/></text:p>"))));

        assertThat(readBoth(content)).containsExactly(
                "start ODS",
                "sheet 0 T",
                "row 1: _ | _ | _ | _ | \"x\"",
                "row 2: \"y \"",
                "end T");
    }

    // ---- the shape of the markup

    @Test
    void readsAnyTagLayout() throws Exception {
        String content = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\r\n"
                + "<office:document-content\n\t" + NAMESPACES.replace("\" ", "\"\n    ")
                + "\r\n  office:version = '1.3' >\n"
                + "  <office:body>\n    <office:spreadsheet>\n"
                + "      <table:table\ttable:name = 'Quoted \"name\"'\n   table:style-name='ta1' >\n"
                + "        <table:table-row\n>\n"
                + "          <table:table-cell office:value-type = \"float\"\r\n office:value=\n'12'\n/>\n"
                + "          <table:table-cell office:value-type='string' office:string-value='it&apos;s'\n"
                + "            ><text:p>ignored</text:p\n></table:table-cell\t>\n"
                + "          <table:table-cell office:value-type=\"string\">\n"
                + "            <text:p>pretty\n              printed</text:p>\n"
                + "          </table:table-cell>\n"
                + "        </table:table-row >\n"
                + "      </table:table>\n"
                + "    </office:spreadsheet>\n  </office:body>\n</office:document-content >\n";

        assertThat(readBoth(content)).containsExactly(
                "start ODS",
                "sheet 0 Quoted \"name\"",
                "row 0: 12 | \"it's\" | \"pretty printed\"",
                "end Quoted \"name\"");
    }

    @Test
    void readsEveryAcceptedPartStart() throws Exception {
        String body = ROOT + "<office:body><office:spreadsheet>" + table("T", row(textCell("<text:p>é</text:p>")))
                + BODY_END;
        List<String> expected = List.of("start ODS", "sheet 0 T", "row 0: \"é\"", "end T");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        for (String start : List.of("", "<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n",
                "<?xml version=\"1.0\" encoding=\"UTF8\" standalone=\"no\"?>", "\n\n  ",
                "<!-- a comment first -->\n<?pi?>")) {
            assertThat(readBoth(start + body)).as(start).isEqualTo(expected);
            assertThat(readBoth(concat(bom, (start + body).getBytes(StandardCharsets.UTF_8))))
                    .as("BOM, " + start).isEqualTo(expected);
        }
    }

    /**
     * Places a piece of markup with every kind of token across the first buffer's end, at every
     * offset. Then a long comment and a long attribute value make the buffer grow.
     */
    @Test
    void readsTokensCutAtBufferEnds() throws Exception {
        String piece = "<table:table table:name=\"Cut é&amp;😀\" table:style-name = 'ta1'>"
                + "<table:table-row table:style-name=\"ro1\" >"
                + cell("office:value-type=\"float\" office:value=\"-12.5E3\" calcext:value-type=\"float\"",
                        "<text:p>-12 500</text:p>")
                + cell("office:value-type='date' office:date-value='2026-03-01T10:30:00'", "<text:p>d</text:p>")
                + "<table:table-cell office:value-type=\"string\"><!-- a comment --><?pi here?><text:p>"
                + "a&lt;b é€😀 <text:s text:c=\"2\"/><text:span>span</text:span><![CDATA[ & < ]]>end</text:p>"
                + "<text:p>second</text:p></table:table-cell\n>"
                + "<table:table-cell table:number-columns-repeated=\"2\"/>"
                + "<table:covered-table-cell/><table:table-cell office:value-type=\"string\""
                + " office:string-value=\"&#x1F600;&quot;\"/></table:table-row ></table:table>";
        List<String> pieceCalls = List.of("sheet 1 Cut é&😀", "row 0: -1.25E+4 | 2026-03-01 | \"a<b é€😀   span & <"
                + " end\\nsecond\" | _ | _ | _ | \"😀\"\"", "end Cut é&😀");
        String head = DECLARATION + ROOT + "<office:body><office:spreadsheet><table:table table:name=\"Filler\">";
        String fillerRow = "<table:table-row><table:table-cell table:number-columns-repeated=\"3\"/></table:table-row>";
        String grown = "<!--" + "long comment ".repeat(10_000) + "-->"
                + table("Grown", row(cell("table:content-validation-name=\"" + "v".repeat(200_000) + "\"",
                        "<text:p>after a long attribute</text:p>")));
        int pieceBytes = piece.getBytes(StandardCharsets.UTF_8).length;
        int firstBuffer = 64 * 1024;
        int rows = (firstBuffer - head.length() - pieceBytes - 100) / fillerRow.length();
        String filler = head + fillerRow.repeat(rows) + "</table:table>";

        for (int cut = 0; cut <= pieceBytes + 1; cut++) {
            // the piece starts cut bytes before the end of the first buffer
            int padding = firstBuffer - cut - filler.length() - "<!---->".length();
            String content = filler + "<!--" + "p".repeat(padding) + "-->" + piece + BODY_END;

            List<String> calls = readWhole(content);

            assertThat(calls).as("piece cut %d bytes from its start", cut).containsExactly(
                    "start ODS", "sheet 0 Filler", "end Filler", pieceCalls.get(0), pieceCalls.get(1),
                    pieceCalls.get(2));
        }
        assertThat(readBoth(filler + piece + grown + BODY_END)).containsExactly(
                "start ODS", "sheet 0 Filler", "end Filler", pieceCalls.get(0), pieceCalls.get(1), pieceCalls.get(2),
                "sheet 2 Grown", "row 0: \"after a long attribute\"", "end Grown");
    }

    /** Reads the content with both readers, whole; asserts they agree and returns the calls. */
    private static List<String> readWhole(String content) throws Exception {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        List<String> parsed = parse(bytes, Recorder.everything());
        assertThat(scan(new ByteArrayInputStream(bytes), Recorder.everything())).isEqualTo(parsed);
        return parsed;
    }

    private static byte[] concat(byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part);
        }
        return out.toByteArray();
    }

    /**
     * Damages a part a few bytes at a time, thousands of times, and reads each result both ways.
     * When the parser reads it, the scanner gives the same calls or fails on a namespace declared
     * again. When the parser fails, the scanner fails too, or reads on where it does not check
     * what it skips. The scanner fails only with an XML error or a read error.
     * Parts that are not UTF-8 are left out, because Aalto 1.3.3 reads some bytes of a broken
     * sequence in a name as a colon.
     */
    @Test
    void matchesParserOnDamagedParts() throws Exception {
        String styles = "<style:style style:name=\"ta1\" style:family=\"table\">"
                + "<style:table-properties table:display=\"false\"/></style:style>";
        String headerRow = row(
                textCell("<text:p>C &amp; <text:span>n</text:span>o<text:s text:c=\"2\"/>x<text:tab/></text:p>"
                        + "<text:p>2nd</text:p>"),
                cell("office:value-type=\"float\" office:value=\"1.5\"", "<text:p>1,5</text:p>"));
        String repeatedRow = "<table:table-row table:number-rows-repeated=\"2\">"
                + cell("office:value-type=\"date\" office:date-value=\"2026-03-01T10:00:00\"", "<text:p>d</text:p>")
                + cell("table:number-columns-spanned=\"2\" office:value-type=\"boolean\" office:boolean-value=\"1\"",
                        "<text:p>T</text:p>")
                + "<table:covered-table-cell/><table:table-cell table:formula=\"of:=A1\"/></table:table-row>";
        String textRow = row(
                cell("office:value-type='string' office:string-value='s&#233;'", "<office:annotation>"
                        + "<dc:creator>x</dc:creator><text:p>note</text:p></office:annotation><text:p>s</text:p>"),
                textCell("<text:p><![CDATA[a & b]]> <?pi x?>c<!-- c --><text:a xlink:href=\"h\">l</text:a>"
                        + "<text:line-break/>😀</text:p>"),
                cell("office:value-type=\"float\" office:value=\"0\" calcext:value-type=\"error\"",
                        "<text:p>#N/A</text:p>"),
                "<table:table-cell table:number-columns-repeated=\"16380\"/>");
        String trailingRows = "<table:table-row table:number-rows-repeated=\"1048570\">"
                + "<table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>";
        byte[] part = content(styles, "<table:table table:name=\"A é\" table:style-name=\"ta1\">"
                + "<table:table-column/><table:table-header-rows>" + headerRow + "</table:table-header-rows>\n"
                + repeatedRow + "\n" + textRow + trailingRows + "</table:table>"
                + table("B", row(cell("office:value-type=\"percentage\" office:value=\"0.25\"",
                        "<text:p>25%</text:p>")))).getBytes(StandardCharsets.UTF_8);
        byte[] marks = "<>&;\"'=/ !?-[]x:#\n\tC".getBytes(StandardCharsets.UTF_8);
        Random random = new Random(5);
        int bothRead = 0;

        for (int i = 0; i < 4000; i++) {
            byte[] damaged = damaged(part, random, marks);
            if (!isUtf8(damaged) || !rootAccepted(damaged)) {
                continue;
            }
            Throwable parserFailure = catchThrowable(() -> parse(damaged, Recorder.everything()));
            Recorder scanned = Recorder.everything();
            int chunk = 1 + random.nextInt(5);
            Throwable scannerFailure = catchThrowable(() -> scan(inChunks(damaged, chunk), scanned));
            String shown = new String(damaged, StandardCharsets.UTF_8);
            assertThat(scannerFailure).as(shown).satisfiesAnyOf(
                    failure -> assertThat(failure).isNull(),
                    failure -> assertThat(failure).isInstanceOfAny(XMLStreamException.class, RelanceException.class));
            if (parserFailure == null && scannerFailure == null) {
                assertThat(scanned.calls).as(shown).isEqualTo(parse(damaged, Recorder.everything()));
                bothRead++;
            } else if (parserFailure == null && scannerFailure instanceof XMLStreamException) {
                assertThat(scannerFailure).as(shown).hasMessageContaining("declared again");
            }
        }
        assertThat(bothRead).as("parts both read").isGreaterThan(100);
    }

    /** Returns the part damaged one to three times. */
    private static byte[] damaged(byte[] part, Random random, byte[] marks) {
        byte[] damaged = part;
        for (int times = 1 + random.nextInt(3); times > 0; times--) {
            damaged = damage(damaged, random, marks);
        }
        return damaged;
    }

    /** Deletes, inserts, replaces or copies a few bytes of a part. */
    private static byte[] damage(byte[] part, Random random, byte[] marks) {
        int at = random.nextInt(part.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int kind = random.nextInt(4);
        int from = kind == 3 ? random.nextInt(part.length) : at;
        out.write(part, 0, from);
        if (kind == 0) {
            at = Math.min(at + 1 + random.nextInt(4), part.length);
        } else if (kind == 1) {
            out.write(marks[random.nextInt(marks.length)]);
        } else if (kind == 2) {
            out.write(random.nextInt(256));
            at++;
        } else {
            out.write(part, at, Math.min(at + 1 + random.nextInt(30), part.length) - at);
            at = from;
        }
        out.write(part, at, part.length - at);
        return out.toByteArray();
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    // ---- parts left to the parser

    @Test
    void declinesOtherEncodings() throws Exception {
        String latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + ROOT
                + "<office:body><office:spreadsheet>" + table("T", row(textCell("<text:p>Café</text:p>"))) + BODY_END;
        byte[] latin1Bytes = latin1.getBytes(StandardCharsets.ISO_8859_1);
        String utf16 = latin1.replace("ISO-8859-1", "UTF-16");
        byte[] utf16Bytes = utf16.getBytes(StandardCharsets.UTF_16);

        assertThat(rootAccepted(latin1Bytes)).isFalse();
        assertThat(rootAccepted(utf16Bytes)).isFalse();
        assertThat(readerRows("latin1.ods", latin1Bytes)).containsExactly(new Row(0, List.of(text("Café"))));
        assertThat(readerRows("utf16.ods", utf16Bytes)).containsExactly(new Row(0, List.of(text("Café"))));
    }

    @Test
    void declinesUnusualXmlDeclarations() throws Exception {
        String rest = ROOT + "<office:body><office:spreadsheet>" + table("T", row(textCell("<text:p>a</text:p>")))
                + BODY_END;
        byte[] version11 = ("<?xml version=\"1.1\" encoding=\"UTF-8\"?>" + rest).getBytes(StandardCharsets.UTF_8);

        assertThat(rootAccepted(version11)).isFalse();
        assertThat(readerRows("xml11.ods", version11)).containsExactly(new Row(0, List.of(text("a"))));
        for (String declaration : List.of("<?xml version=\"1.0\" standalone=\"yes\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\"encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" ding=\"UTF-8\"?>",
                "<?xml= version=\"1.0\"?>", "<?xml version=\"1.0\" standalone=\"maybe\"?>")) {
            byte[] content = (declaration + rest).getBytes(StandardCharsets.UTF_8);
            assertThat(rootAccepted(content)).as(declaration).isFalse();
            assertThat(readerMessage("declared.ods", content)).as(declaration)
                    .startsWith("declared.ods: not a readable ODS file: content.xml is malformed at line 1");
        }
    }

    @Test
    void declinesDocumentTypes() throws Exception {
        byte[] content = (DECLARATION + "<!DOCTYPE office:document-content>" + ROOT
                + "<office:body><office:spreadsheet>" + table("T", row(textCell("<text:p>typed</text:p>")))
                + BODY_END).getBytes(StandardCharsets.UTF_8);

        assertThat(rootAccepted(content)).isFalse();
        assertThat(readerRows("doctype.ods", content)).containsExactly(new Row(0, List.of(text("typed"))));
    }

    @Test
    void declinesOtherPrefixes() throws Exception {
        byte[] otherTablePrefix = (DECLARATION + "<office:document-content xmlns:office=\"" + OFFICE + "\""
                + " xmlns:t=\"" + TABLE + "\" xmlns:text=\"" + TEXT + "\"><office:body><office:spreadsheet>"
                + "<t:table t:name=\"T\"><t:table-row><t:table-cell office:value-type=\"float\" office:value=\"5\"/>"
                + "</t:table-row></t:table>" + BODY_END).getBytes(StandardCharsets.UTF_8);
        byte[] tablePrefixRebound = (DECLARATION + ROOT.replace("xmlns:table=\"" + TABLE + "\"",
                "xmlns:table=\"urn:example:table\" xmlns:tb=\"" + TABLE + "\"") + "<office:body><office:spreadsheet>"
                + "<tb:table tb:name=\"T\"><tb:table-row><tb:table-cell office:value-type=\"float\""
                + " office:value=\"6\"/></tb:table-row></tb:table>" + BODY_END).getBytes(StandardCharsets.UTF_8);
        byte[] withoutText = (DECLARATION + "<office:document-content xmlns:office=\"" + OFFICE + "\""
                + " xmlns:table=\"" + TABLE + "\"><office:body><office:spreadsheet>" + "<table:table table:name=\"T\">"
                + "<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"7\"/>"
                + "</table:table-row></table:table>" + BODY_END).getBytes(StandardCharsets.UTF_8);
        byte[] otherRoot = (DECLARATION + "<office:document xmlns:office=\"" + OFFICE + "\" xmlns:table=\""
                + TABLE + "\" xmlns:text=\"" + TEXT + "\"><office:body><office:spreadsheet>"
                + "<table:table table:name=\"T\"><table:table-row><table:table-cell office:value-type=\"float\""
                + " office:value=\"8\"/></table:table-row></table:table></office:spreadsheet></office:body>"
                + "</office:document>").getBytes(StandardCharsets.UTF_8);

        assertThat(rootAccepted(otherTablePrefix)).isFalse();
        assertThat(rootAccepted(tablePrefixRebound)).isFalse();
        assertThat(rootAccepted(withoutText)).isFalse();
        assertThat(rootAccepted(otherRoot)).isFalse();
        assertThat(readerRows("t.ods", otherTablePrefix)).containsExactly(new Row(0, List.of(number("5"))));
        assertThat(readerRows("tb.ods", tablePrefixRebound)).containsExactly(new Row(0, List.of(number("6"))));
        assertThat(readerRows("numbers.ods", withoutText)).containsExactly(new Row(0, List.of(number("7"))));
        assertThat(readerRows("flat.ods", otherRoot)).containsExactly(new Row(0, List.of(number("8"))));
    }

    @Test
    void scansHostileFileContent() throws Exception {
        StringWriter out = new StringWriter();
        HostileFiles.odsContent(HostileFiles.text("<table:table table:name=\"T\"/>")).writeTo(out);

        assertThat(rootAccepted(out.toString().getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    // ---- malformed parts

    @Test
    void rejectsMalformedMarkup() throws Exception {
        String cellStart = "<table:table table:name=\"T\"><table:table-row><table:table-cell>";
        String head = DECLARATION + ROOT + "<office:body><office:spreadsheet>" + cellStart;
        String tail = "</table:table-cell></table:table-row></table:table>" + BODY_END;
        List<String> malformed = List.of(
                head + "<text:p>x</text:span>" + tail,
                head + "<text:p>x</text:p>",
                head + "<text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>",
                head + "<text:p text:style-name=\"P1",
                head + "<text:p",
                head + "<text:p text:style-name=\"a<b\">x</text:p>" + tail,
                head + "<text:p>&bogus;</text:p>" + tail,
                head + "<text:p>&#0;</text:p>" + tail,
                head + "<text:p>a & b</text:p>" + tail,
                head + "<text:p>\u0001</text:p>" + tail,
                head + "<text:p text:style-name=P1>x</text:p>" + tail,
                head + "<text:p>x</text:p>" + tail + "<office:document-content/>",
                head + "<text:p>x</text:p>" + tail + "trailing text",
                head + "<!-- unclosed comment",
                head + "<![CDATA[ outside a paragraph, unclosed",
                head + "<text:p>x</text:p></table:table-cell / >" + tail.substring(tail.indexOf('>') + 1),
                head + "<text:p>x</text:p>" + tail.replace("</office:document-content>", "</office:document>"),
                head + "<text:p text:style-name=\"P1\"text:class-names=\"\">x</text:p>" + tail,
                head + "<text:p \"P1\">x</text:p>" + tail,
                head + "<text:p>x</text:p><!-- a -- b -->" + tail,
                head + "<text:p>x<?xml version=\"1.0\"?></text:p>" + tail,
                head + "<text:p>x</text:p>" + tail + "<!DOCTYPE office:document-content>",
                head + "<text:p>x</text:p>" + tail + "<![CDATA[x]]>");

        for (String content : malformed) {
            assertThat(scanFailure(content)).as(content.substring(head.length()))
                    .isInstanceOf(XMLStreamException.class);
            assertThatThrownBy(() -> parse(content.getBytes(StandardCharsets.UTF_8), Recorder.everything()))
                    .as("the parser too, on " + content.substring(head.length()))
                    .isInstanceOf(XMLStreamException.class);
            assertThat(readerMessage("broken.ods", content.getBytes(StandardCharsets.UTF_8)))
                    .as(content.substring(head.length()))
                    .startsWith("broken.ods: not a readable ODS file: content.xml is malformed at byte ")
                    .doesNotContain("\n");
        }
    }

    /**
     * Checks that a damaged name where a cell, a row, a paragraph or a sheet could be fails the
     * read as it does in the parser, rather than move the cells after it.
     */
    @Test
    void rejectsDamagedNamesInTables() throws Exception {
        String start = DECLARATION + ROOT + "<office:body><office:spreadsheet>";
        String cell = "<table:table-cell office:value-type=\"float\" office:value=\"1\"/>";
        List<String> damaged = List.of(
                table("T", row("<table:table-cell! office:value-type=\"float\" office:value=\"1\"/>", cell)),
                table("T", row("<table:table-cell\u0007/>", cell)),
                table("T", row("<tabl:table-cell/>", cell)),
                table("T", row("<table:table:cell/>", cell)),
                table("T", row("<tabl e:covered-table-cell/>", cell)),
                table("T", row("<table:covered-table-cell;/>", cell)),
                table("T", row("<1cell/>", cell)),
                table("T", "<tabl:table-row/>" + row(cell)),
                table("T", "<table:table-column table:style-name/>" + row(cell)),
                table("T", "<table:table-column table:style-name=\"co1\" tabl:visibility=\"visible\"/>" + row(cell)),
                table("T", row("<table:table-cell><tex:p>x</tex:p></table:table-cell>", cell)),
                table("T", row("<table:table-cell><text:p:>x</text:p:></table:table-cell>", cell)),
                "<tabl:table table:name=\"T\">" + row(cell) + "</tabl:table>",
                "<table:table:x table:name=\"T\">" + row(cell) + "</table:table:x>");

        for (String tables : damaged) {
            String content = start + tables + BODY_END;
            assertThat(scanFailure(content)).as(tables).isInstanceOf(XMLStreamException.class);
            assertThatThrownBy(() -> parse(content.getBytes(StandardCharsets.UTF_8), Recorder.everything()))
                    .as("the parser too, on " + tables).isInstanceOf(XMLStreamException.class);
        }
    }

    @Test
    void reportsFaultByteOffset() throws Exception {
        String content = DECLARATION + ROOT + "<office:body><office:spreadsheet>" + table("Café", row(
                textCell("<text:p>é</text:p>"), "<text:p>x</text:span>") + BODY_END);
        long offset = content.substring(0, content.indexOf("</text:span>")).getBytes(StandardCharsets.UTF_8).length;

        assertThat(readerMessage("mismatched.ods", content.getBytes(StandardCharsets.UTF_8))).isEqualTo(String.format(
                "mismatched.ods: not a readable ODS file: content.xml is malformed at byte %,d (the end tag of"
                        + " text:span where text:p ends)", offset));
    }

    @Test
    void rejectsInvalidUtf8Text() throws Exception {
        byte[] head = (DECLARATION + ROOT + "<office:body><office:spreadsheet><table:table table:name=\"T\">"
                + "<table:table-row><table:table-cell><text:p>").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("</text:p></table:table-cell></table:table-row></table:table>" + BODY_END)
                .getBytes(StandardCharsets.UTF_8);
        // A lead byte cut short, a lone continuation byte, a surrogate, a non-character and a byte
        // UTF-8 never uses. The last two, an overlong ")" and a code point past U+10FFFF, pass Aalto.
        byte[][] invalid = {{(byte) 0xC3}, {(byte) 0xC3, 'a'}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xEF, (byte) 0xBF, (byte) 0xBE}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xA9},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};

        for (int i = 0; i < invalid.length; i++) {
            byte[] content = concat(head, invalid[i], tail);
            assertThat(readerMessage("utf8.ods", content)).isEqualTo(String.format("utf8.ods: not a readable ODS file:"
                    + " content.xml is malformed at byte %,d (text that is not valid XML)", head.length));
            if (i < invalid.length - 2) {
                assertThatThrownBy(() -> parse(content, Recorder.everything()))
                        .isInstanceOf(XMLStreamException.class);
            }
        }
    }

    @Test
    void rejectsReboundOdfPrefixes() throws Exception {
        String start = DECLARATION + ROOT + "<office:body><office:spreadsheet>";
        List<String> rebinding = List.of(
                "<table:table table:name=\"T\" xmlns:table=\"urn:example:table\"/>",
                "<table:table table:name=\"T\"><table:table-row xmlns:office=\"urn:example:office\"/></table:table>",
                "<table:table table:name=\"T\"><table:table-row><table:table-cell\n"
                        + "xmlns:text=\"urn:example:text\"/></table:table-row></table:table>",
                "<table:table table:name=\"T\" xmlns:tb=\"" + TABLE + "\"/>",
                "<table:table table:name=\"T\" xmlns=\"" + TEXT + "\"/>",
                "<table:table table:name=\"T\"\txmlns:style=\"urn:example:style\"/>",
                "<table:table table:name='T' xmlns:calcext='urn:example:calcext'/>");

        for (String table : rebinding) {
            String content = start + table + BODY_END;
            assertThat(readerMessage("rebound.ods", content.getBytes(StandardCharsets.UTF_8))).as(table)
                    .startsWith("rebound.ods: not a readable ODS file: content.xml is malformed at byte ")
                    .endsWith("(OpenDocument namespaces declared again inside the part with other prefixes,"
                            + " which this reader does not follow; save the file again from the spreadsheet)");
        }
        // the same namespaces declared again, as they are, change nothing
        assertThat(readBoth(start + "<table:table table:name=\"T\" xmlns:table=\"" + TABLE + "\" xmlns:x=\"urn:x\""
                + " xmlns=\"urn:default\">" + row(textCell("<text:p xmlns:text=\"" + TEXT + "\">a</text:p>"))
                + "</table:table>" + BODY_END)).containsExactly("start ODS", "sheet 0 T", "row 0: \"a\"", "end T");
    }

    // ---- read limits

    @Test
    void rejectsTokensOverTheLimit() throws Exception {
        // random letters, which compress far less than the inflation limit of 100 times
        Random random = new Random(11);
        StringBuilder letters = new StringBuilder();
        while (letters.length() < ReadLimits.MAX_TOKEN_BYTES + 1000) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        String longText = letters.toString();
        List<String> tables = List.of(
                table("T", "<!--" + longText + "-->"),
                table("T", row(textCell("<text:p>" + longText + "</text:p>"))),
                table("T", row(cell("table:content-validation-name=\"" + longText + "\"", ""))),
                table("T", row(textCell("<text:p><![CDATA[" + longText + "]]></text:p>"))),
                table("T", "<?pi " + longText + "?>"));
        String expected = "the workbook exceeds a read limit: content.xml contains a text, tag or comment longer"
                + " than 1 MiB (limit: 1 MiB)";

        for (String table : tables) {
            byte[] scanned = content(table).getBytes(StandardCharsets.UTF_8);
            byte[] parsed = otherTablePrefix(content(table)).getBytes(StandardCharsets.UTF_8);
            assertThat(rootAccepted(parsed)).isFalse();
            // read whole, as a stream may hand the bytes, and in the small reads of an inflater
            assertThat(scanFailure(content(table))).isInstanceOf(RelanceException.class).hasMessage(expected);
            assertThat(readerMessage("long.ods", scanned)).as(table.substring(0, 80))
                    .isEqualTo("long.ods: " + expected);
            assertThat(readerMessage("long.ods", parsed)).as("parsed: " + table.substring(0, 80))
                    .isEqualTo("long.ods: " + expected);
        }
    }

    @Test
    void readsTokensUnderTheLimit() throws Exception {
        String comment = "<!--" + "x".repeat(ReadLimits.MAX_TOKEN_BYTES - 100) + "-->";
        String content = content(table("T", comment + row(textCell("<text:p>after</text:p>"))));

        assertThat(readBoth(content)).containsExactly("start ODS", "sheet 0 T", "row 0: \"after\"", "end T");
    }

    @Test
    void rejectsNestingOverTheLimit() throws Exception {
        // the root, body, spreadsheet, table, row, cell and paragraph are 7 levels
        int spansAllowed = ReadLimits.MAX_XML_DEPTH - 7;
        String deepest = content(table("T", row(textCell("<text:p>" + "<text:span>".repeat(spansAllowed) + "deep"
                + "</text:span>".repeat(spansAllowed) + "</text:p>"))));
        String tooDeep = content(table("T", row(textCell("<text:p>" + "<text:span>".repeat(spansAllowed + 1)
                + "deep" + "</text:span>".repeat(spansAllowed + 1) + "</text:p>"))));
        String expected = "the workbook exceeds a read limit: content.xml nests its XML elements more than 256 deep"
                + " (limit: 256)";

        assertThat(readBoth(deepest)).containsExactly("start ODS", "sheet 0 T", "row 0: \"deep\"", "end T");
        assertThat(readerMessage("deep.ods", tooDeep.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("deep.ods: " + expected);
        assertThat(readerMessage("deep.ods", otherTablePrefix(tooDeep).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("deep.ods: " + expected);
    }

    /** Returns the content with its tables under the prefix {@code t}, which readRoot declines. */
    private static String otherTablePrefix(String content) {
        return content.replace("xmlns:table=", "xmlns:t=").replace("<table:", "<t:").replace("</table:", "</t:")
                .replace(" table:", " t:");
    }

    private static CellValue text(String text) {
        return new CellValue.Text(text);
    }

    private static CellValue number(String number) {
        return new CellValue.Number(new java.math.BigDecimal(number));
    }
}
