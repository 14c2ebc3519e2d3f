package dev.relance.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.relance.workbook.ReadLimits;
import dev.relance.workbook.xlsx.ScanOracle.Merge;
import dev.relance.workbook.xlsx.ScanOracle.RowStart;

/**
 * The scanner reads a worksheet part as the XML parser does, or gives up. Each part the scanner
 * reads is also read by the parser, as {@link SheetParser} reads it, and both must give the
 * values written out; each part read whole and one byte at a time, so that every tag is also cut
 * where the scanner's buffer ends.
 */
class SheetScannerTest {

    private static final String MAIN = RawXlsx.MAIN;
    private static final String STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
    /** The root as Excel writes it, with the prefixes of its extensions. */
    private static final String ROOT = "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RawXlsx.RELATIONSHIPS + "\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" mc:Ignorable=\"x14ac xr\""
            + " xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\""
            + " xmlns:xr=\"http://schemas.microsoft.com/office/spreadsheetml/2014/revision\""
            + " xr:uid=\"{00000000-0001-0000-0000-000000000000}\">";

    /** Returns a part with the declaration and root that Excel writes around the given sheet data. */
    private static String sheet(String rows) {
        return DECLARATION + ROOT + "<sheetData>" + rows + "</sheetData></worksheet>";
    }

    private static RowStart row(String number) {
        return new RowStart(number);
    }

    private static Merge merge(String ref) {
        return new Merge(ref);
    }

    /** Returns a cell with a value and no formula. */
    private static RawCell value(String ref, String type, int style, String value) {
        return new RawCell(ref, type, style, value, true, "", false, "");
    }

    private static RawCell number(String ref, String value) {
        return value(ref, "n", 0, value);
    }

    private static RawCell formula(String ref, String type, String formula, String value) {
        return new RawCell(ref, type, 0, value, true, formula, true, "");
    }

    private static RawCell inline(String ref, String text) {
        return new RawCell(ref, "inlineStr", 0, "", false, "", false, text);
    }

    @Test
    void readsRowsWithAndWithoutNumbers() throws Exception {
        assertScans(sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row><c><v>2</v></c></row>"
                + "<row/><row r=\"7\"/><row r=\"8\"></row>"),
                row("1"), number("A1", "1"), row(""), number("", "2"), row(""), row("7"), row("8"));
    }

    @Test
    void readsEmptyCellsAndEmptyValues() throws Exception {
        assertScans(sheet("<row r=\"1\"><c r=\"A1\"/><c r=\"B1\" s=\"2\"></c><c r=\"C1\"><v/></c>"
                + "<c r=\"D1\" t=\"str\"><v></v></c></row>"),
                row("1"),
                new RawCell("A1", "n", 0, "", false, "", false, ""),
                new RawCell("B1", "n", 2, "", false, "", false, ""),
                number("C1", ""),
                value("D1", "str", 0, ""));
    }

    @Test
    void readsCellAttributesInAnyOrderBesideOthers() throws Exception {
        assertScans(sheet("<row r=\"2\" spans=\"1:3\" s=\"4\" customFormat=\"1\" ht=\"15\" customHeight=\"1\""
                + " x14ac:dyDescent=\"0.25\"><c t=\"s\" s=\"3\" r=\"A2\"><v>0</v></c>"
                + "<c s='1' r='B2' cm=\"1\" t='b'><v>1</v></c><c r=\"C2\" vm=\"1\" ph=\"1\" t=\"e\"><v>#N/A</v></c>"
                + "<c r=\"D2\" s=\"x\"><v>1.5E-3</v></c><c r=\"E2\" t=\"\"><v>4</v></c></row>"),
                row("2"),
                value("A2", "s", 3, "0"),
                value("B2", "b", 1, "1"),
                value("C2", "e", 0, "#N/A"),
                number("D2", "1.5E-3"),
                number("E2", "4"));
    }

    @Test
    void readsFormulasWithTheirValues() throws Exception {
        assertScans(sheet("<row r=\"1\"><c r=\"A1\"><f>SUM(B1:B3)</f><v>6</v></c>"
                + "<c r=\"B1\"><f t=\"shared\" ref=\"B1:B3\" si=\"0\">C1*2</f><v>4</v></c></row>"
                + "<row r=\"2\"><c r=\"B2\"><f t=\"shared\" si=\"0\"/><v>8</v></c>"
                + "<c r=\"C2\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c><c r=\"D2\"><f>A1/0</f></c>"
                + "<c r=\"E2\" t=\"b\"><f aca=\"false\">TRUE()</f><v>1</v></c></row>"),
                row("1"),
                formula("A1", "n", "SUM(B1:B3)", "6"),
                formula("B1", "n", "C1*2", "4"),
                row("2"),
                formula("B2", "n", "", "8"),
                formula("C2", "str", "\"a\"&\"b\"", "ab"),
                new RawCell("D2", "n", 0, "", false, "A1/0", true, ""),
                formula("E2", "b", "TRUE()", "1"));
    }

    @Test
    void readsInlineStrings() throws Exception {
        assertScans(sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Dupont</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><r><rPr><b/><sz val=\"11\"/><color rgb=\"FFFF0000\"/>"
                + "<rFont val=\"Calibri\"/><family val=\"2\"/></rPr><t>Dupont </t></r>"
                + "<r><t xml:space=\"preserve\">SARL </t></r><r><rPr></rPr><t>&amp; fils</t></r></is></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh>"
                + "<phoneticPr fontId=\"1\" type=\"noConversion\"/></is></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> a_x000D_b _x005F_x0041_ </t></is></c>"
                + "<c r=\"E1\" t=\"inlineStr\"><is/></c><c r=\"F1\" t=\"inlineStr\"><is><t/></is></c>"
                + "<c r=\"G1\" t=\"inlineStr\"><is><r><t>a</t></r><r/><rPh/><t>b</t></is></c></row>"),
                row("1"),
                inline("A1", "Dupont"),
                inline("B1", "Dupont SARL & fils"),
                inline("C1", "東京"),
                inline("D1", " a\rb _x0041_ "),
                inline("E1", ""),
                inline("F1", ""),
                inline("G1", "ab"));
    }

    @Test
    void readsEmptyInlineStringAfterValue() throws Exception {
        // the text of the previous cell must not leak into an <is/>
        assertScans(sheet("<row r=\"1\"><c r=\"A1\"><v>7</v></c><c r=\"B1\" t=\"inlineStr\"><v>5</v><is/></c></row>"),
                row("1"), number("A1", "7"), new RawCell("B1", "inlineStr", 0, "5", true, "", false, ""));
    }

    @Test
    void decodesReferencesAndRawUtf8() throws Exception {
        assertScans(sheet("<row r=\"1\"><c r=\"A1\" t=\"str\"><v>&amp;&lt;&gt;&quot;&apos;&#233;&#xE9;&#x1F600;</v></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>é € 😀 ÿ</t></is></c>"
                + "<c r=\"C1\" t=\"str\"><v>a > b ]] c ]&#93;></v></c>"
                + "<c r=\"&#68;1\" t=\"inline&#83;tr\"><is><t>1 &lt; 2</t></is></c></row>"),
                row("1"),
                value("A1", "str", 0, "&<>\"'éé😀"),
                inline("B1", "é € 😀 ÿ"),
                value("C1", "str", 0, "a > b ]] c ]]>"),
                inline("D1", "1 < 2"));
    }

    @Test
    void normalisesLineEndsAndAttributeSpaces() throws Exception {
        assertScans(sheet("<row r=\"\t3\r\n\"><c r=\"A3\" t=\"inlineStr\"><is><t>a\r\nb\rc\nd&#13;e</t></is></c>"
                + "<c r=\"B3\" t=\"str\"><v>x\r\n</v></c><c r=\"C3\" t=\"str\"><f>\"a\"&amp;\r\n\"b\"</f><v>ab</v></c>"
                + "</row>"),
                row(" 3 "),
                inline("A3", "a\nb\nc\nd\re"),
                value("B3", "str", 0, "x\n"),
                formula("C3", "str", "\"a\"&\n\"b\"", "ab"));
    }

    @Test
    void readsPrettyPrintedParts() throws Exception {
        String part = """
                <?xml version="1.0" encoding="UTF-8"?>
                <worksheet
                    xmlns="%s"
                    xmlns:r="%s">
                  <sheetPr>
                    <pageSetUpPr fitToPage="1" />
                  </sheetPr>
                  <sheetData>
                    <row
                        r="1"
                        spans="1:2" >
                      <c
                          r="A1"
                          t="inlineStr" >
                        <is>
                          <r>
                            <rPr>
                              <b />
                            </rPr>
                            <t>Code</t>
                          </r>
                          <r>
                            <t xml:space="preserve"> client</t>
                          </r>
                        </is>
                      </c >
                      <c r="B1">
                        <f>1+1</f>
                        <v>2</v>
                      </c>
                    </row >
                    <row r="2" />
                  </sheetData >
                  <mergeCells count="1">
                    <mergeCell ref="A1:B1" />
                  </mergeCells>
                </worksheet >
                """.formatted(MAIN, RawXlsx.RELATIONSHIPS);

        assertScans(part, row("1"), inline("A1", "Code client"), formula("B1", "n", "1+1", "2"), row("2"),
                merge("A1:B1"));
    }

    @Test
    void readsOptionalBomAndDeclaration() throws Exception {
        String rest = "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                + "</sheetData></worksheet>";
        Object[] expected = {row("1"), number("A1", "1")};

        assertScans("\uFEFF" + DECLARATION + rest, expected);
        assertScans("\uFEFF" + rest, expected);
        assertScans(rest, expected);
        assertScans("<?xml version=\"1.0\"?>" + rest, expected);
        assertScans("<?xml version='1.0' encoding='utf-8' standalone='no' ?>\n\n" + rest, expected);
        assertScans("<?xml version = \"1.0\" encoding = \"UTF-8\"?>" + rest, expected);
    }

    @Test
    void readsTheStrictNamespace() throws Exception {
        assertScans("<worksheet xmlns=\"" + STRICT + "\" xmlns:r=\"http://purl.oclc.org/ooxml/officeDocument/"
                + "relationships\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>strict</t></is></c>"
                + "</row></sheetData><mergeCells><mergeCell ref=\"A1:A2\"/></mergeCells></worksheet>",
                row("1"), inline("A1", "strict"), merge("A1:A2"));
    }

    @Test
    void readsMergedRangesAfterTheSheetData() throws Exception {
        assertScans(DECLARATION + ROOT + "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>"
                + "<mergeCells count=\"3\"><mergeCell ref=\"A1:B2\"/><mergeCell ref=\"C3:C4\"></mergeCell>"
                + "<mergeCell/></mergeCells></worksheet>",
                row("1"), number("A1", "1"), merge("A1:B2"), merge("C3:C4"), merge(""));
    }

    @Test
    void readsEmptySheets() throws Exception {
        assertScans(DECLARATION + ROOT + "<sheetData/></worksheet>");
        assertScans(DECLARATION + ROOT + "<sheetData></sheetData></worksheet>");
        assertScans(DECLARATION + "<worksheet xmlns=\"" + MAIN + "\"/>");
    }

    @Test
    void skipsTheElementsAroundTheSheetData() throws Exception {
        String part = DECLARATION + "<?mso-application progid=\"Excel.Sheet\"?><!-- written by hand -->" + ROOT
                + "<sheetPr codeName=\"Feuil1\"><tabColor rgb=\"FF00B050\"/><outlinePr summaryBelow=\"0\"/></sheetPr>"
                + "<dimension ref=\"A1:B2\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
                + "<selection activeCell=\"B2\" sqref=\"B2\"/></sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15\" x14ac:dyDescent=\"0.25\"/>"
                + "<cols><col min=\"1\" max=\"2\" width=\"12.7109375\" customWidth=\"1\"/></cols>"
                + "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>"
                + "<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>"
                + "<conditionalFormatting sqref=\"A1:A9\"><cfRule type=\"cellIs\" dxfId=\"0\" priority=\"1\""
                + " operator=\"lessThan\"><formula>0</formula></cfRule></conditionalFormatting>"
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup paperSize=\"9\" orientation=\"portrait\" r:id=\"rId1\"/>"
                + "<headerFooter><oddHeader>&amp;L&amp;\"Arial,Gras\"Relances &amp;D</oddHeader>"
                + "<oddFooter>Page &amp;P / &amp;N</oddFooter></headerFooter>"
                + "<mc:AlternateContent><mc:Choice Requires=\"x14\"><legacyDrawing r:id=\"rId2\"/></mc:Choice>"
                + "</mc:AlternateContent>"
                + "<extLst><ext uri=\"{78C0D931-6437-407d-A8EE-F0AAD7539E65}\""
                + " xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\">"
                + "<x14:conditionalFormattings><x14:conditionalFormatting"
                + " xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\"><x14:cfRule type=\"dataBar\">"
                + "<x14:dataBar minLength=\"0\"/></x14:cfRule><xm:sqref>A1:A9</xm:sqref>"
                + "</x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>"
                + "</worksheet>\r\n<!-- end -->\n";

        assertScans(part, row("1"), number("A1", "1"), merge("A1:B1"));
    }

    @Test
    void readsACellLargerThanItsBuffer() throws Exception {
        // 30,000 three-byte characters: 90,000 bytes in one cell, within a cell's 32,767 characters
        String euros = "€".repeat(30_000);

        assertScans(sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + euros + "</t></is></c>"
                + "<c r=\"B1\"><v>2</v></c></row>"), row("1"), inline("A1", euros), number("B1", "2"));
    }

    @Test
    void readsTagsCutWhereverTheBufferEnds() throws Exception {
        String unit = "<row r=\"1\" spans=\"1:4\" x14ac:dyDescent=\"0.25\"><c r=\"A1\" s=\"1\" t=\"s\"><v>12</v></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><r><rPr><b/><sz val=\"11\"/></rPr><t>Déjà &amp; </t></r>"
                + "<r><t xml:space=\"preserve\">vu 😀_x000D_</t></r><rPh sb=\"0\" eb=\"1\"><t>デ</t></rPh></is></c>"
                + "<c r=\"C1\"><f t=\"shared\" ref=\"C1:C9\" si=\"0\">A1&amp;B1</f><v>1.5</v></c>"
                + "<c r=\"D1\" t=\"str\"><v>&#x1F600;\r\n&lt;x</v></c><c r=\"E1\"/></row>\n";
        List<Object> unitItems = List.of(row("1"), value("A1", "s", 1, "12"), inline("B1", "Déjà & vu 😀\r"),
                formula("C1", "n", "A1&B1", "1.5"), value("D1", "str", 0, "😀\n<x"),
                new RawCell("E1", "n", 0, "", false, "", false, ""));
        int units = 70_000 / unit.length() + 2;
        List<Object> expected = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            expected.addAll(unitItems);
        }
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        String rows = unit.repeat(units);
        assertThat(ScanOracle.parse(bytes(sheet(rows)))).isEqualTo(expected);

        // white space before the first row moves every byte of a unit onto the 64 KiB boundary in turn
        for (int padding = 0; padding < unitBytes; padding++) {
            byte[] part = bytes(sheet(" ".repeat(padding) + rows));
            assertThat(part.length).isGreaterThan(65_536 + unitBytes);

            assertThat(ScanOracle.scan(part)).as("padding %d", padding).isEqualTo(expected);
        }
    }

    @Test
    void readsWhateverSizeTheStreamReadsGive() throws Exception {
        byte[] part = bytes(DECLARATION + ROOT + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>été</t>"
                + "</is></c></row></sheetData><mergeCells><mergeCell ref=\"A1:A2\"/></mergeCells></worksheet>");
        Random random = new Random(7);

        for (int i = 0; i < 200; i++) {
            assertThat(ScanOracle.scan(new ChunkedStream(part, 1 + random.nextInt(16), random)))
                    .containsExactly(row("1"), inline("A1", "été"), merge("A1:A2"));
        }
    }

    @Test
    void readsTextUpToTheLengthOfACell() throws Exception {
        String longest = "x".repeat(ReadLimits.MAX_TEXT_LENGTH);

        assertScans(sheet("<row r=\"1\"><c r=\"A1\" t=\"str\"><v>" + longest + "</v></c></row>"),
                row("1"), value("A1", "str", 0, longest));
        assertScans(sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><t>" + longest.substring(1)
                + "</t></r><r><t>y</t></r></is></c></row>"), row("1"), inline("A1", longest.substring(1) + "y"));
    }

    @Test
    void readsElementsNestedUpToTheParsersLimit() throws Exception {
        // the root, <extLst>, then <a> down to the depth the parser still reads, where <b/> is
        int levels = ReadLimits.MAX_XML_DEPTH - 3;
        String nested = "<a>".repeat(levels) + "<b/>" + "</a>".repeat(levels);

        assertScans(DECLARATION + ROOT + "<sheetData/><extLst>" + nested + "</extLst></worksheet>");
    }

    // ---- parts the scanner leaves to the parser

    static Stream<Arguments> partsLeftToTheParser() {
        String longText = "x".repeat(ReadLimits.MAX_TEXT_LENGTH + 1);
        String halfText = "x".repeat(ReadLimits.MAX_TEXT_LENGTH / 2 + 1);
        return Stream.of(
                left("a prefixed root", "<x:worksheet xmlns:x=\"" + MAIN + "\"><x:sheetData><x:row r=\"1\"/>"
                        + "</x:sheetData></x:worksheet>"),
                left("a root in another namespace", "<worksheet xmlns=\"urn:other\"><sheetData/></worksheet>"),
                left("a root without namespace", "<worksheet><sheetData/></worksheet>"),
                left("a chart sheet", "<chartsheet xmlns=\"" + MAIN + "\"/>"),
                left("an inner prefix bound to SpreadsheetML", DECLARATION + ROOT
                        + "<sheetPr xmlns:x=\"" + MAIN + "\"/><sheetData/></worksheet>"),
                left("a root prefix bound to SpreadsheetML", "<worksheet xmlns=\"" + MAIN + "\" xmlns:x=\""
                        + STRICT + "\"><sheetData/></worksheet>"),
                left("a prefix declared on a row", sheet("<row r=\"1\" xmlns:q=\"urn:q\" q:a=\"1\"/>")),
                left("a default namespace on an element", DECLARATION + ROOT
                        + "<sheetPr xmlns=\"urn:other\"/><sheetData/></worksheet>"),
                left("a default namespace on a row", sheet("<row r=\"1\" xmlns=\"" + MAIN + "\"/>")),
                left("a default namespace on a cell", sheet("<row r=\"1\"><c r=\"A1\" xmlns=\"urn:x\"><v>1</v></c>"
                        + "</row>")),
                left("a default namespace on a value", sheet("<row r=\"1\"><c r=\"A1\"><v xmlns=\"urn:x\">1</v></c>"
                        + "</row>")),
                left("a default namespace on a run", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                        + "<t xmlns=\"urn:x\">x</t><t>y</t></is></c></row>")),
                left("a default namespace in run properties", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                        + "<r><rPr><b xmlns=\"urn:x\"/></rPr><t>y</t></r></is></c></row>")),
                left("a comment between rows", sheet("<row r=\"1\"/><!-- x --><row r=\"2\"/>")),
                left("a comment between cells", sheet("<row r=\"1\"><c r=\"A1\"/><!-- x --></row>")),
                left("a comment in a cell", sheet("<row r=\"1\"><c r=\"A1\"><!-- x --><v>1</v></c></row>")),
                left("a comment in a value", sheet("<row r=\"1\"><c r=\"A1\"><v>1<!-- x --></v></c></row>")),
                left("a comment in run properties", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r>"
                        + "<rPr><!-- x --></rPr><t>y</t></r></is></c></row>")),
                left("a processing instruction between rows", sheet("<row r=\"1\"/><?pi x?>")),
                left("a processing instruction in a row", sheet("<row r=\"1\"><?pi x?></row>")),
                left("a processing instruction in a cell", sheet("<row r=\"1\"><c><?pi x?><v>1</v></c></row>")),
                left("CDATA in a run", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[a<b]]></t>"
                        + "</is></c></row>")),
                left("CDATA in a value", sheet("<row r=\"1\"><c r=\"A1\"><v><![CDATA[1]]></v></c></row>")),
                left("CDATA outside the sheet data", DECLARATION + ROOT + "<sheetData/><extLst><![CDATA[x]]>"
                        + "</extLst></worksheet>"),
                left("an extension list in a cell", sheet("<row r=\"1\"><c r=\"A1\"><v>1</v><extLst><ext uri=\"x\"/>"
                        + "</extLst></c></row>")),
                left("text directly in a cell", sheet("<row r=\"1\"><c r=\"A1\">1</c></row>")),
                left("text between cells", sheet("<row r=\"1\">x<c r=\"A1\"/></row>")),
                left("text between rows", sheet("<row r=\"1\"/>x")),
                left("text in an inline string outside its runs", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                        + "<is>x<t>y</t></is></c></row>")),
                left("an element a value does not hold", sheet("<row r=\"1\"><c r=\"A1\"><v><b/>1</v></c></row>")),
                left("a run inside a run", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><r><t>y</t></r></r>"
                        + "</is></c></row>")),
                left("text in run properties", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r>"
                        + "<rPr><t>x</t></rPr><t>y</t></r></is></c></row>")),
                left("a phonetic run in run properties", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r>"
                        + "<rPr><rPh><t>x</t></rPh></rPr><t>y</t></r></is></c></row>")),
                left("a phonetic run in a phonetic run", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                        + "<rPh><rPh/></rPh><t>y</t></is></c></row>")),
                left("phonetic properties with content", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                        + "<t>y</t><phoneticPr>x</phoneticPr></is></c></row>")),
                left("an element other than a row in the sheet data", sheet("<row r=\"1\"/><foo/>")),
                left("an element other than a cell in a row", sheet("<row r=\"1\"><foo/></row>")),
                left("a prefixed cell", sheet("<row r=\"1\"><x14ac:c r=\"A1\"/></row>")),
                left("a row outside the sheet data", DECLARATION + ROOT + "<sheetPr><row r=\"5\"/></sheetPr>"
                        + "<sheetData/></worksheet>"),
                left("a cell outside the sheet data", DECLARATION + ROOT + "<c r=\"A1\"><v>1</v></c><sheetData/>"
                        + "</worksheet>"),
                left("sheet data below the root's children", DECLARATION + ROOT + "<extLst><ext uri=\"x\">"
                        + "<sheetData><row r=\"2\"/></sheetData></ext></extLst></worksheet>"),
                left("a merged range out of its list", DECLARATION + ROOT + "<sheetData/><foo><mergeCells>"
                        + "<mergeCell ref=\"A1:B2\"/></mergeCells></foo></worksheet>"),
                left("a merged range in a merged range", DECLARATION + ROOT + "<sheetData/><mergeCells>"
                        + "<mergeCell ref=\"A1:B2\"><mergeCell ref=\"C1:D2\"/></mergeCell></mergeCells></worksheet>"),
                left("encoding ISO-8859-1", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet xmlns=\""
                        + MAIN + "\"><sheetData/></worksheet>"),
                left("encoding UTF-16 declared", "<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet xmlns=\""
                        + MAIN + "\"><sheetData/></worksheet>"),
                left("XML 1.1", "<?xml version=\"1.1\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData/></worksheet>"),
                left("a declaration with something else", "<?xml version=\"1.0\" encoding=\"UTF-8\" x=\"y\"?>"
                        + "<worksheet xmlns=\"" + MAIN + "\"><sheetData/></worksheet>"),
                left("a declaration in the wrong order", "<?xml encoding=\"UTF-8\" version=\"1.0\"?>"
                        + "<worksheet xmlns=\"" + MAIN + "\"><sheetData/></worksheet>"),
                left("a declaration after white space", " <?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\">"
                        + "<sheetData/></worksheet>"),
                left("a declaration inside the root", DECLARATION + ROOT + "<?xml version=\"1.0\"?><sheetData/>"
                        + "</worksheet>"),
                left("an unfinished declaration", "<?xml version=\"1.0\""),
                left("a document type", "<!DOCTYPE worksheet [<!ENTITY e \"x\">]><worksheet xmlns=\"" + MAIN
                        + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>&e;</v></c></row></sheetData>"
                        + "</worksheet>"),
                left("an end tag that does not match in a row", sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></row>")),
                left("an end tag that does not match in a cell", sheet("<row r=\"1\"><c r=\"A1\"><v>1</f></c></row>")),
                left("an end tag that does not match in a run", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                        + "<r><t>y</t></is></c></row>")),
                left("an end tag that does not match in run properties", sheet("<row r=\"1\"><c r=\"A1\""
                        + " t=\"inlineStr\"><is><r><rPr><b></i></rPr><t>y</t></r></is></c></row>")),
                left("an end tag that does not match in a phonetic run", sheet("<row r=\"1\"><c r=\"A1\""
                        + " t=\"inlineStr\"><is><rPh><a></b></rPh><t>y</t></is></c></row>")),
                left("an end tag that does not match outside", DECLARATION + ROOT + "<sheetPr></cols>"
                        + "<sheetData/></worksheet>"),
                left("an end tag that does not match the sheet data", DECLARATION + ROOT + "<sheetData></cols>"
                        + "</worksheet>"),
                left("an end tag with no start", DECLARATION + ROOT + "<sheetData/></worksheet></worksheet>"),
                left("a truncated part", sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").substring(0, 200)),
                left("an undefined entity", sheet("<row r=\"1\"><c r=\"A1\" t=\"str\"><v>&foo;</v></c></row>")),
                left("an undefined entity in an attribute", sheet("<row r=\"1\"><c r=\"A&foo;\"/></row>")),
                left("an undefined entity in a row's style", sheet("<row r=\"1\" s=\"&foo;\"/>")),
                left("an undefined entity in a formula's range", sheet("<row r=\"1\"><c r=\"A1\"><f t=\"shared\""
                        + " ref=\"&foo;\" si=\"0\">1</f></c></row>")),
                left("an undefined entity in a phonetic run", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                        + "<t>y</t><rPh>&foo;</rPh></is></c></row>")),
                left("an undefined entity outside", DECLARATION + ROOT + "<sheetData/><headerFooter>"
                        + "<oddHeader>&foo;</oddHeader></headerFooter></worksheet>"),
                left("a bare ampersand", sheet("<row r=\"1\"><c r=\"A1\" t=\"str\"><v>a & b</v></c></row>")),
                left("a bare ampersand in an attribute", DECLARATION + ROOT + "<sheetPr codeName=\"a&b\"/>"
                        + "<sheetData/></worksheet>"),
                left("a reference to U+0001", sheet("<row r=\"1\"><c r=\"A1\" t=\"str\"><v>&#1;</v></c></row>")),
                left("]]> in a value", sheet("<row r=\"1\"><c r=\"A1\" t=\"str\"><v>a]]>b</v></c></row>")),
                left("]]> outside", DECLARATION + ROOT + "<sheetData/><headerFooter><oddHeader>]]></oddHeader>"
                        + "</headerFooter></worksheet>"),
                left("a < in an attribute", sheet("<row r=\"1\"><c r=\"A<1\"/></row>")),
                left("a text longer than a cell holds", sheet("<row r=\"1\"><c r=\"A1\" t=\"str\"><v>" + longText
                        + "</v></c></row>")),
                left("runs longer than a cell holds", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><t>"
                        + halfText + "</t></r><r><t>" + halfText + "</t></r></is></c></row>")),
                left("a tag longer than the read limit", sheet("<row r=\"1\"" + " ".repeat(ReadLimits.MAX_TOKEN_BYTES)
                        + "/>")),
                left("white space between rows longer than the read limit", sheet("<row r=\"1\"/>"
                        + " ".repeat(ReadLimits.MAX_TOKEN_BYTES) + "<row r=\"2\"/>")),
                left("white space between cells longer than the read limit", sheet("<row r=\"1\"><c r=\"A1\"/>"
                        + "\n".repeat(ReadLimits.MAX_TOKEN_BYTES) + "</row>")),
                left("a comment longer than the read limit", DECLARATION + ROOT + "<!--"
                        + "-x".repeat(ReadLimits.MAX_TOKEN_BYTES / 2 + 1) + "--><sheetData/></worksheet>"),
                left("a cell reference given twice", sheet("<row r=\"1\"><c r=\"A1\" r=\"B1\"><v>1</v></c></row>")),
                left("a row number given twice", sheet("<row r=\"1\" r=\"2\"/>")),
                left("a style given twice", sheet("<row r=\"1\"><c r=\"A1\" s=\"1\" s=\"2\"/></row>")),
                left("a type given twice", sheet("<row r=\"1\"><c r=\"A1\" t=\"s\" t=\"n\"/></row>")),
                left("a merged range given twice", DECLARATION + ROOT + "<sheetData/><mergeCells>"
                        + "<mergeCell ref=\"A1:B2\" ref=\"C1:D2\"/></mergeCells></worksheet>"),
                left("another attribute given twice", sheet("<row r=\"1\" spans=\"1:2\" spans=\"1:3\"/>")),
                left("one attribute under two prefixes", "<worksheet xmlns=\"" + MAIN + "\" xmlns:a=\"urn:a\""
                        + " xmlns:b=\"urn:a\"><sheetData><row a:q=\"1\" b:q=\"2\"/></sheetData></worksheet>"),
                left("a default namespace given twice", "<worksheet xmlns=\"" + MAIN + "\" xmlns=\"" + MAIN + "\">"
                        + "<sheetData/></worksheet>"),
                left("a prefix declared twice", "<worksheet xmlns=\"" + MAIN + "\" xmlns:a=\"urn:a\" xmlns:a=\"urn:b\">"
                        + "<sheetData/></worksheet>"),
                left("a prefixed cell reference", "<worksheet xmlns=\"" + MAIN + "\" xmlns:x=\"urn:x\"><sheetData>"
                        + "<row r=\"1\"><c x:r=\"B2\"><v>1</v></c></row></sheetData></worksheet>"),
                left("a prefixed row number", "<worksheet xmlns=\"" + MAIN + "\" xmlns:x=\"urn:x\"><sheetData>"
                        + "<row x:r=\"3\"/></sheetData></worksheet>"),
                left("a prefix not declared on a row", "<worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                        + "<row r=\"1\" x14ac:dyDescent=\"0.25\"/></sheetData></worksheet>"),
                left("a prefix not declared on an element", DECLARATION + ROOT + "<sheetData/><q:foo/></worksheet>"),
                left("a prefix declared by an element closed", DECLARATION + ROOT + "<extLst xmlns:q=\"urn:q\"/>"
                        + "<q:foo/><sheetData/></worksheet>"),
                left("a prefix not declared in run properties", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                        + "<r><rPr><q:b/></rPr><t>y</t></r></is></c></row>")),
                left("a prefix undeclared", DECLARATION + ROOT + "<sheetPr xmlns:p=\"\"/><sheetData/></worksheet>"),
                left("a name that is not XML", DECLARATION + ROOT + "<sheetPr><a!b/></sheetPr><sheetData/>"
                        + "</worksheet>"),
                left("an attribute name that is not XML", sheet("<row r=\"1\" a!b=\"1\"/>")),
                left("a name in run properties that is not XML", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                        + "<r><rPr><1b/></rPr><t>y</t></r></is></c></row>")),
                left("an attribute without value", sheet("<row r=\"1\"><c r=\"A1\" hidden/></row>")),
                left("attributes without space between", sheet("<row r=\"1\"><c r=\"A1\"s=\"1\"/></row>")),
                left("a comment holding --", DECLARATION + ROOT + "<!-- a -- b --><sheetData/></worksheet>"),
                left("a comment ending with -", DECLARATION + ROOT + "<!-- a ---><sheetData/></worksheet>"),
                left("a processing instruction without target", DECLARATION + ROOT + "<? x?><sheetData/></worksheet>"),
                left("a second root", DECLARATION + ROOT + "<sheetData/></worksheet><worksheet xmlns=\"" + MAIN
                        + "\"/>"),
                left("an element after an empty root", "<worksheet xmlns=\"" + MAIN + "\"/><foo><sheetData>"
                        + "<row r=\"1\"/></sheetData></foo>"),
                left("text before the root", "x<worksheet xmlns=\"" + MAIN + "\"><sheetData/></worksheet>"),
                left("text after the root", DECLARATION + ROOT + "<sheetData/></worksheet>x"),
                left("an empty part", ""),
                // the root, <extLst>, then <a> down to the parser's limit, and <b/> past it
                left("elements nested deeper than the parser reads", DECLARATION + ROOT + "<sheetData/><extLst>"
                        + "<a>".repeat(ReadLimits.MAX_XML_DEPTH - 2) + "<b/>"
                        + "</a>".repeat(ReadLimits.MAX_XML_DEPTH - 2) + "</extLst></worksheet>"));
    }

    private static Arguments left(String name, String part) {
        return Arguments.of(name, bytes(part));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partsLeftToTheParser")
    void leavesToTheParser(String name, byte[] part) {
        assertNotScannable(part);
    }

    static Stream<Arguments> bytesThatAreNotUtf8() {
        return Stream.of(
                Arguments.of("a lone continuation byte", new byte[] {(byte) 0x80}),
                Arguments.of("a lead byte then ASCII", new byte[] {(byte) 0xC3, 'A'}),
                Arguments.of("an overlong two-byte form", new byte[] {(byte) 0xC0, (byte) 0xAF}),
                Arguments.of("an overlong three-byte form", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}),
                Arguments.of("an overlong four-byte form",
                        new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}),
                Arguments.of("a surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                Arguments.of("a code point past U+10FFFF",
                        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}),
                Arguments.of("U+FFFE", new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBE}),
                Arguments.of("a byte UTF-8 never uses", new byte[] {(byte) 0xFF}),
                Arguments.of("a four-byte form cut short", new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}),
                Arguments.of("U+0001 raw", new byte[] {0x01}),
                Arguments.of("U+0000 raw", new byte[] {0x00}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bytesThatAreNotUtf8")
    void leavesTextThatIsNotUtf8ToTheParser(String name, byte[] wrong) throws XMLStreamException {
        for (String[] around : new String[][] {
                {"<row r=\"1\"><c r=\"A1\" t=\"str\"><v>a", "b</v></c></row>"},
                {"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a", "b</t></is></c></row>"},
                {"<row r=\"1\"><c r=\"A1\"><f>a", "b</f></c></row>"},
                {"<row r=\"1\"><c r=\"A", "1\"/></row>"},
                {"<row r=\"1\" spans=\"", "\"/>"}}) {
            byte[] part = concat(bytes(DECLARATION + ROOT + "<sheetData>" + around[0]), wrong,
                    bytes(around[1] + "</sheetData></worksheet>"));

            assertNotScannable(part);
        }
        assertNotScannable(concat(bytes(DECLARATION + ROOT + "<sheetData/><headerFooter><oddHeader>"), wrong,
                bytes("</oddHeader></headerFooter></worksheet>")));
    }

    @Test
    void leavesEveryTruncatedPartToTheParser() {
        byte[] whole = bytes(DECLARATION + ROOT + "<sheetPr><tabColor rgb=\"FF00B050\"/></sheetPr><sheetData>"
                + "<row r=\"1\" x14ac:dyDescent=\"0.25\"><c r=\"A1\" t=\"inlineStr\"><is><r><rPr><b/></rPr>"
                + "<t>Déjà</t></r><rPh><t>x</t></rPh></is></c><c r=\"B1\"><f>1+1</f><v>2</v></c></row><row/>"
                + "</sheetData><mergeCells><mergeCell ref=\"A1:B1\"/></mergeCells><!-- end --></worksheet>");

        for (int length = 0; length < whole.length; length++) {
            byte[] part = Arrays.copyOf(whole, length);

            assertThatThrownBy(() -> ScanOracle.scan(part)).as("the first %d bytes", length)
                    .isInstanceOf(SheetScanner.NotScannable.class);
        }
    }

    /**
     * Parts altered at random from one that contains every shape the scanner reads: whatever the
     * scanner reads, the parser reads alike, and the scanner fails in no other way than giving
     * up, read whole or in chunks of any size.
     */
    @Test
    void agreesWithTheParserOnAlteredParts() {
        byte[] seed = bytes(SheetScannerFuzzTest.SEED);
        assertThat(ScanOracle.disagreement(seed)).isNull();
        Random random = new Random(20_261_205);
        int read = 0;

        for (int i = 0; i < 4000; i++) {
            byte[] part = SheetScannerFuzzTest.alter(seed, random);

            assertThat(ScanOracle.disagreement(part)).as(new String(part, StandardCharsets.UTF_8)).isNull();
            assertThat(ScanOracle.disagreement(part, new ChunkedStream(part, 9, random)))
                    .as(new String(part, StandardCharsets.UTF_8)).isNull();
            read += ScanOracle.parseOrEmpty(part).isPresent() ? 1 : 0;
        }
        // enough of the altered parts are still XML for the comparison to mean something
        assertThat(read).isGreaterThan(200);
    }

    // ---- helpers

    /**
     * Asserts that the scanner reads a part as expected, whole and one byte at a time, and that
     * the parser reads it alike.
     */
    private static void assertScans(String part, Object... expected) throws IOException, XMLStreamException,
            SheetScanner.NotScannable {
        byte[] bytes = bytes(part);
        List<Object> scanned = ScanOracle.scan(bytes);

        assertThat(scanned).containsExactly(expected);
        assertThat(ScanOracle.scan(new ChunkedStream(bytes, 1, null))).isEqualTo(scanned);
        assertThat(ScanOracle.parse(bytes)).isEqualTo(scanned);
    }

    private static void assertNotScannable(byte[] part) {
        assertThatThrownBy(() -> ScanOracle.scan(part)).isInstanceOf(SheetScanner.NotScannable.class);
        assertThatThrownBy(() -> ScanOracle.scan(new ChunkedStream(part, 1, null)))
                .isInstanceOf(SheetScanner.NotScannable.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] piece : pieces) {
            out.writeBytes(piece);
        }
        return out.toByteArray();
    }

    /** A stream that gives at most a few bytes per read, a random number of them when a random is given. */
    static final class ChunkedStream extends InputStream {

        private final ByteArrayInputStream in;
        private final int most;
        private final Random random;

        ChunkedStream(byte[] bytes, int most, Random random) {
            this.in = new ByteArrayInputStream(bytes);
            this.most = most;
            this.random = random;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int chunk = random == null ? most : 1 + random.nextInt(most);
            return in.read(buffer, offset, Math.min(length, chunk));
        }
    }
}
