package dev.relance.extension;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookEdit.CellWrite;
import dev.relance.workbook.WorkbookEdit.SheetEdit;
import dev.relance.workbook.WorkbookFormat;

/**
 * A document open in Calc, as the extension's commands see it: read as a {@link Workbook}, and
 * edited one undo step at a time, whose titles it keeps.
 */
final class LiveDocument {

    private final Map<String, TreeMap<Integer, List<CellValue>>> sheets = new LinkedHashMap<>();
    private final List<String> undoSteps = new ArrayList<>();

    /** Adds a sheet whose rows start on row 1; a String is text, a CellValue is taken as is. */
    LiveDocument sheet(String name, List<List<Object>> rows) {
        TreeMap<Integer, List<CellValue>> cells = sheets.computeIfAbsent(name, unused -> new TreeMap<>());
        for (int row = 0; row < rows.size(); row++) {
            cells.put(row, rows.get(row).stream().map(LiveDocument::cell).toList());
        }
        return this;
    }

    private static CellValue cell(Object value) {
        return value instanceof CellValue cell ? cell : new CellValue.Text((String) value);
    }

    Workbook read() {
        List<Sheet> read = new ArrayList<>();
        sheets.forEach((name, rows) -> read.add(new Sheet(name, false, rows.entrySet().stream()
                .map(row -> new Row(row.getKey(), row.getValue())).toList())));
        return new Workbook(WorkbookFormat.ODS, read, false);
    }

    void apply(WorkbookEdit edit, String undoTitle) {
        undoSteps.add(undoTitle);
        for (SheetEdit sheet : edit.sheets()) {
            TreeMap<Integer, List<CellValue>> rows = sheets.computeIfAbsent(sheet.sheetName(),
                    unused -> new TreeMap<>());
            for (CellWrite write : sheet.cells()) {
                List<CellValue> row = new ArrayList<>(rows.getOrDefault(write.ref().row(), List.of()));
                while (row.size() <= write.ref().column()) {
                    row.add(CellValue.EMPTY);
                }
                row.set(write.ref().column(), write.value());
                rows.put(write.ref().row(), row);
            }
        }
    }

    /** Returns a cell's value, blank past the end of its row. */
    CellValue cell(String sheet, int row, int column) {
        List<CellValue> cells = sheets.get(sheet).getOrDefault(row, List.of());
        return column < cells.size() ? cells.get(column) : CellValue.EMPTY;
    }

    List<String> undoSteps() {
        return List.copyOf(undoSteps);
    }
}
