package dev.relance.ledger;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Comparison keys for names and codes typed by people: case, accents and repeated or surrounding
 * spaces of any kind do not count.
 */
public final class TextKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private TextKey() {
    }

    /** Returns the key of a text: lower case, accents removed, white space runs folded to one space. */
    public static String of(String text) {
        if (isPlainAscii(text)) {
            // nothing to decompose or fold: a million invoice rows mostly take this way
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String withoutAccents = MARKS.matcher(decomposed).replaceAll("");
        String folded = SPACES.matcher(withoutAccents).replaceAll(" ").strip();
        return folded.toLowerCase(Locale.ROOT);
    }

    /** Returns whether the text is printable ASCII with single spaces between words only. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ';
            if (space && (i == 0 || i == text.length() - 1 || text.charAt(i - 1) == ' ')) {
                return false;
            }
            if (!space && (c < 0x21 || c > 0x7E)) {
                return false;
            }
        }
        return true;
    }
}
