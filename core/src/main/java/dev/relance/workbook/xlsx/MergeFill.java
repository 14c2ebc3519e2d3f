package dev.relance.workbook.xlsx;

import java.util.List;

/**
 * The merged ranges of a sheet, known before its cells are read again, clipped to the cells that
 * hold data so that a merge over whole columns does not create a million rows.
 *
 * @param merges     the ranges in the order the sheet lists them
 * @param lastRow    0-based last row holding a non-empty cell, -1 when none does
 * @param lastColumn 0-based last column holding a non-empty cell, -1 when none does
 */
record MergeFill(List<CellRange> merges, int lastRow, int lastColumn) {

    static final MergeFill NONE = new MergeFill(List.of(), -1, -1);

    MergeFill {
        merges = List.copyOf(merges);
    }

    /** Returns whether some range, once clipped, covers a cell other than its top-left one. */
    boolean coversCells() {
        return merges.stream().anyMatch(range -> lastRow(range) > range.first().row()
                || lastColumn(range) > range.first().column()
                        && lastRow(range) >= range.first().row());
    }

    /** Returns whether some range covers the row. */
    boolean coversRow(int row) {
        return merges.stream().anyMatch(range -> range.first().row() <= row && row <= lastRow(range)
                && lastColumn(range) >= range.first().column());
    }

    int lastRow(CellRange range) {
        return Math.min(range.last().row(), lastRow);
    }

    int lastColumn(CellRange range) {
        return Math.min(range.last().column(), lastColumn);
    }
}
