package dev.relance.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterXmlEscapingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Dupont & Fils|Dupont &amp; Fils",
        "<script>|&lt;script&gt;",
        "l'atelier \"Bleu\"|l&#39;atelier &quot;Bleu&quot;",
        "#set($x=1) ${total}|#set($x=1) ${total}",
        "1\u202F234,56\u00A0€|1\u202F234,56\u00A0€",
        "Café 🙂|Café 🙂",
        "Dupont\u0001\u000B SARL|Dupont SARL",
        "tab\there|tab\there",
    })
    void escapesMarkupAndDropsInvalidCharacters(String text, String expected) {
        String escaped = XmlEscaping.escape(text);

        assertThat(escaped).isEqualTo(expected);
    }
}
