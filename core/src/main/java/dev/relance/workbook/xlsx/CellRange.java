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
        return new CellRange(one, one).including(other);
    }

    /** Returns the smallest range that covers this one and the cell. */
    CellRange including(CellRef cell) {
        int top = Math.min(first.row(), cell.row());
        int left = Math.min(first.column(), cell.column());
        int bottom = Math.max(last.row(), cell.row());
        int right = Math.max(last.column(), cell.column());
        return new CellRange(new CellRef(top, left), new CellRef(bottom, right));
    }

    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : first + ":" + last;
    }
}
