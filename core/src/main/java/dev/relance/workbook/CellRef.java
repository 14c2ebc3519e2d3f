package dev.relance.workbook;

/**
 * The position of a cell, 0-based, shown to users in A1 notation ({@code B8}).
 *
 * @param row    0-based row index (row 1 of the sheet is 0)
 * @param column 0-based column index (column A is 0)
 */
public record CellRef(int row, int column) implements Comparable<CellRef> {

    /** The rows of the largest sheet Excel and LibreOffice open. */
    public static final int MAX_ROWS = 1_048_576;
    /** The columns of the largest sheet Excel and LibreOffice open, A to XFD. */
    public static final int MAX_COLUMNS = 16_384;

    public CellRef {
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("negative cell position: row " + row + ", column " + column);
        }
    }

    /**
     * Parses A1 notation such as {@code B8} or {@code AA10}, within the largest sheet: a cell
     * past {@code XFD1048576} is no cell, and keeping the columns up to it would fill memory.
     */
    public static CellRef parse(String a1) {
        int i = 0;
        int column = 0;
        while (i < a1.length() && i <= 3 && Character.isLetter(a1.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(a1.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == 0 || i == a1.length() || column > MAX_COLUMNS) {
            throw new IllegalArgumentException("not a cell reference: " + a1);
        }
        int row = Integer.parseInt(a1.substring(i));
        if (row > MAX_ROWS) {
            throw new IllegalArgumentException("not a cell reference: " + a1);
        }
        return new CellRef(row - 1, column - 1);
    }

    /** Returns the column's letters: 0 is {@code A}, 26 is {@code AA}. */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    @Override
    public int compareTo(CellRef other) {
        int byRow = Integer.compare(row, other.row);
        return byRow != 0 ? byRow : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return columnName(column) + (row + 1);
    }
}
