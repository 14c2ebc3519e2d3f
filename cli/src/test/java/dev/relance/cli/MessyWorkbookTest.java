package dev.relance.cli;

import static dev.relance.cli.samples.SampleWorkbookWriter.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.relance.cli.samples.SampleWorkbookWriter;

/**
 * A workbook as people make them: title rows, headers in odd case, French text dates and amounts
 * with narrow no-break spaces, a formula balance, a client referenced by name and a bad date.
 */
class MessyWorkbookTest {

    private static final String NARROW_NBSP = "\u202F";

    @TempDir
    Path folder;

    @Test
    void messyWorkbookGivesLettersAndReportsBadDate() throws IOException {
        Path workbook = messyWorkbook(folder.resolve("Relances clients.xlsx"));

        CliRun run = CliRun.of("plan", workbook.toString(), "--as-of", "2026-12-04", "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode plan = run.json();
        assertThat(SampleWorkbooksTest.letterSummaries(plan)).containsExactly(
                "C001 EUR level 1 total 1734.56 [F-10 1234.56 48d 0>1, F-11 500.00 33d 0>1] []",
                "C002 EUR level 1 total 2000.00 [F-12 2000.00 64d 0>1] []");
        assertThat(plan.get("problems")).hasSize(1);
        JsonNode problem = plan.get("problems").get(0);
        assertThat(problem.get("sheet").asText()).isEqualTo("Factures");
        assertThat(problem.get("cell").asText()).isEqualTo("D9");
        assertThat(problem.get("value").asText()).isEqualTo("31/02/2026");
    }

    @Test
    void humanOutputListsLettersThenProblems() throws IOException {
        Path workbook = messyWorkbook(folder.resolve("messy.xlsx"));

        CliRun run = CliRun.of("plan", workbook.toString(), "--as-of", "2026-12-04");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Plan for 2026-12-04 (mode auto): 2 letter(s), 0 skipped, 1 problem(s)");
        assertThat(run.out()).contains("C001", "Boulangerie Dupont", "1,734.56", "F-10, F-11");
        assertThat(run.err()).contains("Factures!D9: \"31/02/2026\"");
    }

    static Path messyWorkbook(Path file) throws IOException {
        try (SampleWorkbookWriter writer = new SampleWorkbookWriter()) {
            writer.sheet("CLIENTS ", Arrays.asList(
                            row("Fichier clients 2026"),
                            null,
                            row("code CLIENT", "  raison  sociale ", "Code Postal", "VILLE"),
                            row("C001", "Boulangerie Dupont", "01000", "Bourg-en-Bresse"),
                            row("C002", "Garage du Lac", "74000", "Annecy")))
                    .sheet("Factures", Arrays.asList(
                            row("Suivi des factures"),
                            row("Exercice 2026"),
                            null,
                            row("n° FACTURE", "Client", "date facture", "ÉCHÉANCE", "Montant ttc", "réglé",
                                    "Reste dû"),
                            null,
                            row("F-10", "C001", "15 septembre 2026", "17/10/2026", "1" + NARROW_NBSP + "234,56 €"),
                            row("F-11", "boulangerie  DUPONT", LocalDate.of(2026, 10, 2), "1 novembre 2026",
                                    new BigDecimal("800.00"), new BigDecimal("300.00"), "=E7-F7"),
                            row("F-12", "C002", "2026-09-01", LocalDate.of(2026, 10, 1), "2\u00A0000,00 €"),
                            row("F-13", "C002", "2026-09-01", "31/02/2026", "150,00"),
                            row("Total", null, null, null, "=SUM(E6:E9)")))
                    .save(file);
        }
        return file;
    }
}
