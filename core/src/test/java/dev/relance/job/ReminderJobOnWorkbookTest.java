package dev.relance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.ledger.LevelMode;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookFormat;

class ReminderJobOnWorkbookTest {

    @TempDir
    Path folder;

    @Test
    void runHandsTheEditToTheApplier() {
        Workbook workbook = workbook(LocalDate.parse("2026-10-15"));
        RunOptions options = options(LocalDate.parse("2026-12-04"));
        List<WorkbookEdit> applied = new ArrayList<>();

        RunResult result = new ReminderJob().run(workbook, options, applied::add);

        assertThat(result.letters()).extracting(path -> path.getFileName().toString())
                .containsExactly("2026-12-04_C001_EUR_level-1.pdf");
        assertThat(result.letters().get(0)).exists();
        assertThat(result.historyRows()).isEqualTo(1);
        assertThat(applied).hasSize(1);
        assertThat(applied.get(0).sheets()).extracting(WorkbookEdit.SheetEdit::sheetName)
                .containsExactly("Relances", "Clients");
    }

    @Test
    void runWithoutLettersAppliesNothing() {
        Workbook workbook = workbook(LocalDate.parse("2027-01-15"));
        RunOptions options = options(LocalDate.parse("2026-12-04"));
        List<WorkbookEdit> applied = new ArrayList<>();

        RunResult result = new ReminderJob().run(workbook, options, applied::add);

        assertThat(result.letters()).isEmpty();
        assertThat(applied).isEmpty();
    }

    @Test
    void planTakesTheModeOfTheOptions() {
        Workbook workbook = workbook(LocalDate.parse("2026-10-15"));
        RunOptions options = new RunOptions(folder.resolve("factures.ods"), LocalDate.parse("2026-12-04"),
                Optional.of(LevelMode.CLIENT), Optional.empty());

        PlannedRun planned = new ReminderJob().plan(workbook, options);

        assertThat(planned.plan().mode()).isEqualTo(LevelMode.CLIENT);
    }

    private RunOptions options(LocalDate asOf) {
        return new RunOptions(folder.resolve("factures.ods"), asOf, Optional.empty(),
                Optional.of(folder.resolve("lettres")));
    }

    private static Workbook workbook(LocalDate dueDate) {
        Sheet clients = new Sheet("Clients", false, List.of(
                row(0, text("Code client"), text("Raison sociale"), text("Adresse"), text("Code postal"),
                        text("Ville")),
                row(1, text("C001"), text("Boulangerie Dupont SARL"), text("3 place Bellecour"),
                        text("69002"), text("Lyon"))));
        Sheet invoices = new Sheet("Factures", false, List.of(
                row(0, text("N° facture"), text("Code client"), text("Date facture"), text("Échéance"),
                        text("Montant TTC")),
                row(1, text("F-2026-101"), text("C001"), new CellValue.DateValue(dueDate.minusDays(30)),
                        new CellValue.DateValue(dueDate), new CellValue.Number(new BigDecimal("1250.00")))));
        return new Workbook(WorkbookFormat.ODS, List.of(clients, invoices), false);
    }

    private static Row row(int index, CellValue... cells) {
        return new Row(index, List.of(cells));
    }

    private static CellValue text(String text) {
        return new CellValue.Text(text);
    }
}
