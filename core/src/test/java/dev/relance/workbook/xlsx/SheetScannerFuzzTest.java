package dev.relance.workbook.xlsx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given to the scanner as a worksheet part are read as the XML parser reads them, or
 * left to it: the scanner never gives another value, and fails in no other way. Run with
 * {@code -Pfuzz}; {@link SheetScannerTest} also runs parts altered at random from {@link #SEED}.
 */
class SheetScannerFuzzTest {

    /** A part with every shape the scanner reads, and much it skips. */
    static final String SEED = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
            + "<worksheet xmlns=\"" + RawXlsx.MAIN + "\" xmlns:r=\"" + RawXlsx.RELATIONSHIPS + "\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" mc:Ignorable=\"x14ac\""
            + " xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\">"
            + "<sheetPr><tabColor rgb=\"FF00FF00\"/></sheetPr><dimension ref=\"A1:C3\"/>"
            + "<cols><col min=\"1\" max=\"2\" width=\"12.5\" customWidth=\"1\"/></cols>\n"
            + "<sheetData>\n  <row r=\"1\" spans=\"1:3\" x14ac:dyDescent=\"0.25\">\n"
            + "    <c r=\"A1\" s=\"1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
            + " a &amp; b </t></is></c><c r=\"C1\"><f>A1+1</f><v>2</v></c></row>\n"
            + "  <row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><r><rPr><b/><sz val=\"11\"/></rPr><t>Déjà </t></r>"
            + "<r><t>vu_x000D_</t></r><rPh sb=\"0\" eb=\"1\"><t>デ</t></rPh><phoneticPr fontId=\"1\"/></is></c>"
            + "<c r=\"B2\" t=\"str\"><f t=\"shared\" ref=\"B2:B3\" si=\"0\">C1&amp;\"x\"</f><v>&#x1F600;\r\n</v></c>"
            + "</row>\n  <row><c><v/></c><c t=\"e\"><v></v></c><c r=\"C3\" cm=\"1\"/></row><row r=\"5\"/>\n"
            + "</sheetData>\n<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>"
            + "<headerFooter><oddHeader>&amp;L&amp;\"Arial\"Page</oddHeader></headerFooter>"
            + "<extLst><ext uri=\"{1}\" xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\">"
            + "<x14:x a=\"1\"/></ext></extLst></worksheet>";

    /** Pieces of markup an alteration inserts: what the scanner reads, and what it must not. */
    private static final String[] PIECES = {
        "<!--x-->", "<?pi x?>", "]]>", "]]", "&foo;", "&#1;", "&#x41;", "&amp;", " xmlns=\"urn:x\"",
        " xmlns=\"" + RawXlsx.MAIN + "\"", " x:r=\"B2\"", " xmlns:x=\"urn:x\"", " xmlns:x=\"" + RawXlsx.MAIN + "\"",
        "<c r=\"Z9\"><v>1</v></c>", "<row r=\"9\">", "</row>", "<row>", "<t>q</t>", "<![CDATA[x]]>", "\u00c0\u0080",
        "\r\n", "\r", "q:", "x:", "<rPh><t>z</t></rPh>", "<mergeCell ref=\"A1:B1\"/>", "<sheetData>",
        "</sheetData>", "<c>", "</c>", "<v>", "</v>", "<is>", "</is>", "<r>", "</r>", "<rPr>", "</rPr>", "/>", ">",
        "<", "\"", "'", " r=\"A1\"", " s=\"2\"", " t=\"n\"", " ref=\"A1\"", "=", " ", "\t", "-", "--",
        "<!DOCTYPE x>", "<x/>", "<x>", "</x>", "</worksheet>", "<worksheet>", "<f>", "</f>", "<b/>",
        "<?xml version=\"1.0\"?>", "\uFEFF", "\u0001", "&#0;", "&#xD800;", "&lt;", "<phoneticPr/>",
        " xml:space=\"preserve\"", "é", "😀"};

    @FuzzTest
    void readsAnyPartAsTheParser(byte[] part) {
        String disagreement = ScanOracle.disagreement(part);
        if (disagreement != null) {
            throw new AssertionError(disagreement);
        }
    }

    /** Returns a part altered from another at one to three random places. */
    static byte[] alter(byte[] part, Random random) {
        byte[] altered = part;
        for (int count = 1 + random.nextInt(3); count > 0; count--) {
            int at = random.nextInt(altered.length + 1);
            int cut = 0;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(altered, 0, at);
            switch (random.nextInt(5)) {
                case 0 -> cut = 1 + random.nextInt(8);
                case 1 -> out.writeBytes(piece(random));
                case 2 -> {
                    out.write(random.nextInt(256));
                    cut = 1;
                }
                case 3 -> {
                    int from = random.nextInt(altered.length);
                    out.write(altered, from, Math.min(altered.length - from, 1 + random.nextInt(30)));
                }
                default -> {
                    out.writeBytes(piece(random));
                    cut = random.nextInt(6);
                }
            }
            int rest = Math.min(altered.length, at + cut);
            out.write(altered, rest, altered.length - rest);
            altered = out.toByteArray();
        }
        return altered;
    }

    private static byte[] piece(Random random) {
        return PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8);
    }
}
