package dev.relance.workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates people type into cells, and date serial numbers.
 *
 * <p>Accepted text: ISO {@code 2026-03-04}; numbers with {@code /}, {@code .} or {@code -} such as
 * {@code 04/03/2026}, {@code 4.3.26}, {@code 04-03-2026}; a French or English month name, full or
 * abbreviated, with or without a dot, as in {@code 1er mars 2026}, {@code 4 févr. 26},
 * {@code March 4, 2026}, {@code Mar 4 2026} or Excel's {@code 04-Mar-26}. Case, accents and extra
 * spaces do not count. A two-digit year is 20xx. Only slash dates follow the {@link SlashOrder}:
 * dot and dash dates are always day first, as in every locale that writes them.
 *
 * <p>A date that does not exist, such as {@code 31/02/2026}, is rejected rather than moved to a
 * nearby day. Parsing uses neither the default locale nor the default time zone.
 */
public final class DateParser {

    /** The order of day and month in a slash date such as {@code 04/03/2026}. */
    public enum SlashOrder {
        /** {@code 04/03/2026} is 4 March, as in France and the United Kingdom. */
        DAY_FIRST,
        /** {@code 04/03/2026} is April 3, as in the United States. */
        MONTH_FIRST
    }

    private static final String YEAR = "(\\d{4}|\\d{2})";
    private static final Pattern ISO = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2" + YEAR);
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(\\d{1,2})(?:er|re|st|nd|rd|th)?([ /-])(\\p{L}+)\\2" + YEAR);
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("(\\p{L}+) (\\d{1,2})(?:st|nd|rd|th)? " + YEAR);

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_SERIAL = 2_958_465;
    private static final int FAKE_LEAP_DAY_SERIAL = 60;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("fevrier", 2), Map.entry("fevr", 2), Map.entry("fev", 2),
            Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("mars", 3), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("avril", 4), Map.entry("avr", 4), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mai", 5), Map.entry("may", 5),
            Map.entry("juin", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("aout", 8), Map.entry("aou", 8), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("septembre", 9), Map.entry("september", 9), Map.entry("sept", 9),
            Map.entry("sep", 9),
            Map.entry("octobre", 10), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("novembre", 11), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("decembre", 12), Map.entry("december", 12), Map.entry("dec", 12));

    private final SlashOrder slashOrder;

    public DateParser(SlashOrder slashOrder) {
        this.slashOrder = slashOrder;
    }

    /**
     * Parses a date typed as text.
     *
     * @throws InvalidValueException when the text is not a date, or names a day that does not exist
     */
    public LocalDate parse(String text) {
        String normalized = normalize(text);

        return parseIso(normalized)
                .or(() -> parseNumeric(normalized))
                .or(() -> parseDayMonthYear(normalized))
                .or(() -> parseMonthDayYear(normalized))
                .orElseThrow(() -> invalid("is not a date"));
    }

    /**
     * Converts a spreadsheet date serial number to its date; a fraction (the time of day) is dropped.
     *
     * @param date1904 true for the 1904 epoch, where serial 0 is 1904-01-01; false for the usual
     *                 epoch, where serial 1 is 1900-01-01
     * @throws InvalidValueException when the serial is before the epoch, after 9999-12-31, or is
     *                               the 1900 epoch's serial 60
     */
    public static LocalDate fromSerial(BigDecimal serial, boolean date1904) {
        int firstSerial = date1904 ? 0 : 1;
        // the range is checked before rounding: rounding 1E+1000000000 would write out its zeros
        if (serial.compareTo(BigDecimal.valueOf(firstSerial)) < 0
                || serial.compareTo(BigDecimal.valueOf(LAST_SERIAL + 1L)) >= 0) {
            throw new InvalidValueException(
                    "is not a date serial number; expected a date cell or e.g. 04/03/2026");
        }
        int days = serial.setScale(0, RoundingMode.FLOOR).intValueExact();

        if (date1904) {
            // Excel for Mac's old epoch: serial 0 is 1 January 1904.
            return LocalDate.of(1904, 1, 1).plusDays(days);
        }
        // Lotus 1-2-3 counted 1900 as a leap year, and Excel kept its serials for compatibility.
        // So serial 60 is a 29 February 1900 that never existed, and every serial from 61
        // (1 March 1900) on is one day ahead of a plain count from 31 December 1899.
        if (days == FAKE_LEAP_DAY_SERIAL) {
            throw new InvalidValueException(
                    "is the serial of 29/02/1900, a day that does not exist; expected a date cell");
        }
        LocalDate dayZero = days < FAKE_LEAP_DAY_SERIAL
                ? LocalDate.of(1899, 12, 31)
                : LocalDate.of(1899, 12, 30);
        return dayZero.plusDays(days);
    }

    /**
     * Lower-cases the text, removes accents, turns every kind of space into one plain space, drops
     * the comma of {@code March 4, 2026} and the dot after an abbreviated month name.
     */
    private static String normalize(String text) {
        String withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String lower = withoutAccents.toLowerCase(Locale.ROOT);
        String withoutPunctuation = lower.replace(",", " ").replaceAll("(?<=\\p{L})\\.", "");
        return withoutPunctuation.replaceAll("[\\s\\u00A0\\u2007\\u2009\\u202F]+", " ").strip();
    }

    private Optional<LocalDate> parseIso(String text) {
        Matcher iso = ISO.matcher(text);
        if (!iso.matches()) {
            return Optional.empty();
        }
        return Optional.of(dateOf(iso.group(1), number(iso.group(3)), number(iso.group(4))));
    }

    private Optional<LocalDate> parseNumeric(String text) {
        Matcher numeric = NUMERIC.matcher(text);
        if (!numeric.matches()) {
            return Optional.empty();
        }

        int first = number(numeric.group(1));
        int second = number(numeric.group(3));
        boolean monthFirst = numeric.group(2).equals("/") && slashOrder == SlashOrder.MONTH_FIRST;
        String year = numeric.group(4);
        return Optional.of(monthFirst ? dateOf(year, first, second) : dateOf(year, second, first));
    }

    private Optional<LocalDate> parseDayMonthYear(String text) {
        Matcher words = DAY_MONTH_YEAR.matcher(text);
        if (!words.matches()) {
            return Optional.empty();
        }
        int month = monthNamed(words.group(3));
        return Optional.of(dateOf(words.group(4), month, number(words.group(1))));
    }

    private Optional<LocalDate> parseMonthDayYear(String text) {
        Matcher words = MONTH_DAY_YEAR.matcher(text);
        if (!words.matches()) {
            return Optional.empty();
        }
        int month = monthNamed(words.group(1));
        return Optional.of(dateOf(words.group(3), month, number(words.group(2))));
    }

    private int monthNamed(String word) {
        Integer month = MONTHS.get(word);
        if (month == null) {
            throw invalid("is not a date because \"" + word + "\" is not a month name");
        }
        return month;
    }

    private LocalDate dateOf(String yearDigits, int month, int day) {
        // A two-digit year is this century's: invoices are not dated in the 1900s.
        int year = yearDigits.length() == 2 ? 2000 + number(yearDigits) : number(yearDigits);
        if (year < FIRST_YEAR) {
            throw invalid("is not a valid date because the year " + year + " is before " + FIRST_YEAR);
        }
        if (month < 1 || month > 12) {
            throw invalid("is not a valid date because there is no month " + month);
        }
        if (day < 1) {
            throw invalid("is not a valid date because there is no day " + day);
        }

        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException ignored) {
            // LocalDate.of rejects a day the month does not have, and the message names the month.
            throw invalid("is not a valid date because " + monthName(year, month) + " has "
                    + YearMonth.of(year, month).lengthOfMonth() + " days");
        }
    }

    private static String monthName(int year, int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    private InvalidValueException invalid(String reason) {
        String example = slashOrder == SlashOrder.DAY_FIRST ? "04/03/2026" : "03/04/2026 for March 4";
        return new InvalidValueException(reason + "; expected e.g. " + example);
    }
}
