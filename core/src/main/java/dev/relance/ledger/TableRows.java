package dev.relance.ledger;

import java.util.ArrayList;
import java.util.List;

import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;

/** The data rows of a table read whole, as {@link DataRows} picks them. */
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
        DataRows filter = new DataRows(headerIndex, identifierColumns);
        List<Row> data = new ArrayList<>();
        for (Row row : sheet.rows()) {
            if (filter.accept(row)) {
                data.add(row);
            } else if (filter.ended()) {
                break;
            }
        }
        return data;
    }
}
