package dev.relance.workbook.splice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.junit.jupiter.api.Test;

class XmlByteScannerTest {

    @Test
    void findsTagsAtEveryWordOffset() throws Exception {
        // the search tests eight bytes at once: tags at every offset from a word's start
        for (int padding = 0; padding < 17; padding++) {
            String text = "x".repeat(padding);
            String xml = "<a>" + text + "<b/>" + text + "<c>" + text + "</c></a>";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XmlByteScanner scanner = scanner(xml, out);

            List<String> tokens = new ArrayList<>();
            while (scanner.next() != XmlByteScanner.Kind.END_OF_INPUT) {
                tokens.add(scanner.kind() + " " + new String(scanner.token(), StandardCharsets.UTF_8));
            }
            scanner.finish();

            assertThat(tokens).as("padding %d", padding).containsExactly("START <a>", "EMPTY <b/>", "START <c>",
                    "END </c>", "END </a>");
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(xml);
        }
    }

    @Test
    void copiesElementPastLookalikeNames() throws Exception {
        String table = "<table:table table:name=\"T\"><table:table-row><table:table-cell>"
                + "<table:table table:name=\"inner\"><table:table-row/></table:table>"
                + "<!-- </table:table> --><text:p><![CDATA[</table:table>]]></text:p><?pi </table:table>?>"
                + "</table:table-cell></table:table-row></table:table>";
        String xml = "<root>" + table + "<after/></root>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmlByteScanner scanner = scanner(xml, out);
        scanner.next();
        scanner.next();

        scanner.copyElementAsIs();

        assertThat(scanner.kind()).isEqualTo(XmlByteScanner.Kind.END);
        assertThat(new String(scanner.token(), StandardCharsets.UTF_8)).isEqualTo("</table:table>");
        assertThat(scanner.next()).isEqualTo(XmlByteScanner.Kind.EMPTY);
        assertThat(new String(scanner.token(), StandardCharsets.UTF_8)).isEqualTo("<after/>");
        assertThat(scanner.next()).isEqualTo(XmlByteScanner.Kind.END);
        assertThat(scanner.next()).isEqualTo(XmlByteScanner.Kind.END_OF_INPUT);
        scanner.finish();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(xml);
    }

    @Test
    void copiesElementAcrossBufferRefills() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            rows.append("<table:table-row><table:table-cell><text:p>").append(i)
                    .append("</text:p></table:table-cell></table:table-row>");
        }
        String xml = "<r><table:table>" + rows + "</table:table><next/></r>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // a stream that returns few bytes per read, so the buffer is refilled inside tags
        XmlByteScanner scanner = new XmlByteScanner(trickling(xml), out);
        scanner.next();
        scanner.next();

        scanner.copyElementAsIs();

        assertThat(scanner.next()).isEqualTo(XmlByteScanner.Kind.EMPTY);
        assertThat(new String(scanner.token(), StandardCharsets.UTF_8)).isEqualTo("<next/>");
        scanner.copyRest();
        scanner.finish();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(xml);
    }

    @Test
    void copiesTheRestWithoutLookingAtIt() throws Exception {
        String xml = "<a><b/>not <well> formed & </a><!-- <";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmlByteScanner scanner = scanner(xml, out);
        scanner.next();
        scanner.replace("<A>".getBytes(StandardCharsets.UTF_8));

        scanner.copyRest();

        assertThat(scanner.next()).isEqualTo(XmlByteScanner.Kind.END_OF_INPUT);
        scanner.finish();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("<A><b/>not <well> formed & </a><!-- <");
    }

    @Test
    void failsOnAnElementThatDoesNotEnd() throws Exception {
        XmlByteScanner scanner = scanner("<a><b><c/>", new ByteArrayOutputStream());
        scanner.next();
        scanner.next();

        assertThatThrownBy(scanner::copyElementAsIs).isInstanceOf(XMLStreamException.class)
                .hasMessage("unexpected end of the part inside an element");
    }

    @Test
    void scansOnlyUtf8WithoutDocumentType() {
        assertThat(XmlByteScanner.canScan(bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>"))).isTrue();
        assertThat(XmlByteScanner.canScan(bytes("<a/>"))).isTrue();
        assertThat(XmlByteScanner.canScan(bytes("\uFEFF<?xml version='1.0' encoding='utf8'?><a/>"))).isTrue();
        assertThat(XmlByteScanner.canScan(bytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>"))).isFalse();
        assertThat(XmlByteScanner.canScan(bytes("<?xml version=\"1.0\"?><!DOCTYPE a><a/>"))).isFalse();
        assertThat(XmlByteScanner.canScan("<a/>".getBytes(StandardCharsets.UTF_16LE))).isFalse();
    }

    private static XmlByteScanner scanner(String xml, ByteArrayOutputStream out) {
        return new XmlByteScanner(new ByteArrayInputStream(bytes(xml)), out);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static InputStream trickling(String xml) {
        return new ByteArrayInputStream(bytes(xml)) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                return super.read(buffer, offset, Math.min(length, 7));
            }
        };
    }

    @Test
    void listsAttributeNamesInTheTagsOrder() throws Exception {
        RawTag tag = RawTag.parse(bytes("<t:cell xmlns:t=\"urn:t\" t:b='2' a=\"1\"/>"));

        assertThat(tag.attributeNames()).containsExactly("xmlns:t", "t:b", "a");
        assertThat(tag.attribute("t:b")).contains("2");
    }
}
