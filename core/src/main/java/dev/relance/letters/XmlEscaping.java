package dev.relance.letters;

import org.apache.velocity.context.Context;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.Renderable;

/**
 * Escapes every value a template inserts, so that workbook text such as {@code <b>} or
 * {@code &} prints as typed and cannot add markup to the XHTML the PDF is made from.
 *
 * <p>Velocity never evaluates an inserted value, so {@code #set} or {@code ${total}} in a client
 * name is printed as text already; this handler covers the markup. Template blocks
 * ({@code #define} bodies) are template text, not data, and pass through: the references
 * inside them are escaped as they are rendered.
 */
final class XmlEscaping implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || value instanceof Renderable) {
            return value;
        }
        return escape(value.toString());
    }

    /**
     * Escapes the five XML special characters and drops the control characters that XML 1.0
     * does not allow (a stray one in a cell would otherwise make the document unreadable).
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(codePoint -> append(escaped, codePoint));
        return escaped.toString();
    }

    private static void append(StringBuilder escaped, int codePoint) {
        switch (codePoint) {
            case '<' -> escaped.append("&lt;");
            case '>' -> escaped.append("&gt;");
            case '&' -> escaped.append("&amp;");
            case '"' -> escaped.append("&quot;");
            case '\'' -> escaped.append("&#39;");
            default -> {
                if (isAllowedInXml(codePoint)) {
                    escaped.appendCodePoint(codePoint);
                }
            }
        }
    }

    private static boolean isAllowedInXml(int codePoint) {
        return codePoint == '\t' || codePoint == '\n' || codePoint == '\r'
                || codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD
                || codePoint >= 0x10000;
    }
}
