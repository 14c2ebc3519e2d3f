package dev.relance.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.relance.RelanceException;
import dev.relance.ledger.Language;

class LetterTemplatesTest {

    private static final LetterTemplates TEMPLATES = new LetterTemplates();
    private static final Map<String, Object> VALUES = Map.of("letter", Map.of("total", "1 234,56 €"));

    @Test
    void choosesClientLanguage() {
        LetterTemplates.Choice choice = TEMPLATES.choose(Optional.of(Language.EN), Language.FR, 2);

        assertThat(choice.name()).isEqualTo("dev/relance/templates/letter-en-2.vm");
        assertThat(choice.language()).isEqualTo(Language.EN);
    }

    @Test
    void choosesWorkbookLanguageWhenClientHasNone() {
        LetterTemplates.Choice choice = TEMPLATES.choose(Optional.empty(), Language.FR, 1);

        assertThat(choice.name()).isEqualTo("dev/relance/templates/letter-fr-1.vm");
        assertThat(choice.language()).isEqualTo(Language.FR);
    }

    @Test
    void choosesHighestLevelAboveThree() {
        LetterTemplates.Choice choice = TEMPLATES.choose(Optional.empty(), Language.EN, 5);

        assertThat(choice.name()).isEqualTo("dev/relance/templates/letter-en-3.vm");
    }

    @Test
    void escapesInsertedValues() {
        Map<String, Object> values = Map.of("letter", Map.of("total", "<b>&'\"</b>"));

        String xhtml = TEMPLATES.merge("dev/relance/letters/insert.vm", values);

        assertThat(xhtml).isEqualTo("<p>&lt;b&gt;&amp;&#39;&quot;&lt;/b&gt;</p>\n");
    }

    @Test
    void templateCannotCallClassMethods() {
        assertThatThrownBy(() -> TEMPLATES.merge("dev/relance/letters/reflection.vm", VALUES))
                .isInstanceOf(RelanceException.class)
                .hasMessageContaining("'java.lang.Class' does not contain method forName");
    }

    @Test
    void parseErrorMessageIsOneLine() {
        assertThatThrownBy(() -> TEMPLATES.merge("dev/relance/letters/unclosed.vm", VALUES))
                .isInstanceOf(RelanceException.class)
                .hasMessage("letter template dev/relance/letters/unclosed.vm failed:"
                        + " Encountered \"/\" at dev/relance/letters/unclosed.vm[line 2, column 22]");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "dev/relance/letters/unclosed.vm",
        "dev/relance/letters/misspelt.vm",
        "dev/relance/letters/reflection.vm",
        "dev/relance/templates/letter-de-1.vm",
    })
    void failingTemplateIsNamedInError(String templateName) {
        assertThatThrownBy(() -> TEMPLATES.merge(templateName, VALUES))
                .isInstanceOf(RelanceException.class)
                .hasMessageContaining("letter template " + templateName);
    }
}
