package dev.relance.ledger;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Comparison keys for names and codes typed by people: case, accents and repeated or surrounding
 * spaces of any kind do not count.
 */
public final class TextKey {

    private TextKey() {
    }

    /** Returns the key of a text: lower case, accents removed, white space runs folded to one space. */
    public static String of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String withoutAccents = decomposed.replaceAll("\\p{M}+", "");
        String folded = withoutAccents.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
        return folded.toLowerCase(Locale.ROOT);
    }
}
