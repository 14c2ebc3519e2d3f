package dev.relance.workbook.ods;

import dev.relance.workbook.ReadLimits;

/**
 * The text of one {@code text:p}, with ODF's white space rule: white space typed in the XML
 * collapses to one space and is dropped at the start and end of the paragraph, while
 * {@code text:s}, {@code text:tab} and {@code text:line-break} are kept as written.
 */
final class ParagraphText {

    /**
     * Caps a paragraph one character past the longest cell text, so that a file full of huge
     * {@code text:s} counts cannot fill memory and a text too long is still noticed.
     */
    static final int MAX_LENGTH = ReadLimits.MAX_TEXT_LENGTH + 1;

    private final StringBuilder text = new StringBuilder();
    private boolean spacePending;

    /** Appends character data from the XML, collapsing its white space. */
    void appendLiteral(String characters) {
        if (characters.isEmpty()) {
            return;
        }
        if (hasNoWhiteSpace(characters)) {
            // most cell text is one word or number: appended whole
            flushSpace();
            append(characters);
            return;
        }
        for (int i = 0; i < characters.length(); i++) {
            char c = characters.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                spacePending = text.length() > 0;
            } else {
                flushSpace();
                if (text.length() < MAX_LENGTH) {
                    text.append(c);
                }
            }
        }
    }

    /** Appends characters written as elements, which ODF keeps as they are. */
    void appendKept(String characters) {
        flushSpace();
        append(characters);
    }

    /**
     * Returns whether text taken alone reads as it is: no white space but single spaces between
     * words, and not longer than a paragraph is kept.
     */
    static boolean isCollapsed(String characters) {
        int length = characters.length();
        if (length == 0 || length > MAX_LENGTH || characters.charAt(0) == ' ' || characters.charAt(length - 1) == ' ') {
            return length == 0;
        }
        for (int i = 0; i < length; i++) {
            char c = characters.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || (c == ' ' && characters.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNoWhiteSpace(String characters) {
        for (int i = 0; i < characters.length(); i++) {
            char c = characters.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private void flushSpace() {
        if (spacePending) {
            append(" ");
            spacePending = false;
        }
    }

    private void append(String characters) {
        int room = MAX_LENGTH - text.length();
        text.append(characters, 0, Math.min(room, characters.length()));
    }
}
