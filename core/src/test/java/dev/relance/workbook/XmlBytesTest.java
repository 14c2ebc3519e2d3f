package dev.relance.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class XmlBytesTest {

    @Test
    void indexOfFindsEveryPlace() {
        for (int place = 0; place < 20; place++) {
            byte[] bytes = new byte[20];
            java.util.Arrays.fill(bytes, (byte) 'a');
            bytes[place] = '<';
            assertThat(XmlBytes.indexOf(bytes, (byte) '<', 0, 20)).as("at %d", place).isEqualTo(place);
            assertThat(XmlBytes.indexOf(bytes, (byte) '<', place + 1, 20)).isEqualTo(-1);
        }
    }

    @Test
    void indexOfStaysWithinBounds() {
        byte[] bytes = "f.......f.......f".getBytes(StandardCharsets.US_ASCII);

        assertThat(XmlBytes.indexOf(bytes, (byte) 'f', 1, 8)).isEqualTo(-1);
        assertThat(XmlBytes.indexOf(bytes, (byte) 'f', 1, 9)).isEqualTo(8);
        assertThat(XmlBytes.indexOf(bytes, (byte) 'f', 9, 17)).isEqualTo(16);
        assertThat(XmlBytes.indexOf(bytes, (byte) 'f', 9, 16)).isEqualTo(-1);
        assertThat(XmlBytes.indexOf(bytes, (byte) 'f', 5, 5)).isEqualTo(-1);
    }

    @Test
    void indexOfTellsNonAsciiApart() {
        // é is C3 A9 in UTF-8; neither is an f, and a borrow between bytes must not make one
        byte[] bytes = "éééé<ééé".getBytes(StandardCharsets.UTF_8);

        assertThat(XmlBytes.indexOf(bytes, (byte) 'f', 0, bytes.length)).isEqualTo(-1);
        assertThat(XmlBytes.indexOf(bytes, (byte) '<', 0, bytes.length)).isEqualTo(8);
        assertThat(XmlBytes.indexOf(bytes, (byte) 0xA9, 2, bytes.length)).isEqualTo(3);
    }

    @Test
    void findsPlainBytes() {
        assertThat(isPlain("C001 Dupont 1.5E-3 ]]", true)).isTrue();
        assertThat(isPlain("C001 Dupont 1.5E-3 ]]", false)).isTrue();
        assertThat(isPlain("", true)).isTrue();
        assertThat(isPlain("\u007f", true)).isTrue();
    }

    @Test
    void findsLineFeedsPlainInTextOnly() {
        assertThat(isPlain("a\tb\nc", true)).isTrue();
        assertThat(isPlain("a\tb", false)).isFalse();
        assertThat(isPlain("a\nb", false)).isFalse();
        assertThat(isPlain("a\rb", true)).isFalse();
    }

    @Test
    void findsReferencesControlsAndNonAsciiNotPlain() {
        assertThat(isPlain("a&amp;b", true)).isFalse();
        assertThat(isPlain("a&amp;b", false)).isFalse();
        assertThat(isPlain("a<b", false)).isFalse();
        assertThat(isPlain("\u0001", true)).isFalse();
        assertThat(isPlain("é", true)).isFalse();
        assertThat(isPlain("é", false)).isFalse();
    }

    @Test
    void findsGreaterThanNotPlainInText() {
        // left to the decoding, which refuses the ]]> that text may not hold
        assertThat(isPlain("a>b", true)).isFalse();
        assertThat(isPlain("a>b", false)).isTrue();
    }

    @Test
    void findsWhiteSpace() {
        assertThat(XmlBytes.isWhiteSpace(bytes(" \t\r\n"), 0, 4)).isTrue();
        assertThat(XmlBytes.isWhiteSpace(bytes(""), 0, 0)).isTrue();
        assertThat(XmlBytes.isWhiteSpace(bytes(" a "), 0, 3)).isFalse();
        assertThat(XmlBytes.isWhiteSpace(bytes(" a "), 2, 3)).isTrue();
        assertThat(XmlBytes.isWhiteSpace(bytes("\u00a0"), 0, 2)).isFalse();
        assertThat(XmlBytes.isWhiteSpace(bytes("\f"), 0, 1)).isFalse();
    }

    @Test
    void readsPlainTextAsItIs() {
        assertThat(text("Boulangerie Dupont SARL")).isEqualTo("Boulangerie Dupont SARL");
        assertThat(attribute("A1:B2")).isEqualTo("A1:B2");
        assertThat(text("")).isEmpty();
    }

    @Test
    void readsTheRangeGivenOnly() {
        byte[] bytes = bytes("<v>&amp;12</v>");

        assertThat(XmlBytes.text(bytes, 3, 10)).isEqualTo("&12");
        assertThat(XmlBytes.attribute(bytes, 8, 10)).isEqualTo("12");
    }

    @Test
    void replacesPredefinedEntities() {
        assertThat(text("&lt;&gt;&amp;&quot;&apos;")).isEqualTo("<>&\"'");
        assertThat(attribute("&lt;&gt;&amp;&quot;&apos;")).isEqualTo("<>&\"'");
    }

    @Test
    void replacesCharacterReferences() {
        assertThat(text("&#65;&#x41;&#x0041;&#xe9;&#xE9;&#233;&#x1F600;&#128512;"))
                .isEqualTo("AAAééé😀😀");
        assertThat(text("&#9;&#10;&#13;")).isEqualTo("\t\n\r");
        assertThat(text("&#x10FFFF;")).isEqualTo(new String(Character.toChars(0x10FFFF)));
    }

    @Test
    void keepsBracketsNotEndingCdata() {
        assertThat(text("a > b")).isEqualTo("a > b");
        assertThat(text("]]")).isEqualTo("]]");
        assertThat(text("] ]>")).isEqualTo("] ]>");
        assertThat(text("]&#93;>")).isEqualTo("]]>");
        assertThat(attribute("a]]>b")).isEqualTo("a]]>b");
    }

    @Test
    void rejectsCdataEndInText() {
        assertThat(text("a]]>b")).isNull();
        assertThat(text("]]]>")).isNull();
    }

    @Test
    void readsUtf8OfTwoThreeAndFourBytes() {
        assertThat(text("é € 😀")).isEqualTo("é € 😀");
        assertThat(attribute("é € 😀")).isEqualTo("é € 😀");
        assertThat(text("\uE000\uFFFD")).isEqualTo("\uE000\uFFFD");
        assertThat(XmlBytes.text(new byte[] {(byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}, 0, 4))
                .isEqualTo(new String(Character.toChars(0x10FFFF)));
    }

    @Test
    void normalisesLineEndsInText() {
        assertThat(text("a\r\nb\rc\nd\r")).isEqualTo("a\nb\nc\nd\n");
        assertThat(text("a\r\r\nb")).isEqualTo("a\n\nb");
        assertThat(text("tab\there")).isEqualTo("tab\there");
    }

    @Test
    void makesWhiteSpaceSpacesInAttributes() {
        assertThat(attribute("a\tb\nc\r\nd\re")).isEqualTo("a b c d e");
        assertThat(attribute(" 3 ")).isEqualTo(" 3 ");
        // a character reference is not normalised
        assertThat(attribute("a&#9;b&#10;c&#13;")).isEqualTo("a\tb\nc\r");
    }

    @ParameterizedTest
    @ValueSource(strings = {"&", "a & b", "&amp", "&foo;", "&AMP;", "&;", "&#;", "&#x;", "&#X41;", "&#-65;",
        "&#+65;", "&#x+41;", "&# 65;", "&#65 ;", "&#6.5;", "&#xG1;", "&#0;", "&#1;", "&#x1F;", "&#xD800;",
        "&#xDFFF;", "&#xFFFE;", "&#xFFFF;", "&#x110000;", "&#99999999999;"})
    void rejectsReferencesToInvalidCharacters(String reference) {
        assertThat(text(reference)).isNull();
        assertThat(attribute(reference)).isNull();
    }

    @Test
    void rejectsOverlongReferences() {
        // valid XML, which the parser reads; no writer pads a reference so
        assertThat(text("&#00000000000065;")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001F"})
    void rejectsControlCharacters(String control) {
        assertThat(text("a" + control + "b")).isNull();
        assertThat(attribute("a" + control + "b")).isNull();
    }

    @Test
    void rejectsLessThan() {
        assertThat(XmlBytes.text(bytes("a<b"), 0, 3)).isNull();
        assertThat(XmlBytes.attribute(bytes("a<b"), 0, 3)).isNull();
        assertThat(XmlBytes.text(bytes("é<"), 0, 3)).isNull();
    }

    static Stream<Arguments> bytesThatAreNotUtf8() {
        return Stream.of(
                Arguments.of("a lone continuation byte", new byte[] {(byte) 0x80}),
                Arguments.of("a continuation byte after a whole character",
                        new byte[] {(byte) 0xC3, (byte) 0xA9, (byte) 0xA9}),
                Arguments.of("a lead byte at the end", new byte[] {(byte) 0xC3}),
                Arguments.of("a lead byte then ASCII", new byte[] {(byte) 0xC3, 'A'}),
                Arguments.of("a three-byte form cut short", new byte[] {(byte) 0xE2, (byte) 0x82}),
                Arguments.of("a three-byte form broken", new byte[] {(byte) 0xE2, 'A', (byte) 0xAC}),
                Arguments.of("a four-byte form cut short", new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}),
                Arguments.of("an overlong two-byte form of /", new byte[] {(byte) 0xC0, (byte) 0xAF}),
                Arguments.of("an overlong two-byte form of DEL", new byte[] {(byte) 0xC1, (byte) 0xBF}),
                Arguments.of("an overlong three-byte form", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}),
                Arguments.of("the highest overlong three-byte form",
                        new byte[] {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}),
                Arguments.of("an overlong four-byte form",
                        new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}),
                Arguments.of("the highest overlong four-byte form",
                        new byte[] {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}),
                Arguments.of("the first surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                Arguments.of("the last surrogate", new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}),
                Arguments.of("U+FFFE", new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBE}),
                Arguments.of("U+FFFF", new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBF}),
                Arguments.of("a code point past U+10FFFF",
                        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}),
                Arguments.of("the lead byte F5", new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}),
                Arguments.of("the byte FE", new byte[] {(byte) 0xFE}),
                Arguments.of("the byte FF", new byte[] {(byte) 0xFF}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bytesThatAreNotUtf8")
    void rejectsInvalidUtf8(String name, byte[] wrong) {
        byte[] bytes = new byte[wrong.length + 2];
        bytes[0] = 'a';
        System.arraycopy(wrong, 0, bytes, 1, wrong.length);
        bytes[bytes.length - 1] = 'b';

        assertThat(XmlBytes.text(bytes, 0, bytes.length)).isNull();
        assertThat(XmlBytes.attribute(bytes, 0, bytes.length)).isNull();
        assertThat(XmlBytes.text(wrong, 0, wrong.length)).isNull();
    }

    @Test
    void rejectsCharacterCutByRangeEnd() {
        byte[] euro = bytes("€");

        assertThat(XmlBytes.text(euro, 0, 2)).isNull();
        assertThat(XmlBytes.text(euro, 0, 3)).isEqualTo("€");
    }

    private static boolean isPlain(String text, boolean inText) {
        byte[] bytes = bytes(text);
        return XmlBytes.isPlain(bytes, 0, bytes.length, inText);
    }

    private static String text(String text) {
        byte[] bytes = bytes(text);
        return XmlBytes.text(bytes, 0, bytes.length);
    }

    private static String attribute(String text) {
        byte[] bytes = bytes(text);
        return XmlBytes.attribute(bytes, 0, bytes.length);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
