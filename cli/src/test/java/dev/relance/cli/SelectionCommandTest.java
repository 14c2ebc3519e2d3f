package dev.relance.cli;

import static dev.relance.cli.samples.SampleWorkbookWriter.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.relance.cli.samples.SampleWorkbookWriter;

/** Filters, presets and their usage errors on {@code plan} and {@code run}. */
class SelectionCommandTest {

    private static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    @TempDir
    Path folder;

    Path workbook;

    @BeforeEach
    void writeWorkbook() throws IOException {
        workbook = folder.resolve("factures.xlsx");
        try (SampleWorkbookWriter writer = new SampleWorkbookWriter()) {
            writer.sheet("Clients", List.of(
                            row("Code client", "Nom", "Commercial", "Famille", "Code postal"),
                            row("C001", "Dupont SARL", "Martin", "Export", "75002"),
                            row("C002", "Bernard SA", "Durand", "Détail", "69002"),
                            row("C003", "Corse Bois", "Martin", "Détail", "20090")))
                    .sheet("Factures", List.of(
                            row("N° facture", "Code client", "Échéance", "Montant", "Devise"),
                            row("F-1", "C001", DUE, new BigDecimal("1000.00"), "EUR"),
                            row("F-2", "C002", DUE, new BigDecimal("500.00"), "EUR"),
                            row("F-3", "C002", DUE, new BigDecimal("300.00"), "USD"),
                            row("F-4", "C003", LocalDate.of(2026, 2, 20), new BigDecimal("80.00"),
                                    "EUR")))
                    .sheet("Paramètres", List.of(
                            row("Paramètre", "Valeur"),
                            row("Filtre Export", "famille=Export"),
                            row("Filtre Sud", "departement=69,2A; min-days=20"),
                            row("Filtre Cassé", "region=Sud")))
                    .save(workbook);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --clients C001-C002                   | C001/EUR C002/EUR C002/USD
            --clients c003,C001                   | C001/EUR C003/EUR
            --sales-rep martin                    | C001/EUR C003/EUR
            --category detail --currency usd      | C002/USD
            --postcode 69000-75999                | C001/EUR C002/EUR C002/USD
            --departement 2A                      | C003/EUR
            --min-days 20                         | C001/EUR C002/EUR C002/USD
            --sales-rep Martin --min-days 20      | C001/EUR
            --preset export                       | C001/EUR
            --preset Sud                          | C002/EUR C002/USD
            --preset Sud --min-days 0             | C002/EUR C002/USD C003/EUR
            --preset Export --category Détail     | C002/EUR C002/USD C003/EUR
            """)
    void planKeepsOnlyTheSelectedLetters(String options, String expected) {
        CliRun run = plan(options.split(" "));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(letters(run.json())).containsExactly(expected.split(" "));
    }

    @Test
    void jsonPlanStatesTheFiltersUsed() {
        CliRun run = plan("--preset", "Sud", "--clients", "C001-C099,C150");

        JsonNode filters = run.json().get("filters");
        assertThat(filters.toString()).isEqualTo("{\"clients\":[\"C001-C099\",\"C150\"],"
                + "\"departement\":[\"69\",\"2A\"],\"minDays\":20,\"preset\":\"Sud\"}");
    }

    @Test
    void tablePlanStatesTheFiltersUsed() {
        CliRun run = CliRun.of("plan", workbook.toString(), "--as-of", "2026-03-01",
                "--category", "Export,Détail", "--min-days", "20");

        assertThat(run.out()).contains("Filters: category=Export,Détail; min-days=20");
    }

    @Test
    void clientsFileKeepsTheListedClients() throws IOException {
        Path list = folder.resolve("clients.txt");
        Files.writeString(list, "# June\nC003\nc001   # Dupont\n\n", StandardCharsets.UTF_8);

        CliRun run = plan("--clients-file", list.toString());

        assertThat(letters(run.json())).containsExactly("C001/EUR", "C003/EUR");
        assertThat(run.json().get("filters").get("clientsFile").asText()).isEqualTo(list.toString());
    }

    @Test
    void filteredOutClientsAreNeitherLettersNorSkipped() {
        CliRun run = plan("--clients", "C001");

        assertThat(letters(run.json())).containsExactly("C001/EUR");
        assertThat(run.json().get("skipped")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --clients C099-C001    | relance: --clients: "C099-C001" ends before it starts
            --clients BLANK        | relance: --clients: the value is blank; leave out the option
            --postcode 75999-75000 | relance: --postcode: "75999-75000" ends before it starts
            --departement 99       | relance: --departement: "99" is not a French département
            --currency EURO        | relance: --currency: "EURO" is not a currency code
            --min-days -3          | relance: --min-days: "-3" is not a number of days
            --clients-file nope.txt | relance: --clients-file: nope.txt does not exist
            --level 4              | relance: --level: 4 is not a level of this workbook; expected 1 to 3
            --level 0              | relance: --level: 0 is not a level of this workbook; expected 1 to 3
            --level 2 --mode auto  | relance: --level: a forced level cannot be combined with --mode auto
            --mode forced          | relance: --mode: forced mode needs a level; give --level N
            --preset Nord          | relance: --preset: no preset named "Nord"; the Settings sheet has Export, Sud
            """)
    void invalidChoicesAreUsageErrors(String options, String message) {
        String[] args = Arrays.stream(options.split(" "))
                .map(arg -> arg.equals("BLANK") ? "" : arg)
                .toArray(String[]::new);

        CliRun run = plan(args);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(message)
                .contains("Try 'relance plan --help' for the options.");
    }

    @Test
    void unreadablePresetPointsAtItsCell() {
        CliRun run = plan("--preset", "cassé");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).startsWith("relance: factures.xlsx: Paramètres!B4: the preset Cassé"
                + " cannot be used: \"region\" is not a filter");
    }

    @Test
    void runWritesLettersOfTheSelectedClientsOnly() {
        Path letters = folder.resolve("lettres");

        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", "2026-03-01", "--out",
                letters.toString(), "--sales-rep", "Durand", "--currency", "USD");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        // Beside the letter: the combined PDF and the run summary.
        assertThat(letters.toFile().list()).containsExactlyInAnyOrder("2026-03-01_C002_USD_level-1.pdf",
                "2026-03-01_all-letters.pdf", "run-summary.csv");
    }

    private CliRun plan(String... options) {
        List<String> args = new ArrayList<>(List.of("plan", workbook.toString(), "--as-of",
                "2026-03-01", "--json"));
        args.addAll(Arrays.asList(options));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static List<String> letters(JsonNode plan) {
        List<String> letters = new ArrayList<>();
        plan.get("letters").forEach(letter -> letters.add(letter.get("client").asText() + "/"
                + letter.get("currency").asText()));
        return letters;
    }
}
