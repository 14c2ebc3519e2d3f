package dev.relance.record;

import static dev.relance.policy.TestLedger.ledger;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.relance.ledger.Language;
import dev.relance.ledger.Ledger;
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
    void autoRunLeavesAHistoryWithoutModeColumnAsItIs() {
        Ledger ledger = oneClient().build();

        SheetEdit history = record(ledger, Optional.empty());

        assertThat(history.cells()).extracting(cell -> cell.ref().column())
                .containsOnly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(cellAt(history, "I1")).isEmpty();
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
