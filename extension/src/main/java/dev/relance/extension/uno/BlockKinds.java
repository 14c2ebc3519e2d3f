package dev.relance.extension.uno;

import java.util.Arrays;

import com.sun.star.table.CellRangeAddress;

/**
 * The kind of every cell of one block of rows, from the block's number formats: Calc returns
 * dates and booleans as plain numbers, so only the format tells them apart. Kept as a dense grid
 * the size of the block, so that a sheet of a million rows never holds more than one block's worth.
 */
final class BlockKinds {

    private final int firstRow;
    private final int columns;
    private final CellKind[] kinds;

    /**
     * @param firstRow the sheet row of the block's first row, 0-based
     * @param rows     how many rows the block has
     * @param columns  how many columns the block has, from column A
     */
    BlockKinds(int firstRow, int rows, int columns) {
        this.firstRow = firstRow;
        this.columns = columns;
        this.kinds = new CellKind[rows * columns];
        Arrays.fill(kinds, CellKind.NUMBER);
    }

    /** Marks the cells of a range, in sheet coordinates, as {@code kind}; the part outside the block is ignored. */
    void mark(CellRangeAddress range, CellKind kind) {
        int rows = kinds.length / Math.max(1, columns);
        int startRow = Math.max(range.StartRow - firstRow, 0);
        int endRow = Math.min(range.EndRow - firstRow, rows - 1);
        int endColumn = Math.min(range.EndColumn, columns - 1);
        if (range.StartColumn > endColumn) {
            return;
        }
        for (int row = startRow; row <= endRow; row++) {
            Arrays.fill(kinds, row * columns + range.StartColumn, row * columns + endColumn + 1, kind);
        }
    }

    /** Returns the kind of the cell at a sheet row and column of the block. */
    CellKind kind(int row, int column) {
        int index = (row - firstRow) * columns + column;
        return column < columns && index >= 0 && index < kinds.length ? kinds[index] : CellKind.NUMBER;
    }
}
