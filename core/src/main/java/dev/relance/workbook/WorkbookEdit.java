package dev.relance.workbook;

import java.util.List;

/**
 * The changes a run makes to a workbook, independent of its format: cells to set in existing
 * sheets, and sheets to add at the end. A writer applies them and keeps everything else.
 *
 * @param sheets the changes, one entry per sheet touched
 */
public record WorkbookEdit(List<SheetEdit> sheets) {

    public WorkbookEdit {
        sheets = List.copyOf(sheets);
    }

    /** Returns whether there is nothing to write. */
    public boolean isEmpty() {
        return sheets.stream().allMatch(sheet -> sheet.cells().isEmpty() && !sheet.create());
    }

    /**
     * The changes to one sheet.
     *
     * @param sheetName the sheet's name
     * @param create    true to add the sheet after the last one (it must not exist yet)
     * @param cells     the cells to set; {@link CellValue#EMPTY} clears a cell
     */
    public record SheetEdit(String sheetName, boolean create, List<CellWrite> cells) {

        public SheetEdit {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One cell to set. Text is always written as text, even when it starts with {@code =}; a
     * {@link CellValue.DateValue} is written as a date cell with a date format.
     */
    public record CellWrite(CellRef ref, CellValue value) {

        public CellWrite {
            if (!(value instanceof CellValue.Empty || value instanceof CellValue.Text
                    || value instanceof CellValue.Number || value instanceof CellValue.DateValue)) {
                throw new IllegalArgumentException("cannot write " + value + " at " + ref);
            }
        }
    }
}
