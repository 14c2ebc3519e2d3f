package dev.relance.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
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
            if (!isSendingColumn(column)) {
                header.add(new CellValue.Text(column.header(language)));
            }
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
     * @throws RelanceException when a row below the first replaced one could not be read, because
     *                          moving or clearing it would lose what it contains
     */
    static SheetEdit existingSheet(HistoryTable table, List<HistoryEntry> history,
            List<HistoryEntry> replaced, List<List<CellValue>> rows) {
        List<Map<Integer, CellValue>> newRows =
                rows.stream().map(row -> placed(table, row)).toList();
        if (replaced.isEmpty()) {
            return new SheetEdit(table.sheet(), false, appendRows(table.lastRow() + 1, newRows));
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
        return new SheetEdit(table.sheet(), false, rewriteRows(first, content, width(table, below)));
    }

    /** Returns the history rows from {@code first} to the table's last row, in sheet order. */
    private static List<HistoryEntry> rowsFrom(int first, HistoryTable table,
            List<HistoryEntry> history) {
        Set<Integer> readRows =
                history.stream().map(HistoryEntry::rowIndex).collect(Collectors.toSet());
        for (int row = first; row <= table.lastRow(); row++) {
            if (!readRows.contains(row)) {
                String cell = new CellRef(row, 0).toString();
                String message = "history row " + (row + 1) + " could not be read, and rewriting"
                        + " the history from row " + (first + 1) + " down would move or clear"
                        + " it; correct or delete that row and run again";
                throw new RelanceException(message, null, table.sheet(), cell, null, null);
            }
        }
        return history.stream()
                .filter(entry -> entry.rowIndex() >= first)
                .sorted(Comparator.comparingInt(HistoryEntry::rowIndex))
                .toList();
    }

    /**
     * Returns a new row's cells by sheet column, without the history columns the sheet lacks and
     * without blank cells, which there is no need to write below the history.
     */
    private static Map<Integer, CellValue> placed(HistoryTable table, List<CellValue> row) {
        Map<Integer, CellValue> cells = new HashMap<>();
        HistoryColumn[] fields = HistoryColumn.values();
        for (int field = 0; field < row.size(); field++) {
            CellValue value = row.get(field);
            if (!value.isBlank()) {
                table.findColumn(fields[field]).ifPresent(column -> cells.put(column, value));
            }
        }
        return cells;
    }

    /**
     * A history table with the columns a run writes, and the header cells that add them.
     *
     * @param table   the table, every added column placed
     * @param headers the header cells to write; empty when the sheet had the columns
     */
    record Widened(HistoryTable table, List<CellWrite> headers) {
    }

    /**
     * Adds the history columns a sheet written before they existed lacks, after the last cell of
     * its header so that no column of the user's moves. The previous-level and previous-reminder
     * columns are added on any run, since an undo needs them; the Mode column only when
     * {@code needsMode}, because a missing mode reads as auto and an auto run need not touch the
     * header. Columns missing together are added in {@link HistoryColumn} order; each is found by
     * its header afterwards, so a sheet that got them on different runs reads the same.
     */
    static Widened withMissingColumns(HistoryTable table, Language language, boolean needsMode) {
        return withMissingColumns(table, language,
                column -> isUndoColumn(column) || needsMode && column == HistoryColumn.MODE);
    }

    /**
     * Adds the {@code wanted} history columns the sheet lacks after the last cell of its header,
     * in {@link HistoryColumn} order.
     */
    static Widened withMissingColumns(HistoryTable table, Language language,
            Predicate<HistoryColumn> wanted) {
        List<Integer> columns = new ArrayList<>(table.columns());
        List<CellWrite> headers = new ArrayList<>();
        int nextFree = Math.max(table.headerLastColumn(),
                columns.stream().mapToInt(Integer::intValue).max().orElse(0)) + 1;
        for (HistoryColumn column : HistoryColumn.values()) {
            while (columns.size() <= column.ordinal()) {
                columns.add(-1);
            }
            if (columns.get(column.ordinal()) < 0 && wanted.test(column)) {
                columns.set(column.ordinal(), nextFree);
                CellRef ref = new CellRef(table.headerRow(), nextFree++);
                headers.add(new CellWrite(ref, new CellValue.Text(column.header(language))));
            }
        }
        HistoryTable widened = new HistoryTable(table.sheet(), table.headerRow(), columns,
                table.lastRow(), Math.max(table.headerLastColumn(), nextFree - 1));
        return new Widened(widened, headers);
    }

    private static boolean isUndoColumn(HistoryColumn column) {
        return column == HistoryColumn.PREVIOUS_LEVEL || column == HistoryColumn.PREVIOUS_REMINDER;
    }

    /** Returns whether a send, not a run, writes the column. */
    static boolean isSendingColumn(HistoryColumn column) {
        return column == HistoryColumn.SENT_AT || column == HistoryColumn.SENDING;
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
