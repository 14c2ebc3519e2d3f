package dev.relance.workbook.xlsx;

import dev.relance.workbook.CellRef;

/**
 * A rectangle of cells such as {@code A1:C3}, used for merged ranges and the sheet dimension.
 *
 * @param first the top-left cell
 * @param last  the bottom-right cell
 */
record CellRange(CellRef first, CellRef last) {

    /** Parses {@code A1:C3}, or a single cell {@code A1}; the corners may come in any order. */
    static CellRange parse(String ref) {
        String[] corners = ref.trim().replace("$", "").split(":", -1);
        if (corners.length > 2) {
            throw new IllegalArgumentException("not a cell range: " + ref);
        }
        CellRef one = CellRef.parse(corners[0]);
        CellRef other = corners.length == 2 ? CellRef.parse(corners[1]) : one;
        return new CellRange(new CellRef(Math.min(one.row(), other.row()), Math.min(one.column(), other.column())),
                new CellRef(Math.max(one.row(), other.row()), Math.max(one.column(), other.column())));
    }

    /** Returns the smallest range that covers this one and the cell. */
    CellRange including(CellRef cell) {
        return new CellRange(
                new CellRef(Math.min(first.row(), cell.row()), Math.min(first.column(), cell.column())),
                new CellRef(Math.max(last.row(), cell.row()), Math.max(last.column(), cell.column())));
    }

    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : first + ":" + last;
    }
}
