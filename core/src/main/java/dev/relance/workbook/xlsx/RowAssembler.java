package dev.relance.workbook.xlsx;

import java.util.ArrayList;
import java.util.List;

import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.RowSink;

/**
 * Gathers the cells of the row being read and hands the row to the sink once the next row
 * starts. With merged ranges known, each covered cell gets the value of its range's top-left
 * cell, as Excel shows it, and rows that only a range covers are made up.
 */
final class RowAssembler {

    private final RowSink sink;
    private final MergeFill fill;
    private final CellValue[] origins;
    private final List<CellValue> cells = new ArrayList<>();
    private int row = -1;
    private int lastRow = -1;
    private int lastColumn = -1;

    RowAssembler(RowSink sink, MergeFill fill) {
        this.sink = sink;
        this.fill = fill;
        this.origins = new CellValue[fill.merges().size()];
    }

    /** Puts a cell's value; a later value of the same cell wins, as in a cell map. */
    void put(int rowIndex, int column, CellValue value) {
        if (rowIndex != row) {
            flush();
            fillRowsBefore(rowIndex);
            row = rowIndex;
        }
        if (value instanceof CellValue.Empty) {
            return;
        }
        while (cells.size() <= column) {
            cells.add(CellValue.EMPTY);
        }
        cells.set(column, value);
        lastRow = Math.max(lastRow, rowIndex);
        lastColumn = Math.max(lastColumn, column);
    }

    /** Hands on the last row, and the rows below it that only a merged range covers. */
    void finish() {
        flush();
        fillRowsBefore(fill.lastRow() + 1);
    }

    int lastRow() {
        return lastRow;
    }

    int lastColumn() {
        return lastColumn;
    }

    private void fillRowsBefore(int next) {
        if (fill.merges().isEmpty()) {
            return;
        }
        for (int between = row + 1; between < next && between <= fill.lastRow(); between++) {
            if (fill.coversRow(between)) {
                row = between;
                flush();
            }
        }
    }

    private void flush() {
        if (row < 0) {
            return;
        }
        applyMerges();
        int last = cells.size() - 1;
        while (last >= 0 && cells.get(last) instanceof CellValue.Empty) {
            last--;
        }
        Row complete = new Row(row, cells.subList(0, last + 1));
        cells.clear();
        if (!complete.isBlank()) {
            sink.row(complete);
        }
    }

    /**
     * Copies each range's top-left value over the cells it covers in this row. An empty top-left
     * cell empties the range, as the merge shows nothing there.
     */
    private void applyMerges() {
        List<CellRange> merges = fill.merges();
        for (int index = 0; index < merges.size(); index++) {
            CellRange range = merges.get(index);
            if (range.first().row() == row) {
                origins[index] = cellAt(range.first().column());
            }
            if (range.first().row() <= row && row <= fill.lastRow(range) && origins[index] != null) {
                for (int column = range.first().column(); column <= fill.lastColumn(range); column++) {
                    while (cells.size() <= column) {
                        cells.add(CellValue.EMPTY);
                    }
                    cells.set(column, origins[index]);
                }
            }
        }
    }

    private CellValue cellAt(int column) {
        return column < cells.size() ? cells.get(column) : CellValue.EMPTY;
    }
}
