package dev.relance.ledger;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table's header row as matched: the columns of each field found, 0-based.
 *
 * @param index            0-based row of the header
 * @param columns          the columns of each field found, in sheet order
 * @param lastColumn       0-based last non-blank column of the row
 * @param frenchHeaders    how many required fields were matched by a French-only header
 * @param englishHeaders   how many required fields were matched by an English-only header
 */
record HeaderRow<F extends Enum<F>>(int index, Map<F, List<Integer>> columns, int lastColumn,
        int frenchHeaders, int englishHeaders) {

    HeaderRow {
        columns = Map.copyOf(columns);
    }

    /** Finds the column of a field, the first one when several columns are read together. */
    Optional<Integer> column(F field) {
        return columnsOf(field).stream().findFirst();
    }

    /** Returns the columns of a field, empty when the sheet has none. */
    List<Integer> columnsOf(F field) {
        return columns.getOrDefault(field, List.of());
    }

    boolean has(F field) {
        return columns.containsKey(field);
    }
}
