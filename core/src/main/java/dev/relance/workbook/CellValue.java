package dev.relance.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a cell holds, as the readers present it to the rest of the product. Formulas are read by
 * their cached value; a formula saved without one is {@link FormulaWithoutValue}. No library's cell
 * type crosses this line.
 */
public sealed interface CellValue {

    /** The single empty cell. */
    Empty EMPTY = new Empty();

    /** Returns whether the cell holds nothing, or only white space. */
    default boolean isBlank() {
        return false;
    }

    /**
     * Returns the cell as a user would read it, for messages and for matching text: a number
     * without trailing zeros, a date in ISO form.
     */
    String display();

    /** A cell with nothing in it. */
    record Empty() implements CellValue {
        @Override
        public boolean isBlank() {
            return true;
        }

        @Override
        public String display() {
            return "";
        }
    }

    /** A text cell, as typed. */
    record Text(String text) implements CellValue {
        @Override
        public boolean isBlank() {
            return text.isBlank();
        }

        @Override
        public String display() {
            return text;
        }
    }

    /**
     * A number cell that is not formatted as a date. An XLSX number is stored as the shortest
     * decimal that reads back as the same double, so the {@code BigDecimal} here is that decimal.
     */
    record Number(BigDecimal value) implements CellValue {
        @Override
        public String display() {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    /**
     * A date cell: a number formatted as a date (XLSX, epoch already applied) or an ODS date
     * value. The time of day, if any, is dropped.
     */
    record DateValue(LocalDate date) implements CellValue {
        @Override
        public String display() {
            return date.toString();
        }
    }

    /** A boolean cell. */
    record Bool(boolean value) implements CellValue {
        @Override
        public String display() {
            return value ? "TRUE" : "FALSE";
        }
    }

    /** A cell whose cached value is an error such as {@code #DIV/0!}. */
    record Error(String code) implements CellValue {
        @Override
        public String display() {
            return code;
        }
    }

    /** A formula saved without a cached result (files written by some libraries). */
    record FormulaWithoutValue(String formula) implements CellValue {
        @Override
        public String display() {
            return "=" + formula;
        }
    }
}
