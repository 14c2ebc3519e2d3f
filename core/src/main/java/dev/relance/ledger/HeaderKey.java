package dev.relance.ledger;

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
        return TextKey.of(PUNCTUATION.matcher(text).replaceAll(" "));
    }
}
