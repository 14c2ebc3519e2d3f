package dev.relance.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.relance.RelanceException;
import dev.relance.ledger.HistoryEntry;
import dev.relance.ledger.Language;
import dev.relance.ledger.Ledger.HistoryColumn;
import dev.relance.ledger.Ledger.HistoryTable;
import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.WorkbookEdit.CellWrite;
import dev.relance.workbook.WorkbookEdit.SheetEdit;

/** The cells a run writes into the history sheet, or the new history sheet it adds. */
final class HistorySheetEdit {

    private HistorySheetEdit() {
    }

    /** Returns a new sheet, named and headed in the workbook's language, with the rows below. */
    static SheetEdit newSheet(Language language, List<List<CellValue>> rows) {
        String name = language == Language.FR ? "Relances" : "Reminders";
        List<CellValue> header = new ArrayList<>();
        for (HistoryColumn column : HistoryColumn.values()) {
            header.add(new CellValue.Text(column.header(language)));
        }
        List<Map<Integer, CellValue>> content = new ArrayList<>();
        content.add(byColumn(header));
        rows.forEach(row -> content.add(byColumn(row)));
        return new SheetEdit(name, true, appendRows(0, content));
    }

    /**
     * Returns the writes into an existing history sheet. Without rows to replace, the new rows go
     * after the last history row. Otherwise the sheet is rewritten from the first replaced row
     * down, so that the history stays contiguous: the rows kept move up unchanged, the new rows
     * follow, and the rows left over are cleared.
     *
     * @param needsMode true when the rows' mode is not auto, so that a sheet without a Mode
     *                  column gets one after its last header
     * @throws RelanceException when a row below the first replaced one could not be read, because
     *                          moving or clearing it would lose what it contains
     */
    static SheetEdit existingSheet(HistoryTable found, List<HistoryEntry> history,
            List<HistoryEntry> replaced, List<List<CellValue>> rows, boolean needsMode) {
        boolean addMode = needsMode && found.findColumn(HistoryColumn.MODE).isEmpty();
        HistoryTable table = addMode ? withModeColumn(found) : found;
        List<CellWrite> header = addMode ? List.of(modeHeader(table)) : List.of();
        List<Map<Integer, CellValue>> newRows =
                rows.stream().map(row -> placed(table, row)).toList();
        if (replaced.isEmpty()) {
            List<CellWrite> cells = new ArrayList<>(header);
            cells.addAll(appendRows(table.lastRow() + 1, newRows));
            return new SheetEdit(table.sheet(), false, cells);
        }
        int first = replaced.stream().mapToInt(HistoryEntry::rowIndex).min().orElseThrow();
        List<HistoryEntry> below = rowsFrom(first, table, history);

        Set<Integer> replacedRows =
                replaced.stream().map(HistoryEntry::rowIndex).collect(Collectors.toSet());
        List<Map<Integer, CellValue>> content = new ArrayList<>();
        below.stream()
                .filter(entry -> !replacedRows.contains(entry.rowIndex()))
                // NOTE: this assumes HistoryEntry.cells lists the whole row from column A, as the
                // ledger reader's record documents it ("the row's cells as read").
                .forEach(entry -> content.add(byColumn(entry.cells())));
        content.addAll(newRows);
        int oldRowCount = table.lastRow() - first + 1;
        while (content.size() < oldRowCount) {
            content.add(Map.of());
        }
        List<CellWrite> cells = new ArrayList<>(header);
        cells.addAll(rewriteRows(first, content, width(table, below)));
        return new SheetEdit(table.sheet(), false, cells);
    }

    /** Returns the table with its Mode column placed right after its last header. */
    private static HistoryTable withModeColumn(HistoryTable table) {
        List<Integer> columns = new ArrayList<>(table.columns());
        while (columns.size() < HistoryColumn.values().length) {
            columns.add(-1);
        }
        int column = table.lastColumn() + 1;
        columns.set(HistoryColumn.MODE.ordinal(), column);
        return new HistoryTable(table.sheet(), table.headerRow(), columns, table.lastRow(), column);
    }

    /** Returns the Mode header cell, in the language of the sheet's other headers. */
    private static CellWrite modeHeader(HistoryTable table) {
        int column = table.findColumn(HistoryColumn.MODE).orElseThrow();
        // "Mode" is the header in both languages
        String text = HistoryColumn.MODE.header(Language.FR);
        return new CellWrite(new CellRef(table.headerRow(), column), new CellValue.Text(text));
    }

    /** Returns the history rows from {@code first} to the table's last row, in sheet order. */
    private static List<HistoryEntry> rowsFrom(int first, HistoryTable table,
            List<HistoryEntry> history) {
        Set<Integer> readRows =
                history.stream().map(HistoryEntry::rowIndex).collect(Collectors.toSet());
        for (int row = first; row <= table.lastRow(); row++) {
            if (!readRows.contains(row)) {
                String cell = new CellRef(row, 0).toString();
                String message = "history row " + (row + 1) + " could not be read, and replacing"
                        + " the same-day rows from row " + (first + 1) + " down would move or clear"
                        + " it; correct or delete that row and run again";
                throw new RelanceException(message, null, table.sheet(), cell, null, null);
            }
        }
        return history.stream()
                .filter(entry -> entry.rowIndex() >= first)
                .sorted(Comparator.comparingInt(HistoryEntry::rowIndex))
                .toList();
    }

    /** Returns a new row's cells by sheet column, without the history columns the sheet lacks. */
    private static Map<Integer, CellValue> placed(HistoryTable table, List<CellValue> row) {
        Map<Integer, CellValue> cells = new HashMap<>();
        for (int field = 0; field < row.size(); field++) {
            Optional<Integer> column = table.findColumn(HistoryColumn.values()[field]);
            if (column.isPresent()) {
                cells.put(column.get(), row.get(field));
            }
        }
        return cells;
    }

    /** Returns cells listed from column A by their column, in a form a writer accepts. */
    private static Map<Integer, CellValue> byColumn(List<CellValue> row) {
        Map<Integer, CellValue> cells = new HashMap<>();
        for (int column = 0; column < row.size(); column++) {
            cells.put(column, writable(row.get(column)));
        }
        return cells;
    }

    /**
     * Returns a value a writer can set. A boolean, an error or a formula without a cached value
     * cannot be written back as such, so it is kept as the text the user saw.
     */
    static CellValue writable(CellValue value) {
        if (value instanceof CellValue.Empty || value instanceof CellValue.Text
                || value instanceof CellValue.Number || value instanceof CellValue.DateValue) {
            return value;
        }
        return new CellValue.Text(value.display());
    }

    /** Returns how many columns to rewrite: the history columns and every cell of the old rows. */
    private static int width(HistoryTable table, List<HistoryEntry> oldRows) {
        int historyWidth = table.columns().stream().mapToInt(column -> column + 1).max().orElse(0);
        int rowWidth = oldRows.stream().mapToInt(entry -> entry.cells().size()).max().orElse(0);
        return Math.max(historyWidth, rowWidth);
    }

    /** Returns the writes of the cells each row has, from {@code firstRow} down. */
    private static List<CellWrite> appendRows(int firstRow, List<Map<Integer, CellValue>> rows) {
        List<CellWrite> cells = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            for (Map.Entry<Integer, CellValue> cell : new TreeMap<>(rows.get(index)).entrySet()) {
                CellRef ref = new CellRef(firstRow + index, cell.getKey());
                cells.add(new CellWrite(ref, cell.getValue()));
            }
        }
        return cells;
    }

    /**
     * Returns the writes of every cell of the first {@code width} columns, from {@code firstRow}
     * down. A cell the new content leaves out is cleared, so nothing of the old row remains.
     */
    private static List<CellWrite> rewriteRows(int firstRow, List<Map<Integer, CellValue>> rows,
            int width) {
        List<CellWrite> cells = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            for (int column = 0; column < width; column++) {
                CellValue value = rows.get(index).getOrDefault(column, CellValue.EMPTY);
                cells.add(new CellWrite(new CellRef(firstRow + index, column), value));
            }
        }
        return cells;
    }
}
