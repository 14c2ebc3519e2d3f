package dev.relance.workbook.ods;

import dev.relance.workbook.CellValue;

/**
 * One {@code table:table-cell} or {@code table:covered-table-cell} element as read: its value
 * and how many columns it stands for.
 *
 * @param value          the cell's value; {@link CellValue#EMPTY} for a covered cell, which
 *                       takes its value from the merged range instead
 * @param repeat         {@code table:number-columns-repeated}, at least 1
 * @param covered        true for a cell hidden under a merged range
 * @param columnsSpanned {@code table:number-columns-spanned}, at least 1
 * @param rowsSpanned    {@code table:number-rows-spanned}, at least 1
 */
record CellRun(CellValue value, int repeat, boolean covered, int columnsSpanned, int rowsSpanned) {

    /** Returns whether the cell is the top-left one of a merged range. */
    boolean isMergeOrigin() {
        return columnsSpanned > 1 || rowsSpanned > 1;
    }

    /** Returns whether the cell adds nothing to its row, however often it is repeated. */
    boolean isBlank() {
        return !covered && value.isBlank();
    }
}
