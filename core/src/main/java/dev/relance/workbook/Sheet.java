package dev.relance.workbook;

import java.util.List;

/**
 * One sheet of a workbook, as read: its name, whether it is hidden, and its non-blank rows in
 * order. Blank rows are left out, so row indexes can jump; use {@link Row#index()} for positions.
 */
public record Sheet(String name, boolean hidden, List<Row> rows) {

    public Sheet {
        rows = List.copyOf(rows);
    }
}
