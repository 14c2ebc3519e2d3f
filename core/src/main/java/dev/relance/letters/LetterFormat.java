package dev.relance.letters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import dev.relance.ledger.Language;

/**
 * Formats the amounts and dates of a letter the way a business letter in its language writes
 * them: {@code 1 234,56 €} and {@code 4 décembre 2026} in French, {@code €1,234.56} and
 * {@code 4 December 2026} in English.
 *
 * <p>Separators are set here rather than taken from the JDK's locale data, which has changed
 * the French grouping character between releases: French groups digits with a narrow no-break
 * space (U+202F) and puts a no-break space (U+00A0) before the currency symbol.
 */
final class LetterFormat {

    static final char NARROW_NO_BREAK_SPACE = '\u202F';
    static final char NO_BREAK_SPACE = '\u00A0';

    private static final DateTimeFormatter FRENCH_DAY_MONTH =
            DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter FRENCH_SHORT =
            DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH_LONG =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    // Month abbreviations keep English table dates unambiguous for British and American readers.
    private static final DateTimeFormatter ENGLISH_SHORT =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Language language;

    LetterFormat(Language language) {
        this.language = language;
    }

    /** Formats a date for running text: {@code 1er décembre 2026}, {@code 1 December 2026}. */
    String longDate(LocalDate date) {
        if (language == Language.EN) {
            return ENGLISH_LONG.format(date);
        }
        // French writes the first day of a month as an ordinal: "1er décembre".
        String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return day + " " + FRENCH_DAY_MONTH.format(date);
    }

    /** Formats a date for a table column: {@code 04/12/2026}, {@code 4 Dec 2026}. */
    String shortDate(LocalDate date) {
        return language == Language.EN ? ENGLISH_SHORT.format(date) : FRENCH_SHORT.format(date);
    }

    /**
     * Formats an amount with its currency, rounded half up to the currency's usual decimals.
     * The euro is written {@code €}. Another ISO 4217 code is written with the JDK's symbol for
     * it in the letter's language ({@code $US} in French, {@code US$} in English), and any
     * other text is written as typed.
     */
    String amount(BigDecimal value, String currencyCode) {
        CurrencyMark mark = CurrencyMark.of(currencyCode, language.locale());
        String digits = digits(value.abs(), mark.fractionDigits());
        String sign = value.signum() < 0 ? "-" : "";
        if (language == Language.EN) {
            String gap = Character.isLetter(mark.symbol().charAt(mark.symbol().length() - 1))
                    ? String.valueOf(NO_BREAK_SPACE) : "";
            return sign + mark.symbol() + gap + digits;
        }
        return sign + digits + NO_BREAK_SPACE + mark.symbol();
    }

    /** Formats a yearly rate in percent: {@code 12,15 %} in French, {@code 12.15%} in English. */
    String percent(BigDecimal ratePercent) {
        int decimals = Math.max(0, ratePercent.stripTrailingZeros().scale());
        String digits = digits(ratePercent, decimals);
        return language == Language.EN ? digits + "%" : digits + NARROW_NO_BREAK_SPACE + "%";
    }

    private String digits(BigDecimal value, int fractionDigits) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(language == Language.EN ? ',' : NARROW_NO_BREAK_SPACE);
        symbols.setDecimalSeparator(language == Language.EN ? '.' : ',');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A currency as printed: its symbol and how many decimals its amounts show. */
    private record CurrencyMark(String symbol, int fractionDigits) {

        private static final int USUAL_FRACTION_DIGITS = 2;

        static CurrencyMark of(String code, Locale locale) {
            String trimmed = code.strip();
            if (trimmed.equalsIgnoreCase("EUR")) {
                return new CurrencyMark("€", USUAL_FRACTION_DIGITS);
            }
            try {
                Currency currency = Currency.getInstance(trimmed.toUpperCase(Locale.ROOT));
                // Pseudo-currencies such as XAU have no decimals defined (-1).
                int digits = currency.getDefaultFractionDigits();
                int decimals = digits < 0 ? USUAL_FRACTION_DIGITS : digits;
                return new CurrencyMark(currency.getSymbol(locale), decimals);
            } catch (IllegalArgumentException ignored) {
                // Not an ISO 4217 code, so the letter repeats the workbook's text.
                return new CurrencyMark(trimmed.isEmpty() ? "?" : trimmed, USUAL_FRACTION_DIGITS);
            }
        }
    }
}
