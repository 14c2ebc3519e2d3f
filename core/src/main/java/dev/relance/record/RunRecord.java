package dev.relance.record;

import dev.relance.workbook.WorkbookEdit;

/**
 * What a run writes back into the workbook.
 *
 * @param runId       the run's id, as written in the history
 * @param edit        the cells to write
 * @param historyRows the number of history rows the run writes
 */
public record RunRecord(String runId, WorkbookEdit edit, int historyRows) {
}
