package dev.relance.workbook;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of UTF-8 XML text and attribute values, for the readers that scan a part's
 * bytes instead of parsing it. References are replaced and line ends normalised. Every byte is
 * checked, so that bytes that are not valid XML are recognised as such.
 */
public final class XmlBytes {

    /**
     * The bytes that stand for themselves, in text and in attribute values: printable ASCII but
     * {@code &} and {@code <}. In text also line feeds and tabs, but not {@code >}, which ends the
     * {@code ]]>} that text may not contain.
     */
    private static final boolean[] PLAIN_IN_TEXT = plainBytes(true);
    private static final boolean[] PLAIN_IN_ATTRIBUTE = plainBytes(false);

    /**
     * An XML 1.0 declaration of UTF-8 that the XML parser accepts, without its closing
     * {@code ?>}. Each underscore is replaced with XML white space.
     */
    private static final Pattern UTF8_DECLARATION = Pattern.compile(("<\\?xml_+version_*=_*(\"1\\.0\"|'1\\.0')"
            + "(_+encoding_*=_*(\"(?i:utf-?8)\"|'(?i:utf-?8)'))?(_+standalone_*=_*(\"(yes|no)\"|'(yes|no)'))?_*")
            .replace("_", "[ \\t\\r\\n]"));

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private XmlBytes() {
    }

    /**
     * Returns the index of the first byte equal to {@code value} from {@code from} to
     * {@code end}, or -1. Eight bytes are tested at once: a byte equal to the value becomes
     * zero once XORed with it, and subtracting one from each byte sets the top bit of the lowest
     * zero byte. On a cold start this is several times faster than a loop over each byte.
     */
    public static int indexOf(byte[] bytes, byte value, int from, int end) {
        long pattern = ONES * (value & 0xFF);
        int i = from;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i) ^ pattern;
            long zeros = (word - ONES) & ~word & HIGH_BITS;
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < end; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** Returns whether the bytes start with UTF-8's byte-order mark. */
    public static boolean startsWithByteOrderMark(byte[] bytes, int length) {
        return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /**
     * Returns whether an XML declaration, from its {@code <?xml} up to but without its
     * {@code ?>}, declares UTF-8 XML 1.0 in a form the XML parser accepts.
     */
    public static boolean isUtf8Declaration(String declaration) {
        return UTF8_DECLARATION.matcher(declaration).matches();
    }

    /** Returns a table of 256 flags, set for the bytes of the ASCII characters given. */
    public static boolean[] bytesMarked(String marked) {
        boolean[] table = new boolean[256];
        for (char c : marked.toCharArray()) {
            table[c] = true;
        }
        return table;
    }

    /** Returns the bytes of ASCII text, such as a name to compare with a part's bytes. */
    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Returns whether bytes are printable ASCII without references, which stand for themselves;
     * in text, line feeds and tabs too, and {@code >} not.
     */
    public static boolean isPlain(byte[] bytes, int from, int to, boolean text) {
        // one look-up per byte, whatever the byte
        boolean[] plain = text ? PLAIN_IN_TEXT : PLAIN_IN_ATTRIBUTE;
        for (int i = from; i < to; i++) {
            if (!plain[bytes[i] & 0xFF]) {
                return false;
            }
        }
        return true;
    }

    /** Returns whether bytes are XML white space only. */
    public static boolean isWhiteSpace(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Returns the characters of element text, or null when the bytes are not valid XML text. */
    public static String text(byte[] bytes, int from, int to) {
        return isPlain(bytes, from, to, true)
                ? new String(bytes, from, to - from, StandardCharsets.ISO_8859_1)
                : decode(bytes, from, to, false);
    }

    /**
     * Returns the characters of an attribute value, white space made spaces as XML requires, or
     * null when the bytes are not a valid value.
     */
    public static String attribute(byte[] bytes, int from, int to) {
        return isPlain(bytes, from, to, false)
                ? new String(bytes, from, to - from, StandardCharsets.ISO_8859_1)
                : decode(bytes, from, to, true);
    }

    /**
     * Returns the characters of a CDATA section's content, where {@code &} and {@code <} stand
     * for themselves, or null when the bytes are not valid XML characters.
     */
    public static String cdata(byte[] bytes, int from, int to) {
        return decode(bytes, from, to, false, true);
    }

    private static String decode(byte[] bytes, int from, int to, boolean attribute) {
        return decode(bytes, from, to, attribute, false);
    }

    private static String decode(byte[] bytes, int from, int to, boolean attribute, boolean cdata) {
        char[] out = new char[to - from];
        int length = 0;
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (cdata && (b == '&' || b == '<' || b == '>')) {
                out[length++] = (char) b;
                i++;
            } else if (b >= 0x20 && b != '&' && b != '<') {
                if (b == '>' && !attribute && i - from >= 2 && bytes[i - 1] == ']' && bytes[i - 2] == ']') {
                    // ]]> ends a CDATA section and may not appear in text
                    return null;
                }
                out[length++] = (char) b;
                i++;
            } else if (b == '&') {
                int end = semicolon(bytes, i + 1, to);
                int codePoint = end < 0 ? -1 : reference(new String(bytes, i + 1, end - i - 1,
                        StandardCharsets.ISO_8859_1));
                if (codePoint < 0) {
                    return null;
                }
                length += Character.toChars(codePoint, out, length);
                i = end + 1;
            } else if (b == '\r') {
                out[length++] = attribute ? ' ' : '\n';
                i += i + 1 < to && bytes[i + 1] == '\n' ? 2 : 1;
            } else if (b == '\n' || b == '\t') {
                out[length++] = attribute ? ' ' : (char) b;
                i++;
            } else if (b >= 0) {
                // a control character, or a < where none may be
                return null;
            } else {
                int next = multiByte(bytes, i, to);
                if (next < 0) {
                    return null;
                }
                length += Character.toChars(lastCodePoint(bytes, i, next), out, length);
                i = next;
            }
        }
        return new String(out, 0, length);
    }

    /**
     * Checks the UTF-8 sequence of two to four bytes starting with a lead byte: well-formed, not
     * overlong, and a character XML allows. Returns the index after it, or -1.
     */
    private static int multiByte(byte[] bytes, int at, int to) {
        int lead = bytes[at] & 0xFF;
        int count;
        int lowest;
        if (lead >= 0xC2 && lead <= 0xDF) {
            count = 1;
            lowest = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            count = 2;
            lowest = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            count = 3;
            lowest = 0x10000;
        } else {
            return -1;
        }
        if (at + count >= to) {
            return -1;
        }
        for (int k = 1; k <= count; k++) {
            if ((bytes[at + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        int codePoint = lastCodePoint(bytes, at, at + count + 1);
        return codePoint >= lowest && isXmlCharacter(codePoint) ? at + count + 1 : -1;
    }

    /** Returns the code point of a checked UTF-8 sequence. */
    private static int lastCodePoint(byte[] bytes, int from, int to) {
        int count = to - from - 1;
        int leadBits = 0x07;
        if (count == 1) {
            leadBits = 0x1F;
        } else if (count == 2) {
            leadBits = 0x0F;
        }
        int codePoint = bytes[from] & leadBits;
        for (int k = from + 1; k < to; k++) {
            codePoint = (codePoint << 6) | (bytes[k] & 0x3F);
        }
        return codePoint;
    }

    private static int semicolon(byte[] bytes, int from, int to) {
        for (int i = from; i < to && i < from + 12; i++) {
            if (bytes[i] == ';') {
                return i;
            }
        }
        return -1;
    }

    /** Returns the character a reference names, or -1 when it names none XML allows. */
    private static int reference(String name) {
        switch (name) {
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "amp":
                return '&';
            case "quot":
                return '"';
            case "apos":
                return '\'';
            default:
                break;
        }
        if (name.indexOf('+') >= 0 || name.indexOf('-') >= 0) {
            return -1;
        }
        int codePoint;
        try {
            if (name.startsWith("#x")) {
                codePoint = Integer.parseInt(name.substring(2), 16);
            } else if (name.startsWith("#")) {
                codePoint = Integer.parseInt(name.substring(1));
            } else {
                return -1;
            }
        } catch (NumberFormatException e) {
            return -1;
        }
        return isXmlCharacter(codePoint) ? codePoint : -1;
    }

    private static boolean[] plainBytes(boolean text) {
        boolean[] plain = new boolean[256];
        for (int b = 0x20; b < 0x80; b++) {
            plain[b] = b != '&' && b != '<' && !(text && b == '>');
        }
        plain['\n'] = text;
        plain['\t'] = text;
        return plain;
    }

    private static boolean isXmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
