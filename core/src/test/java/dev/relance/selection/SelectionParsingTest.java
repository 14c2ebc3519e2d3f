package dev.relance.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.relance.UsageException;

/** Reading filters as typed on the command line, in a preset or in a client list file. */
class SelectionParsingTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            CLIENTS     | C099-C001   | ends before it starts; write the lower code first, e.g. C001-C099
            CLIENTS     | C001-       | is a range with a missing end; expected e.g. C001-C099
            CLIENTS     | ' , '       | has no value; expected one or more values separated by commas
            POSTCODE    | 75999-75000 | ends before it starts; write the lower code first, e.g. 75000-75999
            POSTCODE    | 1-2-3       | is not a postal code or range; expected e.g. 75000-75999 or 69002
            DEPARTEMENT | 99          | is not a French département; expected 01 to 95, 2A, 2B or 971 to 976
            DEPARTEMENT | 2C          | is not a French département; expected 01 to 95, 2A, 2B or 971 to 976
            DEPARTEMENT | 977         | is not a French département; expected 01 to 95, 2A, 2B or 971 to 976
            CURRENCY    | EURO        | is not a currency code; expected three letters, e.g. USD
            MIN_DAYS    | -3          | is not a number of days; expected a whole number of 0 or more, e.g. 30
            MIN_DAYS    | thirty      | is not a number of days; expected a whole number of 0 or more, e.g. 30
            """)
    void rejectsUnreadableValuesNamingTheOption(Filter filter, String value, String message) {
        assertThatThrownBy(() -> Selection.ALL.with(filter, value))
                .isInstanceOf(UsageException.class)
                .hasMessage(filter.option() + ": \"" + value + "\" " + message);
    }

    @Test
    void presetReadsFrenchNamesAndKeepsValuesAsTyped() {
        Selection selection = Presets.parse("Export",
                "clients=C001-C099, C150; Famille=Export;CP=69000-69999; jours de retard=30");

        assertThat(selection.values(Filter.CLIENTS)).containsExactly("C001-C099", "C150");
        assertThat(selection.values(Filter.CATEGORY)).containsExactly("Export");
        assertThat(selection.values(Filter.POSTCODE)).containsExactly("69000-69999");
        assertThat(selection.minDaysOverdue()).contains(30);
        assertThat(selection.preset()).contains("Export");
        assertThat(selection.describe()).isEqualTo("preset Export: clients=C001-C099,C150;"
                + " category=Export; postcode=69000-69999; min-days=30");
    }

    @Test
    void presetRejectsAnUnknownFilter() {
        assertThatThrownBy(() -> Presets.parse("Nord", "region=Nord"))
                .isInstanceOf(UsageException.class)
                .hasMessage("preset Nord: \"region\" is not a filter; expected clients, sales-rep,"
                        + " category, postcode, departement, currency or min-days");
    }

    @Test
    void presetRejectsAPartWithoutEquals() {
        assertThatThrownBy(() -> Presets.parse("Nord", "clients C001"))
                .isInstanceOf(UsageException.class)
                .hasMessage("preset Nord: \"clients C001\" has no \"=\"; expected e.g."
                        + " clients=C001-C099; category=Export");
    }

    @Test
    void optionsReplaceThePresetsFilterOfTheSameKind() {
        Selection preset = Presets.parse("Export", "category=Export; min-days=30");

        Selection run = Selection.ALL.with(Filter.MIN_DAYS, "60").over("Export", preset);

        assertThat(run.values(Filter.CATEGORY)).containsExactly("Export");
        assertThat(run.minDaysOverdue()).contains(60);
    }

    @Test
    void clientListSkipsCommentsBlankLinesAndByteOrderMark() throws IOException {
        Path file = folder.resolve("clients.txt");
        Files.writeString(file, "\uFEFFC001\n# relances de juin\n\n  c002  # Martin\nCL-003\n",
                StandardCharsets.UTF_8);

        ClientList list = ClientList.read(file);

        assertThat(list.keys()).containsExactlyInAnyOrder("c001", "c002", "cl-003");
        assertThat(list.contains("C002 ")).isTrue();
    }

    @Test
    void clientListWithoutCodesIsRejected() throws IOException {
        Path file = folder.resolve("empty.txt");
        Files.writeString(file, "# nobody yet\n\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ClientList.read(file))
                .isInstanceOf(UsageException.class)
                .hasMessage("--clients-file: " + file + " lists no client code;"
                        + " expected one code per line, e.g. C001");
    }

    @Test
    void emptySelectionDescribesNothing() {
        Selection selection = new Selection(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(selection.isEmpty()).isTrue();
        assertThat(selection.describe()).isEmpty();
    }
}
