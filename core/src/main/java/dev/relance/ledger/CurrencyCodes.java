package dev.relance.ledger;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.relance.workbook.InvalidValueException;

/** Reads a currency cell as an upper-case ISO 4217 code: {@code €} and {@code eur} are {@code EUR}. */
final class CurrencyCodes {

    private static final Map<String, String> SYMBOLS = Map.of(
            "€", "EUR", "EURO", "EUR", "EUROS", "EUR", "$", "USD", "£", "GBP");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private CurrencyCodes() {
    }

    /**
     * Returns the currency code of the text.
     *
     * @throws InvalidValueException when the text is neither a three-letter code nor a known symbol
     */
    static String of(String text) {
        if (isCode(text)) {
            // the usual case, EUR as typed, without building a copy
            return text;
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        String code = SYMBOLS.getOrDefault(upper, upper);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidValueException("is not a currency code; expected e.g. EUR");
        }
        return code;
    }

    private static boolean isCode(String text) {
        return text.length() == 3 && isUpperAscii(text.charAt(0)) && isUpperAscii(text.charAt(1))
                && isUpperAscii(text.charAt(2));
    }

    private static boolean isUpperAscii(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
