package dev.relance.workbook.ods;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.relance.RelanceException;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookEdit.SheetEdit;

/**
 * An edit of {@code content.xml} sorted for the writers that apply it: the existing tables it
 * changes, by name, the tables it creates, and whether it writes a date, which needs a date style.
 */
final class ContentEdit {

    private final Map<String, SheetEdit> changes = new LinkedHashMap<>();
    private final List<SheetEdit> creations = new ArrayList<>();
    private final boolean writesDates;

    ContentEdit(WorkbookEdit edit) {
        for (SheetEdit sheet : edit.sheets()) {
            if (sheet.create()) {
                creations.add(sheet);
            } else {
                changes.put(sheet.sheetName(), sheet);
            }
        }
        this.writesDates = edit.sheets().stream().flatMap(sheet -> sheet.cells().stream())
                .anyMatch(cell -> cell.value() instanceof CellValue.DateValue);
    }

    /** Returns the names of the existing tables the edit changes. */
    Set<String> changedTables() {
        return changes.keySet();
    }

    List<SheetEdit> creations() {
        return creations;
    }

    boolean writesDates() {
        return writesDates;
    }

    /**
     * Returns the change of an existing table, or empty when the edit leaves it alone.
     *
     * @throws RelanceException when the edit creates a table of that name, which already exists
     */
    Optional<SheetEdit> changeOf(String tableName) {
        if (creations.stream().anyMatch(sheet -> sheet.sheetName().equals(tableName))) {
            throw new RelanceException("cannot add the sheet: the workbook already has one of this name", null,
                    tableName, null, null, null);
        }
        return Optional.ofNullable(changes.get(tableName));
    }

    /** Rejects an edit of a table that the part turned out not to have. */
    void requireChangedTablesIn(Set<String> tablesSeen) {
        for (String name : changes.keySet()) {
            if (!tablesSeen.contains(name)) {
                throw new RelanceException("cannot write to the sheet: the workbook has none of this name"
                        + "; sheets found: " + String.join(", ", tablesSeen), null, name, null, null, null);
            }
        }
    }
}
