package dev.relance.workbook.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import dev.relance.workbook.ReadLimits;
import dev.relance.workbook.XmlBytes;
import dev.relance.workbook.xlsx.SheetScanner.NotScannable;

/**
 * The bytes of a worksheet part that {@link SheetScanner} has read but not yet consumed, and the
 * searches it runs on them. A scanner reads a unit in place and consumes it only once it is whole,
 * so a unit cut by the buffer's end is read again after {@link #fill}.
 *
 * <p>The buffer and its limit change only in {@link #fill}, so a scanner may copy them into
 * locals while it reads a unit.
 */
final class ByteWindow {

    private static final int BUFFER_BYTES = 64 * 1024;
    /** The bytes that end a name, looked up in a table: one test per byte instead of ten comparisons. */
    private static final boolean[] NAME_ENDS = XmlBytes.bytesMarked(">/ =\n\t\r\"'<");
    /** The maximum bytes kept at once: a larger tag, cell or text is left to the parser. */
    private static final int MAX_HELD_BYTES = ReadLimits.MAX_TOKEN_BYTES / 2;

    private final InputStream in;
    private byte[] buffer = new byte[BUFFER_BYTES];
    private int limit;
    private int position;
    private boolean endOfInput;

    ByteWindow(InputStream in) {
        this.in = in;
    }

    /** Returns the buffer, whose bytes from {@link #position} to {@link #limit} are unread. */
    byte[] buffer() {
        return buffer;
    }

    /** Returns the end of the bytes read into the buffer. */
    int limit() {
        return limit;
    }

    /** Returns the first byte not yet consumed. */
    int position() {
        return position;
    }

    /** Consumes the bytes before a position of the buffer. */
    void moveTo(int newPosition) {
        position = newPosition;
    }

    /**
     * Reads more of the part, first moving the unread bytes to the buffer's start. The scanner
     * reads a tag, a cell or a text whole, with the white space before it, and keeps at most half
     * the read limit on runs without markup. A run spans at most the end of one of them and the
     * start of the next, so no run the scanner reads is over the limit. Larger ones are left to
     * the XML parser, which reports a run over the limit.
     */
    boolean fill() throws IOException, NotScannable {
        if (endOfInput) {
            return false;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        if (limit >= MAX_HELD_BYTES) {
            throw new NotScannable("a token longer than half the read limit");
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_HELD_BYTES));
        }
        // the buffer is filled whole: a unit cut by its end is parsed again from its start, so a
        // stream handing over a few bytes at a time would otherwise make that quadratic
        int before = limit;
        while (limit < buffer.length) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                endOfInput = true;
                break;
            }
            limit += read;
        }
        return limit > before;
    }

    /** Returns the first position from {@code from} that is not XML white space, or the limit. */
    int skipSpace(int from) {
        byte[] bytes = buffer;
        int end = limit;
        int at = from;
        while (at < end) {
            byte b = bytes[at];
            if (b != ' ' && b != '\n' && b != '\t' && b != '\r') {
                break;
            }
            at++;
        }
        return at;
    }

    /** Returns the end of a name from a position, or -1 when the buffer ends first. */
    int nameEnd(int from) {
        byte[] bytes = buffer;
        boolean[] ends = NAME_ENDS;
        int end = limit;
        for (int at = from; at < end; at++) {
            if (ends[bytes[at] & 0xFF]) {
                return at;
            }
        }
        return -1;
    }

    int indexOf(byte value, int from) {
        return XmlBytes.indexOf(buffer, value, from, limit);
    }

    int indexOf(byte[] pattern, int from) {
        for (int at = from; at + pattern.length <= limit; at++) {
            if (buffer[at] == pattern[0]
                    && Arrays.equals(buffer, at, at + pattern.length, pattern, 0, pattern.length)) {
                return at;
            }
        }
        return -1;
    }

    boolean startsWith(int at, byte[] prefix) {
        return limit - at >= prefix.length && Arrays.equals(buffer, at, at + prefix.length, prefix, 0, prefix.length);
    }

    /** Returns whether the bytes from {@code from} to {@code to} are a name's. */
    boolean isName(int from, int to, byte[] name) {
        return to - from == name.length && Arrays.equals(buffer, from, to, name, 0, name.length);
    }
}
