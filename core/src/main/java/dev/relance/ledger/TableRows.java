package dev.relance.ledger;

import java.util.ArrayList;
import java.util.List;

import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;

/**
 * The data rows of a table: the rows under its header, from the first non-blank one down to the
 * first blank row or Total row. Notes typed under the table after a blank row are not data.
 */
final class TableRows {

    private TableRows() {
    }

    /**
     * Returns the data rows under the header.
     *
     * @param identifierColumns the columns of the row's identifier (client code, invoice number),
     *                          checked with the first column for a Total row
     */
    static List<Row> read(Sheet sheet, int headerIndex, List<Integer> identifierColumns) {
        List<Row> data = new ArrayList<>();
        for (Row row : sheet.rows()) {
            if (row.index() <= headerIndex) {
                continue;
            }
            if (row.isBlank() || isAfterBlankRow(row, data)) {
                if (data.isEmpty()) {
                    // Blank rows between the header and the first data row are layout, not the end.
                    continue;
                }
                break;
            }
            if (isTotalRow(row, identifierColumns)) {
                break;
            }
            data.add(row);
        }
        return data;
    }

    /** Returns whether a blank row comes before this one: the cell view leaves blank rows out. */
    private static boolean isAfterBlankRow(Row row, List<Row> data) {
        return !data.isEmpty() && row.index() != data.get(data.size() - 1).index() + 1;
    }

    private static boolean isTotalRow(Row row, List<Integer> identifierColumns) {
        if (isTotalLabel(row.cell(0).display())) {
            return true;
        }
        return identifierColumns.stream().anyMatch(column -> isTotalLabel(row.cell(column).display()));
    }

    /** Returns whether a cell contains Total or Totaux, alone or followed by words ("Total général"). */
    private static boolean isTotalLabel(String text) {
        String key = HeaderKey.of(text);
        return key.equals("total") || key.equals("totaux")
                || key.startsWith("total ") || key.startsWith("totaux ");
    }
}
