package dev.relance.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.relance.ledger.Client;
import dev.relance.ledger.HistoryEntry;
import dev.relance.ledger.HistoryEntry.Previous;
import dev.relance.ledger.Language;
import dev.relance.ledger.Ledger;
import dev.relance.ledger.Ledger.HistoryColumn;
import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookEdit.CellWrite;
import dev.relance.workbook.WorkbookEdit.SheetEdit;
import dev.relance.workbook.WorkbookFormat;

/**
 * A workbook as a map of cells, to apply edits to and read history rows back the way the ledger
 * reader does, for a history in the standard column order from column A.
 */
final class Grid {

    private final Map<String, TreeMap<CellRef, CellValue>> sheets = new LinkedHashMap<>();

    /**
     * Returns a grid whose history sheet contains the headers of the columns the ledger's history
     * table has, and the ledger's history cells.
     */
    static Grid withHistoryOf(Ledger ledger, String sheet) {
        Grid grid = new Grid();
        TreeMap<CellRef, CellValue> cells = grid.sheet(sheet);
        Ledger.HistoryTable table = ledger.layout().history().orElseThrow();
        for (HistoryColumn column : HistoryColumn.values()) {
            String header = column.header(ledger.settings().language());
            table.findColumn(column).ifPresent(
                    at -> cells.put(new CellRef(0, at), new CellValue.Text(header)));
        }
        for (HistoryEntry entry : ledger.history()) {
            for (int column = 0; column < entry.cells().size(); column++) {
                cells.put(new CellRef(entry.rowIndex(), column), entry.cells().get(column));
            }
        }
        return grid;
    }

    void apply(WorkbookEdit edit) {
        for (SheetEdit sheetEdit : edit.sheets()) {
            if (sheetEdit.create()) {
                assertThat(sheets).as("sheet created twice").doesNotContainKey(sheetEdit.sheetName());
            }
            TreeMap<CellRef, CellValue> cells = sheet(sheetEdit.sheetName());
            for (CellWrite write : sheetEdit.cells()) {
                if (write.value().isBlank()) {
                    cells.remove(write.ref());
                } else {
                    cells.put(write.ref(), write.value());
                }
            }
        }
    }

    /** Returns every non-empty cell of every sheet, by sheet then cell. */
    Map<String, Map<CellRef, CellValue>> snapshot() {
        Map<String, Map<CellRef, CellValue>> copy = new LinkedHashMap<>();
        sheets.forEach((name, cells) -> copy.put(name, new TreeMap<>(cells)));
        return copy;
    }

    /**
     * Reads the history rows below the header, up to the first blank row. The previous-value
     * columns are found by their header, as a run may have added them after the others; without
     * a header they are read at their place in the standard order.
     */
    List<HistoryEntry> history(String sheet) {
        TreeMap<CellRef, CellValue> cells = sheet(sheet);
        int previousLevel = headerColumn(cells, HistoryColumn.PREVIOUS_LEVEL);
        int previousReminder = headerColumn(cells, HistoryColumn.PREVIOUS_REMINDER);
        List<HistoryEntry> entries = new ArrayList<>();
        for (int row = 1; cells.containsKey(new CellRef(row, 0)); row++) {
            List<CellValue> rowCells = new ArrayList<>();
            int width = cells.keySet().stream().mapToInt(CellRef::column).max().orElse(0) + 1;
            for (int column = 0; column < width; column++) {
                rowCells.add(cells.getOrDefault(new CellRef(row, column), CellValue.EMPTY));
            }
            entries.add(entry(row, rowCells, previousLevel, previousReminder));
        }
        return entries;
    }

    private static int headerColumn(TreeMap<CellRef, CellValue> cells, HistoryColumn column) {
        return cells.entrySet().stream()
                .filter(cell -> cell.getKey().row() == 0)
                .filter(cell -> cell.getValue().display().equals(column.header(Language.FR))
                        || cell.getValue().display().equals(column.header(Language.EN)))
                .map(cell -> cell.getKey().column())
                .findFirst()
                .orElse(column.ordinal());
    }

    private static HistoryEntry entry(int row, List<CellValue> cells, int previousLevel,
            int previousReminder) {
        LocalDate date = ((CellValue.DateValue) cells.get(0)).date();
        BigDecimal level = ((CellValue.Number) cells.get(4)).value();
        BigDecimal balance = ((CellValue.Number) cells.get(5)).value();
        Optional<Previous> previous = cells.size() > previousLevel && !cells.get(previousLevel).isBlank()
                ? Optional.of(new Previous(cells.get(previousLevel),
                        cells.size() > previousReminder ? cells.get(previousReminder) : CellValue.EMPTY))
                : Optional.empty();
        return new HistoryEntry(date, cells.get(1).display(), Client.keyOf(cells.get(2).display()),
                cells.get(3).display(), level.intValueExact(), balance, cells.get(6).display(),
                cells.get(7).display(), row, cells, previous);
    }

    /** Sets one cell, as a user would type it. */
    Grid put(String sheet, String a1, CellValue value) {
        sheet(sheet).put(CellRef.parse(a1), value);
        return this;
    }

    /** Returns the grid as a workbook read from a file, sheets in the order they were made. */
    Workbook workbook() {
        List<Sheet> read = new ArrayList<>();
        sheets.forEach((name, cells) -> {
            Map<Integer, List<CellValue>> rows = new TreeMap<>();
            cells.forEach((ref, value) -> {
                List<CellValue> row = rows.computeIfAbsent(ref.row(), ignored -> new ArrayList<>());
                while (row.size() <= ref.column()) {
                    row.add(CellValue.EMPTY);
                }
                row.set(ref.column(), value);
            });
            List<Row> sheetRows = new ArrayList<>();
            rows.forEach((index, row) -> sheetRows.add(new Row(index, row)));
            read.add(new Sheet(name, false, sheetRows));
        });
        return new Workbook(WorkbookFormat.XLSX, read, false);
    }

    private TreeMap<CellRef, CellValue> sheet(String name) {
        return sheets.computeIfAbsent(name, ignored -> new TreeMap<>());
    }
}
