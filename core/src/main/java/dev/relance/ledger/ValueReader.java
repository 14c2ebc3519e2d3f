package dev.relance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.relance.workbook.AmountParser;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.DateParser;
import dev.relance.workbook.InvalidValueException;

/**
 * Reads cells as the ledger's types. Each method returns empty for a blank cell and throws
 * {@link InvalidValueException} for a cell that is not of its kind, such as an error value, a
 * formula saved without its result, or text that does not parse.
 *
 * @param dates    the parser for dates typed as text
 * @param amounts  the parser for amounts typed as text
 * @param date1904 true when the workbook's date serials count from 1904
 */
record ValueReader(DateParser dates, AmountParser amounts, boolean date1904) {

    private static final Set<String> YES =
            Set.of("yes", "y", "oui", "x", "1", "true", "vrai", "✓", "✔");
    private static final Set<String> NO = Set.of("no", "n", "non", "0", "false", "faux", "-");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    /** Returns a reader for a workbook with these language settings. */
    static ValueReader forSettings(Settings settings, boolean date1904) {
        DateParser.SlashOrder slashOrder = settings.usSlashDates()
                ? DateParser.SlashOrder.MONTH_FIRST
                : DateParser.SlashOrder.DAY_FIRST;
        AmountParser.DecimalMark decimalMark = settings.language() == Language.FR
                ? AmountParser.DecimalMark.COMMA
                : AmountParser.DecimalMark.POINT;
        return new ValueReader(new DateParser(slashOrder), new AmountParser(decimalMark), date1904);
    }

    /** Returns a copy that reads slash dates day first, as the product writes them. */
    ValueReader withDayFirstDates() {
        return new ValueReader(new DateParser(DateParser.SlashOrder.DAY_FIRST), amounts, date1904);
    }

    /** Reads the cell as text: a number as displayed ({@code 1001}, not {@code 1001.0}). */
    Optional<String> text(CellValue cell) {
        requireResult(cell, "text");
        String text = cell.display().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    Optional<BigDecimal> amount(CellValue cell) {
        requireResult(cell, "an amount");
        if (cell instanceof CellValue.Number number) {
            return Optional.of(number.value());
        }
        return text(cell).map(amounts::parse);
    }

    /**
     * Reads a rate in percent: text such as {@code 12,15 %} or {@code 12.15}, or a number. A
     * number of 1 or less without a percent sign is read as a fraction, because a cell formatted
     * as a percentage contains 0.1215 for 12.15 %, and no late-payment rate is 1 % or less.
     */
    Optional<BigDecimal> percent(CellValue cell) {
        requireResult(cell, "a rate");
        boolean percentSign = cell instanceof CellValue.Text text && text.text().strip().endsWith("%");
        Optional<BigDecimal> value = cell instanceof CellValue.Number number
                ? Optional.of(number.value())
                : text(cell).map(typed -> amounts.parse(typed.replaceFirst("\\s*%$", "")));
        if (value.isPresent() && value.get().signum() < 0) {
            throw new InvalidValueException("is a negative rate; expected e.g. 12,15 %");
        }
        return value.map(rate -> !percentSign && rate.compareTo(BigDecimal.ONE) <= 0
                ? rate.movePointRight(2)
                : rate);
    }

    /**
     * Reads a date cell, a date serial number (a date cell whose format was lost), or a date typed
     * as text.
     */
    Optional<LocalDate> date(CellValue cell) {
        requireResult(cell, "a date");
        if (cell instanceof CellValue.DateValue date) {
            return Optional.of(date.date());
        }
        if (cell instanceof CellValue.Number number) {
            return Optional.of(DateParser.fromSerial(number.value(), date1904));
        }
        return text(cell).map(dates::parse);
    }

    /** Reads a yes/no cell: a boolean, 1 or 0, or a word such as oui, x, ✓, non. */
    Optional<Boolean> flag(CellValue cell) {
        requireResult(cell, "yes or no");
        if (cell instanceof CellValue.Bool bool) {
            return Optional.of(bool.value());
        }
        Optional<String> key = text(cell).map(TextKey::of);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (YES.contains(key.get()) || NO.contains(key.get())) {
            return Optional.of(YES.contains(key.get()));
        }
        // An unknown word such as "litige en cours" is rejected rather than read as no, because
        // reading it as no could remind a client or claim an invoice the user meant to hold back.
        throw new InvalidValueException("is not yes or no; expected e.g. oui, non, x or a blank cell");
    }

    /** Reads a whole number that is zero or more, from a number cell or text such as {@code 30}. */
    Optional<Integer> wholeNumber(CellValue cell) {
        requireResult(cell, "a whole number");
        if (cell instanceof CellValue.Number number && isWholeNumber(number.value())) {
            return Optional.of(number.value().intValueExact());
        }
        Optional<String> text = text(cell);
        if (text.isPresent() && !WHOLE_NUMBER.matcher(text.get()).matches()) {
            throw new InvalidValueException("is not a whole number; expected e.g. 30");
        }
        return text.map(Integer::parseInt);
    }

    private static boolean isWholeNumber(BigDecimal value) {
        return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0
                && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    }

    /** Rejects the cells that have no value to read: error values and formulas saved without one. */
    private static void requireResult(CellValue cell, String expected) {
        if (cell instanceof CellValue.Error) {
            throw new InvalidValueException("is an error value; expected " + expected);
        }
        if (cell instanceof CellValue.FormulaWithoutValue) {
            throw new InvalidValueException("is a formula saved without its result; expected "
                    + expected + ". Open and save the workbook in Excel or Calc to compute it");
        }
    }
}
