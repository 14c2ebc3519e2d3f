package dev.relance.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaScanTest {

    @ParameterizedTest
    @ValueSource(strings = {"<c><f>A1*2</f></c>", "<x:f>A1</x:f>", "<f/>", "<f t=\"shared\" si=\"0\"/>",
        "<f\tt=\"array\">", "<f\r\n>", "<f\n>"})
    void findsFormulaTags(String part) {
        assertThat(found(part)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "f", "<f", "<ff>", "<if>", "<fa>", "of the file ", "</f>", "f>", "<c r=\"F1\"/>",
        "<v>2</v><t>if/else</t>"})
    void findsNoFormulaInOtherTags(String part) {
        assertThat(found(part)).isFalse();
    }

    @Test
    void findsTagCutBetweenWrites() {
        byte[] part = "<row><c r=\"A1\"><x:f>A2</x:f></c></row>".getBytes(StandardCharsets.US_ASCII);
        for (int cut = 0; cut <= part.length; cut++) {
            FormulaScan scan = new FormulaScan();
            scan.scan(part, 0, cut);
            scan.scan(part, cut, part.length - cut);
            assertThat(scan.found()).as("cut at %d", cut).isTrue();
        }
    }

    @Test
    void findsTagOneByteAtATime() {
        byte[] part = "<c><f>1</f></c>".getBytes(StandardCharsets.US_ASCII);
        FormulaScan scan = new FormulaScan();
        for (int i = 0; i < part.length; i++) {
            scan.scan(part, i, 1);
        }
        assertThat(scan.found()).isTrue();
    }

    @Test
    void agreesWithRuleOnRandomParts() {
        Random random = new Random(20261205);
        byte[] alphabet = "<:f> /\tax".getBytes(StandardCharsets.US_ASCII);
        for (int round = 0; round < 5_000; round++) {
            byte[] part = new byte[random.nextInt(40)];
            for (int i = 0; i < part.length; i++) {
                part[i] = alphabet[random.nextInt(alphabet.length)];
            }
            FormulaScan scan = new FormulaScan();
            for (int from = 0; from < part.length; ) {
                int length = Math.min(part.length - from, random.nextInt(12));
                scan.scan(part, from, length);
                from += length;
            }
            assertThat(scan.found()).as(new String(part, StandardCharsets.US_ASCII))
                    .isEqualTo(hasFormulaTag(part));
        }
    }

    private static boolean found(String part) {
        byte[] bytes = part.getBytes(StandardCharsets.US_ASCII);
        FormulaScan scan = new FormulaScan();
        scan.scan(bytes, 0, bytes.length);
        return scan.found();
    }

    /** Applies the rule byte by byte: an f after < or : and before the end of a name. */
    private static boolean hasFormulaTag(byte[] part) {
        for (int i = 1; i + 1 < part.length; i++) {
            boolean before = part[i - 1] == '<' || part[i - 1] == ':';
            boolean after = " \t\r\n>/".indexOf(part[i + 1]) >= 0;
            if (before && part[i] == 'f' && after) {
                return true;
            }
        }
        return false;
    }
}
