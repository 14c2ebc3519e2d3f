package dev.relance.ledger;

import java.util.List;

import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;

/**
 * Picks the data rows of a table out of its sheet's rows, one row at a time: the rows under the
 * header, from the first non-blank one down to the first blank row or Total row. Notes typed
 * under the table after a blank row are not data.
 */
final class DataRows {

    private final int headerIndex;
    private final List<Integer> identifierColumns;
    private int lastIndex = -1;
    private boolean ended;

    /**
     * @param identifierColumns the columns of the row's identifier (client code, invoice number),
     *                          checked with the first column for a Total row
     */
    DataRows(int headerIndex, List<Integer> identifierColumns) {
        this.headerIndex = headerIndex;
        this.identifierColumns = List.copyOf(identifierColumns);
    }

    /** Returns whether the next row of the sheet is a data row; none is once the table ended. */
    boolean accept(Row row) {
        if (ended || row.index() <= headerIndex) {
            return false;
        }
        boolean started = lastIndex >= 0;
        // the cell view leaves blank rows out, so a gap in the indexes is a blank row
        if (isBlank(row) || started && row.index() != lastIndex + 1) {
            // blank rows between the header and the first data row are layout, not the end
            ended = started;
            return false;
        }
        if (isTotalRow(row)) {
            ended = true;
            return false;
        }
        lastIndex = row.index();
        return true;
    }

    /** Returns whether the table has ended, so that no later row is data. */
    boolean ended() {
        return ended;
    }

    /**
     * Returns whether every cell of the row is blank, as {@link Row#isBlank()} does, in a plain
     * loop: a stream set up for each of a million rows costs more than the check itself.
     */
    private static boolean isBlank(Row row) {
        for (CellValue cell : row.cells()) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private boolean isTotalRow(Row row) {
        if (isTotalLabel(row.cell(0).display())) {
            return true;
        }
        for (int column : identifierColumns) {
            if (isTotalLabel(row.cell(column).display())) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether a cell contains Total or Totaux, alone or followed by words ("Total général"). */
    private static boolean isTotalLabel(String text) {
        if (!mayStartWithT(text)) {
            return false;
        }
        String key = HeaderKey.of(text);
        return key.equals("total") || key.equals("totaux")
                || key.startsWith("total ") || key.startsWith("totaux ");
    }

    /**
     * Returns false when the text's first letter is plainly not a t, which most cells show at a
     * glance, so that the full key, with its accent folding, is built only for the others.
     */
    private static boolean mayStartWithT(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return true;
            }
            if (c == 't' || c == 'T') {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return false;
    }
}
