package dev.relance.cli;

import static dev.relance.cli.samples.SampleWorkbookWriter.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.relance.cli.samples.SampleWorkbookWriter;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbooks;

/** Successive runs on one workbook, as a firm does month after month. */
class MultiRunTest {

    @TempDir
    Path folder;

    @Test
    void monthlyRunsEscalateToMaximumLevel() throws IOException {
        Path workbook = oneOverdueInvoice(folder.resolve("suivi.xlsx"));

        List<Integer> levels = Stream.of("2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01")
                .map(date -> runLevel(workbook, date))
                .toList();

        assertThat(levels).containsExactly(1, 2, 3, 3);
        assertThat(historyLevels(workbook)).containsExactly(1, 2, 3, 3);
    }

    @Test
    void secondRunOnSameDayLeavesHistoryUnchanged() throws IOException {
        Path workbook = oneOverdueInvoice(folder.resolve("suivi.xlsx"));
        runLevel(workbook, "2026-03-01");
        List<Row> historyAfterFirst = historyRows(workbook);

        int secondLevel = runLevel(workbook, "2026-03-01");

        assertThat(secondLevel).isEqualTo(1);
        assertThat(historyRows(workbook)).isEqualTo(historyAfterFirst);
    }

    @Test
    void runWritesLetterNamedAfterClientAndLevel() throws IOException {
        Path workbook = oneOverdueInvoice(folder.resolve("suivi.xlsx"));

        runLevel(workbook, "2026-03-01");

        assertThat(folder.resolve("letters-2026-03-01").resolve("2026-03-01_C001_EUR_level-1.pdf")).isRegularFile();
    }

    @Test
    void runRecordsLastReminderOnClientRow() throws IOException {
        Path workbook = oneOverdueInvoice(folder.resolve("suivi.xlsx"));

        runLevel(workbook, "2026-03-01");

        Sheet clients = Workbooks.read(workbook).findSheet("Clients").orElseThrow();
        assertThat(clients.rows().get(0).cells()).extracting(cell -> cell.display())
                .containsExactly("Code client", "Nom", "Dernière relance", "Dernier niveau");
        assertThat(clients.rows().get(1).cell(2).display()).isEqualTo("2026-03-01");
        assertThat(new BigDecimal(clients.rows().get(1).cell(3).display())).isEqualByComparingTo("1");
    }

    private int runLevel(Path workbook, String date) {
        Path letters = folder.resolve("letters-" + date);
        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", date, "--out", letters.toString(), "--json");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode letter = run.json().get("letters").get(0);
        return letter.get("level").asInt();
    }

    private static List<Row> historyRows(Path workbook) {
        return Workbooks.read(workbook).findSheet("Relances").orElseThrow().rows();
    }

    private static List<Integer> historyLevels(Path workbook) {
        List<Row> rows = historyRows(workbook);
        return rows.subList(1, rows.size()).stream()
                .map(row -> new BigDecimal(row.cell(4).display()).intValueExact())
                .toList();
    }

    static Path oneOverdueInvoice(Path file) throws IOException {
        try (SampleWorkbookWriter writer = new SampleWorkbookWriter()) {
            writer.sheet("Clients", List.of(
                            row("Code client", "Nom"),
                            row("C001", "Dupont SARL")))
                    .sheet("Factures", List.of(
                            row("N° facture", "Code client", "Date", "Échéance", "Montant"),
                            row("F-1", "C001", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                                    new BigDecimal("1000.00"))))
                    .save(file);
        }
        assertThat(Files.size(file)).isPositive();
        return file;
    }
}
