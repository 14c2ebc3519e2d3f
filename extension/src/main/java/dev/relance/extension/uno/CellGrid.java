package dev.relance.extension.uno;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;

/**
 * Turns what {@code getDataArray} returns for a block of a sheet into rows of the workbook view.
 * A number is a date or a boolean when its cell has a date or boolean format; a text is a text; an empty
 * string is an empty cell. {@code getDataArray} returns nothing usable for a formula in error, so
 * those few cells are asked for their displayed text one by one.
 */
final class CellGrid {

    private final LocalDate nullDate;
    private final BiFunction<Integer, Integer, String> errorText;

    /**
     * @param nullDate  the day of serial number 0 in this document (1899-12-30 unless changed)
     * @param errorText the displayed text of the cell at (row, column), for formulas in error
     */
    CellGrid(LocalDate nullDate, BiFunction<Integer, Integer, String> errorText) {
        this.nullDate = nullDate;
        this.errorText = errorText;
    }

    /**
     * Returns the non-blank rows of a block whose first row is {@code firstRow}, from column A.
     *
     * @param kinds which of the block's number cells are dates or booleans
     */
    List<Row> rows(int firstRow, Object[][] data, BlockKinds kinds) {
        List<Row> rows = new ArrayList<>();
        for (int offset = 0; offset < data.length; offset++) {
            Row row = row(firstRow + offset, data[offset], kinds);
            if (!row.isBlank()) {
                rows.add(trimmed(row));
            }
        }
        return rows;
    }

    private Row row(int index, Object[] values, BlockKinds kinds) {
        List<CellValue> cells = new ArrayList<>(values.length);
        for (int column = 0; column < values.length; column++) {
            cells.add(cell(index, column, values[column], kinds));
        }
        return new Row(index, cells);
    }

    private CellValue cell(int row, int column, Object value, BlockKinds kinds) {
        if (value instanceof String text) {
            return text.isEmpty() ? CellValue.EMPTY : new CellValue.Text(text);
        }
        if (value instanceof Double number) {
            return number(kinds.kind(row, column), number);
        }
        return new CellValue.Error(errorText.apply(row, column));
    }

    private CellValue number(CellKind kind, double number) {
        return switch (kind) {
            // The time of day, the fraction of the serial number, is dropped.
            case DATE -> new CellValue.DateValue(nullDate.plusDays((long) Math.floor(number)));
            case BOOLEAN -> new CellValue.Bool(number != 0);
            case NUMBER -> new CellValue.Number(decimal(number));
        };
    }

    /**
     * Returns the shortest decimal that reads back as the same double, without trailing zeros,
     * as the file readers give it: 1250 rather than 1250.0.
     */
    private static BigDecimal decimal(double number) {
        BigDecimal value = BigDecimal.valueOf(number).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** Returns the row without its trailing empty cells, as the file readers give it. */
    private static Row trimmed(Row row) {
        List<CellValue> cells = row.cells();
        int end = cells.size();
        while (end > 0 && cells.get(end - 1) instanceof CellValue.Empty) {
            end--;
        }
        return end == cells.size() ? row : new Row(row.index(), cells.subList(0, end));
    }
}
