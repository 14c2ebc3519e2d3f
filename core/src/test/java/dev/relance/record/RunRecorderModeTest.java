package dev.relance.record;

import static dev.relance.policy.TestLedger.ledger;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.relance.ledger.Language;
import dev.relance.ledger.Ledger;
import dev.relance.ledger.Ledger.HistoryTable;
import dev.relance.ledger.Ledger.Layout;
import dev.relance.ledger.LevelMode;
import dev.relance.plan.Plan;
import dev.relance.policy.Planner;
import dev.relance.policy.TestLedger;
import dev.relance.selection.Selection;
import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.WorkbookEdit.CellWrite;
import dev.relance.workbook.WorkbookEdit.SheetEdit;

/** The Mode column a run writes in the history. */
class RunRecorderModeTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-12-04");

    @Test
    void forcedRunAddsModeColumnAfterTheLastHeader() {
        Ledger ledger = oneClient().build();

        SheetEdit history = record(ledger, Optional.of(3));

        assertThat(cellAt(history, "I1")).contains(new CellValue.Text("Mode"));
        assertThat(cellAt(history, "E3")).contains(new CellValue.Number(new BigDecimal("3")));
        assertThat(cellAt(history, "I3")).contains(new CellValue.Text("forcé"));
    }

    @Test
    void forcedRunWritesEnglishModeInEnglishWorkbook() {
        Ledger ledger = oneClient().language(Language.EN).build();

        SheetEdit history = record(ledger, Optional.of(2));

        assertThat(cellAt(history, "I3")).contains(new CellValue.Text("forced"));
    }

    @Test
    void autoRunAddsNoModeColumnToAHistoryWithout() {
        Ledger ledger = oneClient().build();

        SheetEdit history = record(ledger, Optional.empty());

        // I and J get the previous-value headers an undo needs, on any run; Mode stays out.
        assertThat(cellAt(history, "I1")).contains(new CellValue.Text("Niveau précédent"));
        assertThat(cellAt(history, "J1")).contains(new CellValue.Text("Relance précédente"));
        assertThat(history.cells()).extracting(CellWrite::value)
                .doesNotContain(new CellValue.Text("Mode"), new CellValue.Text("auto"));
        assertThat(history.cells()).extracting(cell -> cell.ref().column())
                .containsOnly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void forcedRunAddsModeAfterPreviousValueColumnsAddedBefore() {
        // An auto run put the previous-value columns in I and J; Mode is still missing.
        Ledger read = oneClient().build();
        HistoryTable table = new HistoryTable("Relances", 0,
                List.of(0, 1, 2, 3, 4, 5, 6, 7, -1, 8, 9), read.layout().history().orElseThrow().lastRow());
        Ledger ledger = new Ledger(read.settings(), read.clients(), read.invoices(), read.history(),
                read.problems(), new Layout(read.layout().clientsSheet(), read.layout().clientsHeaderRow(),
                        read.layout().clientsLastColumn(), read.layout().lastReminderColumn(),
                        read.layout().lastLevelColumn(), Optional.of(table)));

        SheetEdit history = record(ledger, Optional.of(3));

        assertThat(cellAt(history, "K1")).contains(new CellValue.Text("Mode"));
        assertThat(cellAt(history, "K3")).contains(new CellValue.Text("forcé"));
        assertThat(cellAt(history, "I1")).isEmpty();
        assertThat(cellAt(history, "J1")).isEmpty();
    }

    @Test
    void clientModeRunWritesClient() {
        Ledger ledger = oneClient().mode(LevelMode.CLIENT).build();

        SheetEdit history = record(ledger, Optional.empty());

        assertThat(cellAt(history, "I3")).contains(new CellValue.Text("client"));
    }

    /** One client with one overdue invoice, and one history row on row 2. */
    private static TestLedger oneClient() {
        return ledger().client("C001")
                .invoice("C001", "F-1", "2026-10-01", "100.00")
                .history("2026-11-04", "C001", "F-1", 1);
    }

    private static SheetEdit record(Ledger ledger, Optional<Integer> forcedLevel) {
        Plan plan = new Planner().plan(ledger, AS_OF, Selection.ALL, forcedLevel);
        return new RunRecorder().record(ledger, plan).edit().sheets().get(0);
    }

    private static Optional<CellValue> cellAt(SheetEdit sheet, String a1) {
        return sheet.cells().stream()
                .filter(cell -> cell.ref().equals(CellRef.parse(a1)))
                .map(CellWrite::value)
                .findFirst();
    }
}
