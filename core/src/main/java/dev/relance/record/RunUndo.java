package dev.relance.record;

import java.time.LocalDate;
import java.util.List;

import dev.relance.workbook.WorkbookEdit;

/**
 * What undoing a run writes back into the workbook, and what it leaves to do outside it.
 *
 * @param runId           the run's id, as recorded
 * @param date            the run's as-of date, which names its default letters folder
 * @param edit            the cells to write: the history without the run's rows, the clients'
 *                        last-level and last-reminder cells as they were before it
 * @param historyRows     the number of history rows removed
 * @param letters         the file names of the run's letters, as recorded, each once
 * @param restoredClients the codes of the clients whose cells are restored
 * @param missingClients  the codes of the run's clients no longer in the Clients sheet, whose
 *                        cells cannot be restored
 */
public record RunUndo(String runId, LocalDate date, WorkbookEdit edit, int historyRows,
        List<String> letters, List<String> restoredClients, List<String> missingClients) {

    public RunUndo {
        letters = List.copyOf(letters);
        restoredClients = List.copyOf(restoredClients);
        missingClients = List.copyOf(missingClients);
    }
}
