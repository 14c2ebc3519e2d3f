package dev.relance.ledger;

import java.util.Currency;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comparison keys for sheet names, column headers and setting keys. On top of what
 * {@link TextKey} folds (case, accents, spaces), the punctuation people add or leave out in
 * headers does not count: {@code N° facture}, {@code n facture} and {@code N°facture :} are one key.
 */
final class HeaderKey {

    private static final Pattern PUNCTUATION = Pattern.compile("[°º.'’:#_*]");

    private HeaderKey() {
    }

    /** Returns the key of a name or header. */
    static String of(String text) {
        // Punctuation becomes a space rather than nothing, so that "Date d'échéance" and
        // "Date d' échéance" give the same key.
        return TextKey.of(PUNCTUATION.matcher(withoutCurrencyUnit(text)).replaceAll(" "));
    }

    /**
     * Removes a currency written as the column's unit ({@code Montant (€)}, {@code Amount in USD},
     * {@code Solde €}), because it describes what the cells contain, not which column this is. Any
     * other bracketed word stays, because {@code Montant (HT)} is not the amount due.
     */
    private static String withoutCurrencyUnit(String text) {
        Matcher unit = CURRENCY_UNIT.matcher(text);
        if (!unit.find()) {
            return text;
        }
        String code = unit.group("bracketed") != null ? unit.group("bracketed") : unit.group("code");
        return code == null || isCurrencyCode(code) ? text.substring(0, unit.start()) : text;
    }

    private static boolean isCurrencyCode(String code) {
        if (code.length() == 1) {
            return true;
        }
        try {
            Currency.getInstance(code.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Pattern for a currency at the end of a header: a symbol or an ISO code in brackets, a bare
     * symbol, or a bare code in capitals, each optionally after "en" or "in". A bare code must be in
     * capitals because in lower case {@code Amount due} would end in one.
     */
    private static final Pattern CURRENCY_UNIT = Pattern.compile("(?:"
            + "\\s*\\(\\s*(?:(?:en|in)\\s+)?(?<bracketed>[€$£]|[A-Za-z]{3})\\s*\\)"
            + "|(?:\\s+(?:en|in))?\\s*[€$£]"
            + "|\\s+(?:(?:en|in)\\s+)?(?<code>[A-Z]{3}))\\s*$");
}
