package dev.relance.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.RelanceException;
import dev.relance.ledger.Language;

class LetterTemplatesTest {

    private static final LetterTemplates DEFAULTS = new LetterTemplates();
    private static final Map<String, Object> VALUES = Map.of("letter", Map.of("total", "1 234,56 €"));

    @TempDir
    Path folder;

    private LetterTemplates userTemplates(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
        return new LetterTemplates(Optional.of(folder), LetterTemplates.DEFAULT_FOLDER);
    }

    @Test
    void choosesClientLanguage() {
        LetterTemplates.Choice choice = DEFAULTS.choose("letter", Optional.of(Language.EN), Language.FR, 2);

        assertThat(choice).isEqualTo(new LetterTemplates.Choice("letter-en-2.vm", Language.EN, false));
    }

    @Test
    void choosesWorkbookLanguageWhenClientHasNone() {
        LetterTemplates.Choice choice = DEFAULTS.choose("letter", Optional.empty(), Language.FR, 1);

        assertThat(choice).isEqualTo(new LetterTemplates.Choice("letter-fr-1.vm", Language.FR, false));
    }

    @Test
    void choosesHighestLevelAboveThree() {
        LetterTemplates.Choice choice = DEFAULTS.choose("email", Optional.empty(), Language.EN, 5);

        assertThat(choice.name()).isEqualTo("email-en-3.vm");
    }

    @Test
    void fallsBackToWorkbookLanguageWhenClientLanguageHasNoTemplate() {
        LetterTemplates frenchOnly =
                new LetterTemplates(Optional.empty(), "dev/relance/letters/french-only/");

        LetterTemplates.Choice choice = frenchOnly.choose("letter", Optional.of(Language.EN), Language.FR, 2);

        assertThat(choice).isEqualTo(new LetterTemplates.Choice("letter-fr-1.vm", Language.FR, true));
    }

    @Test
    void missingWorkbookLanguageTemplateIsAnError() {
        LetterTemplates frenchOnly =
                new LetterTemplates(Optional.empty(), "dev/relance/letters/french-only/");

        assertThatThrownBy(() -> frenchOnly.choose("letter", Optional.empty(), Language.EN, 1))
                .isInstanceOf(RelanceException.class)
                .hasMessage("no letter template for language en at level 1: expected letter-en-1.vm"
                        + " in the default templates");
    }

    @Test
    void userTemplateReplacesDefaultOfSameName() throws IOException {
        LetterTemplates templates = userTemplates("letter-fr-1.vm", "<p>Ma lettre : $letter.total</p>\n");

        String xhtml = templates.merge("letter-fr-1.vm", VALUES);

        assertThat(xhtml).isEqualTo("<p>Ma lettre : 1 234,56 €</p>\n");
    }

    @Test
    void userTemplateIncludesDefaultItDoesNotReplace() throws IOException {
        LetterTemplates templates = userTemplates("letter-fr-1.vm", "#include(\"index.txt\")");

        String text = templates.merge("letter-fr-1.vm", VALUES);

        assertThat(text).contains("\nletter-layout.vm\n");
    }

    @Test
    void escapesInsertedValues() throws IOException {
        LetterTemplates templates = userTemplates("insert.vm", "<p>$letter.total</p>\n");
        Map<String, Object> values = Map.of("letter", Map.of("total", "<b>&'\"</b>"));

        String xhtml = templates.merge("insert.vm", values);

        assertThat(xhtml).isEqualTo("<p>&lt;b&gt;&amp;&#39;&quot;&lt;/b&gt;</p>\n");
    }

    @Test
    void userTemplateCannotReachClasses() throws IOException {
        LetterTemplates templates = userTemplates("letter-fr-1.vm",
                "## Hostile\n<p>$letter.total.getClass().forName(\"java.lang.Runtime\")</p>\n");

        assertThatThrownBy(() -> templates.merge("letter-fr-1.vm", VALUES))
                .isInstanceOf(RelanceException.class)
                .hasMessageStartingWith("letter template " + folder.resolve("letter-fr-1.vm")
                        + ", line 2, column 29 failed: ")
                .hasMessageContaining("'java.lang.Class' does not contain method forName");
    }

    @Test
    void userTemplateCannotReadFileOutsideItsFolder() throws IOException {
        Files.writeString(folder.getParent().resolve("secret.txt"), "secret");
        LetterTemplates templates = userTemplates("letter-fr-1.vm", "#include(\"../secret.txt\")");

        assertThatThrownBy(() -> templates.merge("letter-fr-1.vm", VALUES))
                .isInstanceOf(RelanceException.class)
                .hasMessage("letter template " + folder.resolve("letter-fr-1.vm") + " failed: a"
                        + " template it needs is missing from " + folder + " or the default templates:"
                        + " Unable to find resource '../secret.txt'");
    }

    @Test
    void parseErrorNamesFileLineAndColumn() throws IOException {
        LetterTemplates templates = userTemplates("letter-en-2.vm", "## Unclosed\n<p>#if($letter.total</p>\n");

        assertThatThrownBy(() -> templates.merge("letter-en-2.vm", VALUES))
                .isInstanceOf(RelanceException.class)
                .hasMessage("letter template " + folder.resolve("letter-en-2.vm")
                        + ", line 2, column 22 failed: Encountered \"/\"");
    }

    @Test
    void misspeltReferenceNamesFileLineAndColumn() throws IOException {
        LetterTemplates templates = userTemplates("letter-en-2.vm", "<p>$letter.totl</p>\n");

        assertThatThrownBy(() -> templates.merge("letter-en-2.vm", VALUES))
                .isInstanceOf(RelanceException.class)
                .hasMessageStartingWith("letter template " + folder.resolve("letter-en-2.vm")
                        + ", line 1, column 4 failed: ");
    }

    @Test
    void missingTemplateIsNamedInError() {
        assertThatThrownBy(() -> DEFAULTS.merge("letter-de-1.vm", VALUES))
                .isInstanceOf(RelanceException.class)
                .hasMessageStartingWith("letter template letter-de-1.vm (default template) failed:");
    }
}
