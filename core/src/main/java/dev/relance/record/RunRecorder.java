package dev.relance.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.relance.ledger.HistoryEntry;
import dev.relance.ledger.HistoryEntry.Previous;
import dev.relance.ledger.Language;
import dev.relance.ledger.Ledger;
import dev.relance.ledger.LevelMode;
import dev.relance.plan.Plan;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookEdit.SheetEdit;

/**
 * Turns a plan into the history rows and last-level cells a run writes, as a format-neutral edit.
 *
 * <p>History: one row per invoice per letter, letters in plan order and invoices in letter order,
 * in the columns the sheet has (a missing column is left out). A workbook without a history sheet
 * gets one, named {@code Relances} or {@code Reminders} after its language, headed on row 1.
 *
 * <p>Re-running on the same as-of date: the history rows dated on that date whose client gets a
 * letter in this plan are replaced, and the run takes over the id of the latest run it replaces.
 * The sheet is rewritten from the first replaced row down (kept rows move up unchanged, then the
 * new rows, then the old rows left over are cleared), so running twice on one day leaves the same
 * cells. The kept rows are written from {@link HistoryEntry#cells()}, read as the row's cells from
 * column A on.
 *
 * <p>Run id: the as-of date ({@code 2026-12-04}), or the first of {@code 2026-12-04-2},
 * {@code -3}, ... that the history does not use yet.
 *
 * <p>Mode: each row records how its level was chosen. A history sheet without a {@code Mode}
 * column gets one after its last header as soon as a run records a letter in client or forced
 * mode; until then a missing mode means auto, so a run in auto mode leaves the header as it is.
 *
 * <p>Clients: each reminded client's row gets the as-of date as its last reminder and its highest
 * letter level as its last level; a missing column is added after the Clients sheet's last header.
 *
 * <p>Undo: each history row also records what the client's last-level and last-reminder cells held
 * before the run ({@code 0} for a blank level), in two columns after the mode; a history sheet
 * without them gets their headers after its last header cell on the next run, behind a Mode
 * header added by the same run. Every column is found by its header, so the order a sheet got
 * them in does not matter.
 */
public final class RunRecorder {

    /**
     * Returns the edit recording the plan's letters in the workbook the ledger was read from; an
     * empty edit when the plan has no letter.
     *
     * @param workbook the workbook as read, for the clients' last-level and last-reminder cells
     *                 that the history keeps for an undo
     * @throws dev.relance.RelanceException when same-day rows must be replaced but a history row
     *                                      below the first of them could not be read
     */
    public RunRecord record(Ledger ledger, Plan plan, Workbook workbook) {
        return record(ledger, plan, workbook.findSheet(ledger.layout().clientsSheet()));
    }

    /**
     * Returns the edit recording the plan's letters, without the clients' cells at hand: the
     * history leaves their previous values blank, except those of replaced same-day rows, and an
     * undo of this run cannot restore them.
     */
    public RunRecord record(Ledger ledger, Plan plan) {
        return record(ledger, plan, Optional.empty());
    }

    private RunRecord record(Ledger ledger, Plan plan, Optional<Sheet> clientsSheet) {
        List<HistoryEntry> replaced = SameDayRows.replacedBy(plan, ledger.history());
        String runId = RunIds.choose(ledger.history(), plan.asOf(), replaced);
        if (plan.letters().isEmpty()) {
            return new RunRecord(runId, new WorkbookEdit(List.of()), 0);
        }

        Language language = ledger.settings().language();
        Map<String, Previous> previous =
                PreviousValues.of(ledger.layout(), plan, clientsSheet, replaced);
        List<List<CellValue>> rows = HistoryRows.of(plan, runId, language, previous);
        boolean needsMode = plan.mode() != LevelMode.AUTO;
        SheetEdit history = ledger.layout().history()
                .map(table -> existingSheet(table, language, ledger.history(), replaced, rows,
                        needsMode))
                .orElseGet(() -> HistorySheetEdit.newSheet(language, rows));
        SheetEdit clients = ClientColumns.edit(ledger.layout(), plan, language);
        return new RunRecord(runId, new WorkbookEdit(List.of(history, clients)), rows.size());
    }

    private static SheetEdit existingSheet(Ledger.HistoryTable table, Language language,
            List<HistoryEntry> history, List<HistoryEntry> replaced, List<List<CellValue>> rows,
            boolean needsMode) {
        HistorySheetEdit.Widened widened =
                HistorySheetEdit.withMissingColumns(table, language, needsMode);
        SheetEdit edit =
                HistorySheetEdit.existingSheet(widened.table(), history, replaced, rows);
        List<WorkbookEdit.CellWrite> cells = new ArrayList<>(widened.headers());
        cells.addAll(edit.cells());
        return new SheetEdit(edit.sheetName(), false, cells);
    }
}
