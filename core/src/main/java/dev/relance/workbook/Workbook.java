package dev.relance.workbook;

import java.util.List;
import java.util.Optional;

/**
 * A workbook as read from a file or a live document: its sheets in tab order.
 *
 * @param format the file format it was read from
 * @param sheets the sheets in tab order, hidden ones included
 */
public record Workbook(WorkbookFormat format, List<Sheet> sheets) {

    public Workbook {
        sheets = List.copyOf(sheets);
    }

    /** Finds a sheet by its exact name. */
    public Optional<Sheet> findSheet(String name) {
        return sheets.stream().filter(sheet -> sheet.name().equals(name)).findFirst();
    }
}
