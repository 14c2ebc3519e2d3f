package dev.relance.workbook.ods;

import static dev.relance.workbook.ods.OdsWriterTest.cell;
import static dev.relance.workbook.ods.OdsWriterTest.date;
import static dev.relance.workbook.ods.OdsWriterTest.edit;
import static dev.relance.workbook.ods.OdsWriterTest.number;
import static dev.relance.workbook.ods.OdsWriterTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.RelanceException;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookEdit.SheetEdit;

/** A save copies the tables and rows it does not write as their bytes, and rewrites only the others. */
class OdsSplicingTest {

    private static final String OFFICE = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"";
    private static final String TABLE = "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"";
    private static final String TEXT = "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";
    private static final String STYLE = "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"";
    private static final String NUMBER = "xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\"";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ROOT = "<office:document-content " + String.join(" ", OFFICE, TABLE, TEXT, STYLE,
            NUMBER) + " office:version=\"1.3\">";
    private static final String END = "</office:spreadsheet></office:body></office:document-content>";

    @TempDir
    Path dir;

    private final OdsWriter writer = new OdsWriter();

    @Test
    void copiesUnwrittenRowsAndTablesAsBytes() throws Exception {
        String writtenRow = "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>x</text:p>"
                + "</table:table-cell></table:table-row>";
        String before = DECLARATION + ROOT + "\n<office:automatic-styles>"
                + "<style:style style:name='ce1' style:family=\"table-cell\" style:display-name=\"a &apos;b&apos;\"/>"
                + "</office:automatic-styles>\n<office:body><office:spreadsheet>"
                + "<table:table table:name=\"First\"><table:table-column/>\n"
                + "<!-- </table:table> in a comment -->\n"
                + "<table:table-row><table:table-cell office:value-type='string'><text:p>a &amp; b</text:p>"
                + "</table:table-cell></table:table-row></table:table>"
                + "<table:table table:name='Edited' ><table:table-column/>"
                + "<table:table-row  table:style-name = \"ro1\" ><table:table-cell><text:p>"
                + "<![CDATA[</table:table-row>]]></text:p></table:table-cell></table:table-row>\n"
                + writtenRow + "<?relance note?></table:table>"
                + "<table:table table:name=\"Last\"><table:table-row><table:table-cell/></table:table-row>"
                + "</table:table><table:named-expressions/>" + END;

        String after = save(before, edit("Edited", cell("B2", text("new"))));

        assertThat(after).isEqualTo(before.replace(writtenRow, "<table:table-row><table:table-cell "
                + "office:value-type=\"string\"><text:p>x</text:p></table:table-cell><table:table-cell "
                + "office:value-type=\"string\"><text:p>new</text:p></table:table-cell></table:table-row>"));
    }

    @Test
    void declaresMissingNamespacesAndStyles() throws Exception {
        String before = DECLARATION + "<office:document-content " + OFFICE + " " + TABLE + ">"
                + "<office:body><office:spreadsheet><table:table table:name=\"S\">"
                + "<table:table-row><table:table-cell/></table:table-row></table:table>" + END;

        String after = save(before, edit("S", cell("A1", date("2026-03-01"))));

        assertThat(after).isEqualTo(DECLARATION + "<office:document-content " + OFFICE + " " + TABLE + " "
                + TEXT + " " + STYLE + " " + NUMBER + "><office:automatic-styles><number:date-style "
                + "style:name=\"RelanceDate\"><number:year number:style=\"long\"/><number:text>-</number:text>"
                + "<number:month number:style=\"long\"/><number:text>-</number:text><number:day "
                + "number:style=\"long\"/></number:date-style><style:style style:name=\"RelanceDateCell\" "
                + "style:family=\"table-cell\" style:data-style-name=\"RelanceDate\"/></office:automatic-styles>"
                + "<office:body><office:spreadsheet><table:table table:name=\"S\"><table:table-row>"
                + "<table:table-cell table:style-name=\"RelanceDateCell\" office:value-type=\"date\" "
                + "office:date-value=\"2026-03-01\"><text:p>2026-03-01</text:p></table:table-cell></table:table-row>"
                + "</table:table>" + END);
    }

    @Test
    void fillsEmptyStylesAndTables() throws Exception {
        String before = DECLARATION + ROOT + "<office:automatic-styles/><office:body><office:spreadsheet>"
                + "<table:table table:name=\"S\" />" + END;

        String after = save(before, edit("S", cell("A2", number("7")), cell("B2", date("2026-03-01"))));

        assertThat(after).isEqualTo(DECLARATION + ROOT + "<office:automatic-styles><number:date-style "
                + "style:name=\"RelanceDate\"><number:year number:style=\"long\"/><number:text>-</number:text>"
                + "<number:month number:style=\"long\"/><number:text>-</number:text><number:day "
                + "number:style=\"long\"/></number:date-style><style:style style:name=\"RelanceDateCell\" "
                + "style:family=\"table-cell\" style:data-style-name=\"RelanceDate\"/></office:automatic-styles>"
                + "<office:body><office:spreadsheet><table:table table:name=\"S\" ><table:table-row>"
                + "<table:table-cell/></table:table-row><table:table-row><table:table-cell "
                + "office:value-type=\"float\" office:value=\"7\"><text:p>7</text:p></table:table-cell>"
                + "<table:table-cell table:style-name=\"RelanceDateCell\" office:value-type=\"date\" "
                + "office:date-value=\"2026-03-01\"><text:p>2026-03-01</text:p></table:table-cell>"
                + "</table:table-row></table:table>" + END);
    }

    @Test
    void addsTablesToAnEmptySpreadsheet() throws Exception {
        String before = DECLARATION + ROOT
                + "<office:body><office:spreadsheet/></office:body></office:document-content>";

        String after = save(before, new WorkbookEdit(List.of(new SheetEdit("New", true,
                List.of(cell("A1", text("Date")))))));

        assertThat(after).isEqualTo(DECLARATION + ROOT + "<office:body><office:spreadsheet><table:table "
                + "table:name=\"New\"><table:table-column/><table:table-row><table:table-cell "
                + "office:value-type=\"string\"><text:p>Date</text:p></table:table-cell></table:table-row>"
                + "</table:table></office:spreadsheet></office:body></office:document-content>");
    }

    @Test
    void findsElementsByNamespaceNotPrefix() throws Exception {
        String before = DECLARATION + "<o:document-content xmlns:o=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:t=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:x=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><o:body><o:spreadsheet>"
                + "<t:table t:name=\"S\" xmlns:tt=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\">"
                + "<tt:table-row><tt:table-cell/></tt:table-row><tt:table-row><tt:table-cell/></tt:table-row>"
                + "</t:table></o:spreadsheet></o:body></o:document-content>";

        String after = save(before, edit("S", cell("B2", text("new"))));

        assertThat(after).isEqualTo(DECLARATION + "<o:document-content "
                + "xmlns:o=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:t=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                + "xmlns:x=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" " + STYLE + " " + NUMBER
                + "><o:body><o:spreadsheet>"
                + "<t:table t:name=\"S\" xmlns:tt=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\">"
                + "<tt:table-row><tt:table-cell/></tt:table-row><tt:table-row><tt:table-cell/>"
                + "<t:table-cell o:value-type=\"string\"><x:p>new</x:p></t:table-cell></tt:table-row>"
                + "</t:table></o:spreadsheet></o:body></o:document-content>");
    }

    @Test
    void rewritesOtherEncodingsEventByEvent() throws Exception {
        String before = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + ROOT
                + "<office:body><office:spreadsheet><table:table table:name=\"S\"><table:table-row>"
                + "<table:table-cell office:value-type=\"string\"><text:p>\u00e9t\u00e9</text:p></table:table-cell>"
                + "</table:table-row></table:table>" + END;
        Path source = withContentBytes(before.getBytes(StandardCharsets.ISO_8859_1));
        Path target = dir.resolve("target.ods");

        writer.write(source, edit("S", cell("B1", text("\u00e0"))), target);

        assertThat(OdsArchive.content(target)).startsWith("<?xml version='1.0' encoding='UTF-8'?>");
        assertThat(new OdsReader().read(target).sheets().get(0).rows())
                .containsExactly(new Row(0, List.of(text("\u00e9t\u00e9"), text("\u00e0"))));
    }

    @Test
    void splicingMatchesEventByEventRewrite() throws Exception {
        byte[] content = OdsArchive.content(OdsWriterTest.REPEATED_ROWS_CASE).getBytes(StandardCharsets.UTF_8);
        WorkbookEdit edit = new WorkbookEdit(List.of(
                new SheetEdit("Clients", false, List.of(cell("D2", date("2026-03-01")), cell("E2", number("1")),
                        cell("B3", CellValue.EMPTY), cell("A40", text("far below")))),
                new SheetEdit("Factures", false, List.of(cell("A6", text("F-5")), cell("E6", number("99")),
                        cell("C1", text("  spaced\ttext\nline")))),
                new SheetEdit("Relances", true, List.of(cell("A1", text("Date")), cell("A2", date("2026-03-01"))))));

        ByteArrayOutputStream spliced = new ByteArrayOutputStream();
        new ContentSplicer(new ByteArrayInputStream(content), spliced, edit, Set.of("Default")).splice();
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        XMLStreamReader in = OdfXml.reader(new ByteArrayInputStream(content), OdsPackage.CONTENT);
        XMLStreamWriter out = OdfXml.outputFactory().createXMLStreamWriter(rewritten, "UTF-8");
        new ContentRewriter(new XmlStream(in, out), edit, Set.of("Default")).rewrite();

        List<String> splicedEvents = events(spliced.toString(StandardCharsets.UTF_8));
        assertThat(splicedEvents).hasSizeGreaterThan(300)
                .containsExactlyElementsOf(events(rewritten.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void reportsATableThatDoesNotEnd() throws Exception {
        String before = DECLARATION + ROOT + "<office:body><office:spreadsheet><table:table table:name=\"S\">"
                + "<table:table-row><table:table-cell/></table:table-row></table:table>"
                + "<table:table table:name=\"Cut\"><table:table-row><table:table-cell/>";
        Path source = withContentBytes(before.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> writer.write(source, edit("Other", cell("A1", text("x"))), dir.resolve("t.ods")))
                .isInstanceOfSatisfying(RelanceException.class, e -> assertThat(e.userMessage()).isEqualTo(
                        "content.ods: not a readable ODS file: content.xml is malformed (unexpected end of the part "
                        + "inside an element)"));
        assertThat(dir.resolve("t.ods")).doesNotExist();
    }

    @Test
    void rejectsContentThatInflatesLikeABomb() throws Exception {
        String before = DECLARATION + ROOT + "<office:body><office:spreadsheet><table:table table:name=\"S\">"
                + " ".repeat(3 << 20) + "</table:table>" + END;
        Path source = withContentBytes(before.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> writer.write(source, edit("S", cell("A1", text("x"))), dir.resolve("t.ods")))
                .isInstanceOfSatisfying(RelanceException.class, e -> assertThat(e.userMessage()).isEqualTo(
                        "content.ods: the workbook exceeds a read limit: content.xml expands more than 100 times "
                        + "its compressed size, as a zip bomb does (limit: 100 times)"));
        assertThat(dir.resolve("t.ods")).doesNotExist();
    }

    /** Saves a workbook whose content.xml is {@code content} and returns the new content.xml. */
    private String save(String content, WorkbookEdit edit) throws Exception {
        Path source = withContentBytes(content.getBytes(StandardCharsets.UTF_8));
        Path target = dir.resolve("target.ods");
        writer.write(source, edit, target);
        return OdsArchive.content(target);
    }

    private Path withContentBytes(byte[] content) throws Exception {
        return TestOds.writeParts(dir.resolve("content.ods"), TestOds.MIMETYPE, content);
    }

    /** Returns the document as events with names by namespace, attributes sorted and text joined. */
    private static List<String> events(String xml) throws Exception {
        XMLStreamReader in = XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(xml));
        List<String> events = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(in.getText());
                continue;
            }
            if (text.length() > 0) {
                events.add("text " + text);
                text.setLength(0);
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                Map<String, String> attributes = new TreeMap<>();
                for (int i = 0; i < in.getAttributeCount(); i++) {
                    attributes.put(in.getAttributeName(i).toString(), in.getAttributeValue(i));
                }
                events.add("start " + in.getName() + " " + attributes);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                events.add("end " + in.getName());
            } else if (event == XMLStreamConstants.COMMENT) {
                events.add("comment " + in.getText());
            }
        }
        return events;
    }
}
