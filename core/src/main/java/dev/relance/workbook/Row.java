package dev.relance.workbook;

import java.util.List;

/**
 * One row of a sheet, with its cells from column A up to the last non-empty one.
 *
 * @param index 0-based row index in the sheet
 * @param cells the cells, {@link CellValue#EMPTY} where nothing is stored
 */
public record Row(int index, List<CellValue> cells) {

    public Row {
        cells = List.copyOf(cells);
    }

    /** Returns the cell in the given 0-based column, empty past the end of the row. */
    public CellValue cell(int column) {
        return column < cells.size() ? cells.get(column) : CellValue.EMPTY;
    }

    /** Returns whether every cell of the row is blank. */
    public boolean isBlank() {
        return isBlank(cells);
    }

    /** Returns whether every cell of a list is blank. */
    public static boolean isBlank(List<CellValue> cells) {
        // a loop, not a stream: every row of a million-row sheet is tested
        for (CellValue cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
