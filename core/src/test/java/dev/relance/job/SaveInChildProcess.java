package dev.relance.job;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookEdit.CellWrite;
import dev.relance.workbook.WorkbookEdit.SheetEdit;
import dev.relance.workbook.Workbooks;

/**
 * Saves a run's worth of history rows into a workbook, the way a run does, in a process of its
 * own: the kill test starts it and kills it while it saves. It prints {@code SAVING} when the save
 * starts and {@code SAVED <milliseconds>} when the file is replaced.
 */
final class SaveInChildProcess {

    private SaveInChildProcess() {
    }

    public static void main(String[] args) {
        Path workbook = Path.of(args[0]);
        int firstFreeRow = Integer.parseInt(args[1]);
        WorkbookEdit edit = historyRows(firstFreeRow);

        System.out.println("SAVING");
        System.out.flush();
        long start = System.nanoTime();
        AtomicSave.save(workbook, target -> Workbooks.write(workbook, edit, target));
        System.out.println("SAVED " + (System.nanoTime() - start) / 1_000_000);
        System.out.flush();
    }

    /** Returns the same twenty rows every time, so that every complete save gives the same file. */
    static WorkbookEdit historyRows(int firstRow) {
        List<CellWrite> cells = new ArrayList<>();
        for (int row = firstRow; row < firstRow + 20; row++) {
            cells.add(new CellWrite(new CellRef(row, 0), new CellValue.DateValue(LocalDate.of(2026, 12, 4))));
            cells.add(new CellWrite(new CellRef(row, 1), new CellValue.Text("2026-12-04")));
            cells.add(new CellWrite(new CellRef(row, 2), new CellValue.Text("C" + row)));
            cells.add(new CellWrite(new CellRef(row, 4), new CellValue.Number(BigDecimal.ONE)));
        }
        return new WorkbookEdit(List.of(new SheetEdit("Relances", false, cells)));
    }
}
