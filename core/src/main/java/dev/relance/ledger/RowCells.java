package dev.relance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import dev.relance.plan.Problem;
import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.InvalidValueException;
import dev.relance.workbook.Row;

/**
 * The cells of one data row, read as typed values. A cell that cannot be read becomes a
 * {@link Problem} at that cell and reads as empty, so that a reader can collect every problem of
 * the row before leaving the row out.
 */
final class RowCells {

    private final String sheet;
    private final Row row;
    private final ValueReader values;
    /** Empty and shared until the first problem, because most rows have none. */
    private List<Problem> problems = List.of();

    RowCells(String sheet, Row row, ValueReader values) {
        this.sheet = sheet;
        this.row = row;
        this.values = values;
    }

    Row row() {
        return row;
    }

    // The readers below are unbound method references, created once, rather than references
    // bound to this row's value reader, which would be created for each cell of a million rows.

    Optional<String> text(Optional<Integer> column) {
        return readWith(column, ValueReader::text);
    }

    Optional<BigDecimal> amount(Optional<Integer> column) {
        return readWith(column, ValueReader::amount);
    }

    Optional<BigDecimal> percent(Optional<Integer> column) {
        return readWith(column, ValueReader::percent);
    }

    Optional<LocalDate> date(Optional<Integer> column) {
        return readWith(column, ValueReader::date);
    }

    Optional<Boolean> flag(Optional<Integer> column) {
        return readWith(column, ValueReader::flag);
    }

    Optional<Integer> wholeNumber(Optional<Integer> column) {
        return readWith(column, ValueReader::wholeNumber);
    }

    /** Reads the cell as text and converts it; a conversion that throws is reported at the cell. */
    <T> Optional<T> textAs(Optional<Integer> column, Function<String, T> conversion) {
        if (column.isEmpty()) {
            return Optional.empty();
        }
        try {
            return values.text(row.cell(column.get())).map(conversion);
        } catch (InvalidValueException invalid) {
            report(column.get(), invalid.getMessage());
            return Optional.empty();
        }
    }

    /** Reports the message at the cell unless the condition holds; returns the condition. */
    boolean check(boolean condition, int column, String message) {
        if (!condition) {
            report(column, message);
        }
        return condition;
    }

    /** Reads a cell that must be filled; a blank one is reported with the given message. */
    Optional<String> requiredText(int column, String message) {
        if (row.cell(column).isBlank()) {
            report(column, message);
            return Optional.empty();
        }
        return text(Optional.of(column));
    }

    /**
     * Reads the cell in the column, when the sheet has that column, with the given reader. An
     * {@link InvalidValueException} from the reader becomes a problem at the cell.
     */
    <T> Optional<T> read(Optional<Integer> column, Function<CellValue, Optional<T>> reader) {
        if (column.isEmpty()) {
            return Optional.empty();
        }
        try {
            return reader.apply(row.cell(column.get()));
        } catch (InvalidValueException invalid) {
            report(column.get(), invalid.getMessage());
            return Optional.empty();
        }
    }

    /** Reads the cell in the column with one of the value reader's methods. */
    private <T> Optional<T> readWith(Optional<Integer> column,
            BiFunction<ValueReader, CellValue, Optional<T>> reader) {
        if (column.isEmpty()) {
            return Optional.empty();
        }
        try {
            return reader.apply(values, row.cell(column.get()));
        } catch (InvalidValueException invalid) {
            report(column.get(), invalid.getMessage());
            return Optional.empty();
        }
    }

    /** Reports a problem at the cell in the given column of this row. */
    void report(int column, String message) {
        if (problems.isEmpty()) {
            problems = new ArrayList<>();
        }
        problems.add(new Problem(sheet, cellName(column), row.cell(column).display(), message));
    }

    /** Returns the cell's name in A1 notation, such as {@code D7}. */
    String cellName(int column) {
        return new CellRef(row.index(), column).toString();
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    List<Problem> problems() {
        return problems.isEmpty() ? List.of() : List.copyOf(problems);
    }
}
