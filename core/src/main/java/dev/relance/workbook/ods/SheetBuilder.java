package dev.relance.workbook.ods;

import java.util.ArrayList;
import java.util.List;

import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.RowSink;

/**
 * Hands the rows of one table to a sink as they are read, expanding repeats that hold data and
 * counting, without expanding, the empty ones.
 */
final class SheetBuilder {

    private final RowSink sink;
    private final List<Merge> merges = new ArrayList<>();
    private int nextRow;

    SheetBuilder(RowSink sink) {
        this.sink = sink;
    }

    /** Returns the 0-based index the next row read will get. */
    int nextRow() {
        return nextRow;
    }

    /** Adds one {@code table:table-row}, standing for {@code repeat} identical rows. */
    void addRows(List<CellRun> cells, int repeat) {
        int count = Math.min(repeat, OdfXml.MAX_ROWS - nextRow);
        merges.removeIf(merge -> merge.lastRow() < nextRow);
        // LibreOffice ends every sheet with one empty row repeated up to row 1,048,576: it is
        // counted, never expanded. A repeated row with data is expanded, within the sheet limit.
        if (count > 0 && !allBlank(cells)) {
            addExpandedRows(cells, count);
        }
        nextRow += Math.max(count, 0);
    }

    /** Marks the end of the table. */
    void end() {
        sink.end();
    }

    private void addExpandedRows(List<CellRun> cells, int count) {
        // identical rows share one cell list, unless merged ranges give each its own values
        boolean differs = false;
        for (CellRun cell : cells) {
            differs |= cell.covered() || cell.isMergeOrigin();
        }
        List<CellValue> first = List.copyOf(valuesOf(cells, nextRow));
        for (int offset = 0; offset < count; offset++) {
            int index = nextRow + offset;
            List<CellValue> values = differs && offset > 0 ? valuesOf(cells, index) : first;
            // each copy is a row of its own: a sink that keeps rows counts each copy, so that a
            // row repeated a million times fails early, and a sink that streams them gets rows
            // that share one cell list
            if (!Row.isBlank(values)) {
                sink.row(new Row(index, values));
            }
        }
    }

    private static boolean allBlank(List<CellRun> cells) {
        // loops rather than streams here and below: every row of the table passes through
        for (CellRun cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Lays the runs out by column, from column A to the last non-empty cell. */
    private List<CellValue> valuesOf(List<CellRun> cells, int rowIndex) {
        List<CellValue> values = new ArrayList<>();
        int column = 0;
        for (CellRun cell : cells) {
            if (column >= OdfXml.MAX_COLUMNS) {
                break;
            }
            int count = Math.min(cell.repeat(), OdfXml.MAX_COLUMNS - column);
            if (cell.covered()) {
                fillFromMerges(values, rowIndex, column, count);
            } else if (!(cell.value() instanceof CellValue.Empty)) {
                fill(values, column, column + count, cell.value());
                registerMerge(cell, rowIndex, column);
            }
            column += count;
        }
        return values;
    }

    /**
     * Remembers a merged range so that its covered cells read as its top-left cell. A repeated
     * merge origin is not something LibreOffice writes; only its first copy is registered.
     */
    private void registerMerge(CellRun origin, int rowIndex, int column) {
        if (origin.isMergeOrigin()) {
            int lastRow = (int) Math.min((long) rowIndex + origin.rowsSpanned() - 1, OdfXml.MAX_ROWS - 1);
            int lastColumn = (int) Math.min((long) column + origin.columnsSpanned() - 1,
                    OdfXml.MAX_COLUMNS - 1);
            merges.add(new Merge(rowIndex, lastRow, column, lastColumn, origin.value()));
        }
    }

    /**
     * Gives covered cells the value of the merged range over them. Working range by range
     * keeps a long run of covered cells cheap when few of them lie under a merge.
     */
    private void fillFromMerges(List<CellValue> values, int rowIndex, int column, int count) {
        for (Merge merge : merges) {
            int from = Math.max(column, merge.firstColumn());
            int to = Math.min(column + count, merge.lastColumn() + 1);
            if (merge.firstRow() <= rowIndex && rowIndex <= merge.lastRow() && from < to) {
                fill(values, from, to, merge.value());
            }
        }
    }

    private static void fill(List<CellValue> values, int from, int to, CellValue value) {
        while (values.size() < to) {
            values.add(CellValue.EMPTY);
        }
        for (int column = from; column < to; column++) {
            values.set(column, value);
        }
    }

    /** A merged range with a value, inclusive bounds. */
    private record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn, CellValue value) {
    }
}
