package dev.relance.job;

import java.nio.file.Path;
import java.util.function.Function;

import dev.relance.RelanceException;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.Workbooks;

/**
 * Writes into a workbook file an edit worked out from its content, with the safeguards of a run:
 * refused while the workbook is open in Calc or Excel, one Relance process at a time, read and
 * written under the same lock, saved atomically and only in the parts the edit touches.
 */
public final class WorkbookUpdate {

    private WorkbookUpdate() {
    }

    /**
     * Reads the workbook, works out the change from it, and writes the change's edit into it;
     * an empty edit leaves the file alone.
     *
     * @param change the change, from the workbook as read under the lock
     * @param edit   the cells the change writes
     * @return the change
     * @throws RelanceException when the workbook is open in another program, locked by another
     *                          Relance process, or cannot be read or written
     */
    public static <T> T apply(Path workbook, Function<Workbook, T> change,
            Function<T, WorkbookEdit> edit) {
        WorkbookLock.requireNotOpen(workbook);
        try (RunLock lock = RunLock.acquire(workbook, RunLock.DEFAULT_WAIT)) {
            T changed;
            try {
                changed = change.apply(Workbooks.read(workbook));
            } catch (RelanceException e) {
                throw e.inFile(workbook);
            }
            ReminderJob.saveWorkbook(workbook, edit.apply(changed), workbook, false);
            return changed;
        }
    }
}
