package dev.relance.workbook.xlsx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The escape that SpreadsheetML uses in cell text for characters XML 1.0 cannot carry: a control
 * character such as U+0001 is stored as {@code _x0001_}, and a literal {@code _x0041_} typed by a
 * user is stored with its underscore escaped, as {@code _x005F_x0041_}.
 */
final class OoxmlText {

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final Pattern LITERAL_ESCAPE = Pattern.compile("_(?=x[0-9A-Fa-f]{4}_)");

    private OoxmlText() {
    }

    /** Replaces each {@code _xHHHH_} by the character it stands for. */
    static String decode(String stored) {
        if (stored.indexOf("_x") < 0) {
            return stored;
        }
        Matcher matcher = ESCAPE.matcher(stored);
        StringBuilder decoded = new StringBuilder();
        while (matcher.find()) {
            char character = (char) Integer.parseInt(matcher.group(1), 16);
            matcher.appendReplacement(decoded, Matcher.quoteReplacement(String.valueOf(character)));
        }
        matcher.appendTail(decoded);
        return decoded.toString();
    }

    /** Escapes text so that {@link #decode} gives it back and the XML stays well-formed. */
    static String encode(String text) {
        String literalsKept = LITERAL_ESCAPE.matcher(text).replaceAll("_x005F_");
        StringBuilder encoded = new StringBuilder(literalsKept.length());
        for (int i = 0; i < literalsKept.length(); i++) {
            char character = literalsKept.charAt(i);
            if (isAllowedInXml(literalsKept, i)) {
                encoded.append(character);
            } else {
                encoded.append(String.format("_x%04X_", (int) character));
            }
        }
        return encoded.toString();
    }

    private static boolean isAllowedInXml(String text, int index) {
        char character = text.charAt(index);
        if (Character.isHighSurrogate(character)) {
            return index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(character)) {
            return index > 0 && Character.isHighSurrogate(text.charAt(index - 1));
        }
        return character == '\t' || character == '\n' || character == '\r'
                || (character >= 0x20 && character != 0xFFFE && character != 0xFFFF);
    }
}
