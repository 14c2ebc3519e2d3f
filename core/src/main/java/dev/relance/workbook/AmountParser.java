package dev.relance.workbook;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses amounts typed as text, to their exact decimal value.
 *
 * <p>Accepted: {@code 1 234,56 €}, {@code 1234.56}, {@code 1,234.56 EUR}, {@code 1.234,56},
 * {@code €1,234.56}, {@code 1'234.50 CHF}, {@code -1 234}, {@code € -12}, {@code (1 234,56)}. Digits
 * may be grouped by threes with a space of any kind (ordinary, no-break U+00A0, figure U+2007,
 * thin U+2009, narrow no-break U+202F), a comma, a point or an apostrophe, and the decimal mark is
 * a comma or a point. One currency symbol or code ({@code € EUR $ USD £ GBP CHF}), before or
 * after the number, is ignored. A minus sign ({@code -} or U+2212) goes before the number or its
 * currency symbol; parentheses also mean a negative amount, as in accounting.
 *
 * <p>Separators that do not split the digits into groups of three, as in {@code 12 34,5}, are
 * rejected, never guessed. One case is ambiguous: a single comma or point followed by exactly
 * three digits, as in {@code 1,234} or {@code 1.234}. It is read as the workbook's own decimal
 * mark when it is that mark, and as a thousands separator otherwise. So {@code 1,234} is 1234 in
 * an English workbook and 1.234 in a French one, and {@code 1.234} the reverse.
 */
public final class AmountParser {

    /** The decimal mark of the workbook's language, used only to read an ambiguous amount. */
    public enum DecimalMark {
        /** French: {@code 1 234,56}. */
        COMMA(',', "1 234,56"),
        /** English: {@code 1,234.56}. */
        POINT('.', "1,234.56");

        private final char mark;
        private final String example;

        DecimalMark(char mark, String example) {
            this.mark = mark;
            this.example = example;
        }
    }

    private static final String CURRENCY = "(€|eur|\\$|usd|£|gbp|chf)";
    private static final String SIGN = "([-+])";
    private static final Pattern SHAPE = Pattern.compile(
            SIGN + "? *" + CURRENCY + "? *" + SIGN + "? *(\\d(?:[\\d ,.']*\\d)?) *" + CURRENCY + "?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:(\\D)\\d{3})*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern AMBIGUOUS = Pattern.compile("[1-9]\\d{0,2}[,.]\\d{3}");

    private final DecimalMark decimalMark;

    public AmountParser(DecimalMark decimalMark) {
        this.decimalMark = decimalMark;
    }

    /**
     * Parses an amount typed as text.
     *
     * @throws InvalidValueException when the text is not an amount, or its digit groups are not
     *                               of three digits
     */
    public BigDecimal parse(String text) {
        String normalized = normalize(text);
        boolean inParentheses = normalized.startsWith("(") && normalized.endsWith(")");
        String inner = inParentheses
                ? normalized.substring(1, normalized.length() - 1).strip()
                : normalized;

        Matcher shape = SHAPE.matcher(inner);
        if (!shape.matches() || signCount(shape, inParentheses) > 1 || hasTwoCurrencies(shape)) {
            throw invalid("is not an amount");
        }

        BigDecimal magnitude = parseDigits(shape.group(4));
        boolean negative = inParentheses || "-".equals(shape.group(1)) || "-".equals(shape.group(3));
        return negative ? magnitude.negate() : magnitude;
    }

    /**
     * Returns the currency symbol or code typed with an amount ({@code €} in {@code 1 234,56 €}),
     * as typed, or empty when the text states none or is not an amount.
     */
    public Optional<String> statedCurrency(String text) {
        String normalized = normalize(text);
        if (normalized.startsWith("(") && normalized.endsWith(")")) {
            normalized = normalized.substring(1, normalized.length() - 1).strip();
        }
        Matcher shape = SHAPE.matcher(normalized);
        if (!shape.matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(shape.group(2) != null ? shape.group(2) : shape.group(5));
    }

    /** Turns every kind of space into a plain space, and the minus sign and right quote into ASCII. */
    private static String normalize(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u2009\\u202F]", " ")
                .replace('\u2212', '-')
                .replace('\u2019', '\'')
                .strip();
    }

    private static int signCount(Matcher shape, boolean inParentheses) {
        int count = inParentheses ? 1 : 0;
        count += shape.group(1) == null ? 0 : 1;
        count += shape.group(3) == null ? 0 : 1;
        return count;
    }

    private static boolean hasTwoCurrencies(Matcher shape) {
        return shape.group(2) != null && shape.group(5) != null;
    }

    /** Reads the digits with their separators, such as {@code 1 234,56}, as an unsigned amount. */
    private BigDecimal parseDigits(String number) {
        int decimalAt = decimalMarkPosition(number);
        String integerPart = decimalAt < 0 ? number : number.substring(0, decimalAt);
        String fraction = decimalAt < 0 ? "" : number.substring(decimalAt + 1);

        if (decimalAt >= 0 && !DIGITS.matcher(fraction).matches()) {
            throw invalid("is not an amount because of separators after the decimal mark");
        }
        String integerDigits = requireGroupsOfThree(integerPart);
        return new BigDecimal(fraction.isEmpty() ? integerDigits : integerDigits + "." + fraction);
    }

    /** Returns the index of the decimal mark in the number, or -1 when it has none. */
    private int decimalMarkPosition(String number) {
        int lastComma = number.lastIndexOf(',');
        int lastPoint = number.lastIndexOf('.');
        if (lastComma < 0 && lastPoint < 0) {
            return -1;
        }

        // With both a comma and a point, the one that comes last is the decimal mark.
        int last = Math.max(lastComma, lastPoint);
        char mark = number.charAt(last);
        if (lastComma >= 0 && lastPoint >= 0) {
            return last;
        }
        // A mark that comes more than once can only separate groups: 1,234,567.
        if (number.indexOf(mark) != last) {
            return -1;
        }
        if (AMBIGUOUS.matcher(number).matches() && mark != decimalMark.mark) {
            return -1;
        }
        return last;
    }

    /** Returns the digits of the integer part, checking it is grouped by threes with one separator. */
    private String requireGroupsOfThree(String integerPart) {
        if (DIGITS.matcher(integerPart).matches()) {
            return integerPart;
        }

        Matcher grouped = GROUPED.matcher(integerPart);
        if (!grouped.matches()) {
            throw invalid("is not an amount because its digits are not in groups of three");
        }
        String separators = integerPart.replaceAll("\\d", "");
        if (separators.chars().distinct().count() > 1) {
            throw invalid("is not an amount because it mixes thousands separators");
        }
        return integerPart.replaceAll("\\D", "");
    }

    private InvalidValueException invalid(String reason) {
        return new InvalidValueException(reason + "; expected e.g. " + decimalMark.example);
    }
}
