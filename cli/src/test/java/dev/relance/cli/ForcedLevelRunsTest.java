package dev.relance.cli;

import static dev.relance.cli.samples.SampleWorkbookWriter.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.relance.cli.samples.SampleWorkbookWriter;
import dev.relance.workbook.Row;
import dev.relance.workbook.Workbooks;

/**
 * Successive runs mixing modes: a letter whose level was forced or taken from the client's row
 * is recorded with its mode and does not move the auto mode's escalation.
 */
class ForcedLevelRunsTest {

    @TempDir
    Path folder;

    @Test
    void autoLetterAfterForcedOneContinuesFromTheLastAutoLetter() throws IOException {
        Path workbook = MultiRunTest.oneOverdueInvoice(folder.resolve("suivi.xlsx"));

        int first = runLevel(workbook, "2026-03-01");
        int forced = runLevel(workbook, "2026-04-01", "--level", "3");
        int second = runLevel(workbook, "2026-05-01");

        assertThat(List.of(first, forced, second)).containsExactly(1, 3, 2);
        assertThat(historyColumn(workbook, 4)).containsExactly("1", "3", "2");
        assertThat(historyColumn(workbook, 8)).containsExactly("auto", "forcé", "auto");
        assertThat(historyRows(workbook).get(0).cell(8).display()).isEqualTo("Mode");
    }

    @Test
    void forcedPlanSaysForcedInItsJson() throws IOException {
        Path workbook = MultiRunTest.oneOverdueInvoice(folder.resolve("suivi.xlsx"));

        CliRun run = CliRun.of("plan", workbook.toString(), "--as-of", "2026-03-01", "--level", "2",
                "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.json().get("mode").asText()).isEqualTo("forced");
        assertThat(run.json().get("letters").get(0).get("level").asInt()).isEqualTo(2);
    }

    @Test
    void autoLetterAfterClientModeLetterStartsAtLevelOne() throws IOException {
        Path workbook = folder.resolve("fiche.xlsx");
        try (SampleWorkbookWriter writer = new SampleWorkbookWriter()) {
            writer.sheet("Clients", List.of(
                            row("Code client", "Nom", "Niveau de relance"),
                            row("C001", "Dupont SARL", 3)))
                    .sheet("Factures", List.of(
                            row("N° facture", "Code client", "Échéance", "Montant"),
                            row("F-1", "C001", LocalDate.of(2026, 1, 31), new BigDecimal("1000.00"))))
                    .save(workbook);
        }

        int client = runLevel(workbook, "2026-03-01", "--mode", "client");
        int auto = runLevel(workbook, "2026-04-01");

        assertThat(List.of(client, auto)).containsExactly(3, 1);
        assertThat(historyColumn(workbook, 8)).containsExactly("client", "auto");
    }

    @Test
    void forcedRunAddsModeColumnToAnOlderHistory() throws IOException {
        Path workbook = folder.resolve("ancien.xlsx");
        try (SampleWorkbookWriter writer = new SampleWorkbookWriter()) {
            writer.sheet("Clients", List.of(row("Code client", "Nom"), row("C001", "Dupont SARL")))
                    .sheet("Factures", List.of(
                            row("N° facture", "Code client", "Échéance", "Montant"),
                            row("F-1", "C001", LocalDate.of(2026, 1, 31), new BigDecimal("1000.00"))))
                    .sheet("Relances", List.of(
                            row("Date", "Lot", "Client", "Facture", "Niveau", "Solde", "Devise", "Lettre"),
                            row(LocalDate.of(2026, 2, 15), "2026-02-15", "C001", "F-1", 1,
                                    new BigDecimal("1000.00"), "EUR", "a.pdf")))
                    .save(workbook);
        }

        int forced = runLevel(workbook, "2026-03-01", "--level", "3");
        int auto = runLevel(workbook, "2026-04-01");

        assertThat(List.of(forced, auto)).containsExactly(3, 2);
        assertThat(historyRows(workbook).get(0).cells()).extracting(cell -> cell.display())
                .containsExactly("Date", "Lot", "Client", "Facture", "Niveau", "Solde", "Devise",
                        "Lettre", "Mode", "Niveau précédent", "Relance précédente");
        assertThat(historyColumn(workbook, 8)).containsExactly("", "forcé", "auto");
    }

    private int runLevel(Path workbook, String date, String... options) {
        Path letters = folder.resolve("letters-" + date);
        List<String> args = new ArrayList<>(List.of("run", workbook.toString(), "--as-of", date,
                "--out", letters.toString(), "--json"));
        args.addAll(Arrays.asList(options));

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode letter = run.json().get("letters").get(0);
        return letter.get("level").asInt();
    }

    private static List<Row> historyRows(Path workbook) {
        return Workbooks.read(workbook).findSheet("Relances").orElseThrow().rows();
    }

    /** Returns a history column's cells below the header, as displayed. */
    private static List<String> historyColumn(Path workbook, int column) {
        List<Row> rows = historyRows(workbook);
        return rows.subList(1, rows.size()).stream()
                .map(row -> row.cell(column).display())
                .map(text -> text.endsWith(".0") ? text.substring(0, text.length() - 2) : text)
                .toList();
    }
}
