package dev.relance.record;

import static dev.relance.policy.TestLedger.ledger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.relance.RelanceException;
import dev.relance.ledger.HistoryEntry;
import dev.relance.ledger.Ledger;
import dev.relance.plan.Plan;
import dev.relance.policy.Planner;
import dev.relance.policy.TestLedger;
import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;

class RunUndoerTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-12-04");

    @Test
    void runThenUndoLeavesEveryCellAsBefore() {
        TestLedger ledger = twoClients();
        Grid grid = Grid.withHistoryOf(ledger.build(), "Relances")
                .put("Clients", "F2", new CellValue.DateValue(LocalDate.parse("2026-11-04")))
                .put("Clients", "G2", number("1"));
        Map<String, Map<CellRef, CellValue>> before = grid.snapshot();
        Ledger beforeRun = ledger.build();
        grid.apply(new RunRecorder().record(beforeRun, plan(beforeRun), grid.workbook()).edit());

        RunUndo undo = new RunUndoer().undo(ledger.withHistory(grid.history("Relances")).build(),
                "2026-12-04");
        grid.apply(undo.edit());

        assertThat(grid.snapshot()).isEqualTo(before);
        assertThat(undo.historyRows()).isEqualTo(3);
        assertThat(undo.restoredClients()).containsExactly("C001", "C002");
        assertThat(undo.letters()).containsExactly("2026-12-04_C001_EUR_level-2.pdf",
                "2026-12-04_C002_USD_level-1.pdf");
    }

    @Test
    void recordsPreviousLevelAndDateOfEachClient() {
        TestLedger ledger = twoClients();
        Grid grid = Grid.withHistoryOf(ledger.build(), "Relances")
                .put("Clients", "F2", new CellValue.DateValue(LocalDate.parse("2026-11-04")))
                .put("Clients", "G2", number("1"));
        Ledger read = ledger.build();

        grid.apply(new RunRecorder().record(read, plan(read), grid.workbook()).edit());

        assertThat(grid.history("Relances").subList(1, 4)).extracting(HistoryEntry::clientKey,
                entry -> entry.previous().orElseThrow().level(),
                entry -> entry.previous().orElseThrow().reminder()).containsExactly(
                        tuple("c001", number("1"), new CellValue.DateValue(LocalDate.parse("2026-11-04"))),
                        tuple("c001", number("1"), new CellValue.DateValue(LocalDate.parse("2026-11-04"))),
                        tuple("c002", number("0"), CellValue.EMPTY));
    }

    @Test
    void undoMovesLaterRowsUpSoHistoryStaysContiguous() {
        Grid grid = new Grid();
        putHistoryRow(grid, 2, "2026-12-04", "C001", "F-001", "0");
        putHistoryRow(grid, 3, "2026-12-04-2", "C003", "F-300", "0");
        putHistoryRow(grid, 4, "2026-12-04", "C002", "F-002", "0");
        TestLedger ledger = ledger().client("C001").client("C002").client("C003").clientColumns(5, 6)
                .withHistory(grid.history("Relances"));

        RunUndo undo = new RunUndoer().undo(ledger.build(), "2026-12-04");
        grid.apply(undo.edit());

        assertThat(grid.history("Relances")).extracting(HistoryEntry::rowIndex, HistoryEntry::runId)
                .containsExactly(tuple(1, "2026-12-04-2"));
        assertThat(grid.snapshot().get("Relances")).doesNotContainKeys(CellRef.parse("A3"),
                CellRef.parse("J3"));
        assertThat(undo.historyRows()).isEqualTo(2);
    }

    @Test
    void olderRunCannotBeUndoneWhileNewerOneIsThere() {
        Grid grid = new Grid();
        putHistoryRow(grid, 2, "2026-11-04", "C001", "F-001", "0");
        putHistoryRow(grid, 3, "2026-12-04", "C001", "F-001", "1");
        Ledger ledger = ledger().client("C001").clientColumns(5, 6)
                .withHistory(grid.history("Relances")).build();

        assertThatThrownBy(() -> new RunUndoer().undo(ledger, "2026-11-04"))
                .isInstanceOf(RelanceException.class)
                .hasMessage("run 2026-11-04 cannot be undone while run 2026-12-04, recorded after it,"
                        + " is in the history; undo 2026-12-04 first");
    }

    @Test
    void runRecordedWithoutPreviousValuesCannotBeUndone() {
        Ledger ledger = twoClients().build();

        assertThatThrownBy(() -> new RunUndoer().undo(ledger, "2026-11-04"))
                .isInstanceOf(RelanceException.class)
                .hasMessageStartingWith("run 2026-11-04 was recorded without the clients' previous levels"
                        + " (row 2 has no previous level)");
    }

    @Test
    void lastRunIsTheRunOfTheLowestRow() {
        Grid grid = new Grid();
        putHistoryRow(grid, 2, "2026-12-04", "C001", "F-001", "0");
        putHistoryRow(grid, 3, "2026-11-04", "C002", "F-002", "0");
        Ledger ledger = ledger().withHistory(grid.history("Relances")).build();

        assertThat(new RunUndoer().findLastRun(ledger)).contains("2026-11-04");
        assertThat(new RunUndoer().findRun(ledger, " 2026-12-04 ")).contains("2026-12-04");
    }

    /** C001: F-001 reminded on 2026-11-04, F-002 new; C002: one USD invoice, never reminded. */
    private static TestLedger twoClients() {
        return ledger().client("C001").client("C002").clientColumns(5, 6).allHistoryColumns()
                .invoice("C001", "F-002", "2026-11-01", "250.50")
                .invoice("C001", "F-001", "2026-10-01", "1000.00")
                .invoice(TestLedger.InvoiceRow.of("C002", "F-003", "2026-10-15", "80").in("USD"))
                .history("2026-11-04", "C001", "F-001", 1);
    }

    /** Writes a history row of run {@code runId} (dated by its first ten characters). */
    private static void putHistoryRow(Grid grid, int row, String runId, String client,
            String invoice, String previousLevel) {
        List<CellValue> cells = List.of(new CellValue.DateValue(LocalDate.parse(runId.substring(0, 10))),
                new CellValue.Text(runId), new CellValue.Text(client), new CellValue.Text(invoice),
                number("1"), number("100.00"), new CellValue.Text("EUR"), new CellValue.Text(runId + ".pdf"),
                new CellValue.Text("auto"), number(previousLevel), CellValue.EMPTY);
        for (int column = 0; column < cells.size(); column++) {
            grid.put("Relances", new CellRef(row - 1, column).toString(), cells.get(column));
        }
    }

    private static Plan plan(Ledger ledger) {
        return new Planner().plan(ledger, AS_OF);
    }

    private static CellValue.Number number(String value) {
        return new CellValue.Number(new BigDecimal(value));
    }
}
