package dev.relance.workbook.splice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;

import dev.relance.RelanceException;
import dev.relance.workbook.XmlBytes;

/**
 * Reads XML encoded in UTF-8 as bytes, one markup token at a time, and copies every byte it
 * reads to an output unless the caller replaces or takes the current token. Text, comments,
 * CDATA sections and processing instructions are passed over whole, so that a {@code <row}
 * inside a comment or CDATA section is not taken for a tag, and a {@code >} inside a quoted
 * attribute value does not end one. It checks no more than that: the bytes it copies are copied
 * as they are, well-formed or not.
 *
 * <p>Positions are offsets from the start of the input. Only the bytes from the token being
 * read on are kept in memory, so a part of any size streams through a small buffer.
 */
public final class XmlByteScanner {

    /** The kinds of markup tokens. */
    public enum Kind {
        /** A start tag such as {@code <row r="2">}. */
        START,
        /** An empty-element tag such as {@code <c r="A1"/>}. */
        EMPTY,
        /** An end tag. */
        END,
        /** A comment, CDATA section, processing instruction or document type declaration. */
        OTHER,
        /** The end of the input. */
        END_OF_INPUT
    }

    /**
     * The maximum number of bytes kept in memory at once: one tag, comment or CDATA section, or
     * one row taken whole to be edited. A row of Excel's 16,384 columns with short texts is
     * about 1 MiB.
     */
    public static final int MAX_KEPT_BYTES = 64 << 20;

    /** How much of a part's start {@link #canScan} needs to see. */
    public static final int PROLOG_BYTES = 64 * 1024;

    private static final Pattern ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Set<String> UTF_8_NAMES = Set.of("utf-8", "utf8");

    private static final byte[] COMMENT_END = "-->".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CDATA_START = "<![CDATA[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CDATA_END = "]]>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PI_END = "?>".getBytes(StandardCharsets.US_ASCII);

    private final InputStream in;
    private final OutputStream out;
    private byte[] buffer = new byte[64 * 1024];
    /** The offset of {@code buffer[0]} in the input. */
    private long base;
    private int filled;
    private boolean endOfInput;

    /** The first byte not yet written nor dropped. */
    private long pending;
    /** The first byte that must stay in the buffer: bytes before it may be written or dropped. */
    private long kept;
    /** The start of an element being taken whole, or -1. */
    private long takenFrom = -1;
    private long position;
    private long tokenStart;
    private long tokenEnd;
    /** The position after the current tag's name. */
    private long nameEnd;
    private Kind kind = Kind.OTHER;

    /** Scans {@code in} and copies it to {@code out}, which is not closed. */
    public XmlByteScanner(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /**
     * Returns whether a part can be scanned, given its first {@link #PROLOG_BYTES} bytes (all of
     * them when it is shorter): it is UTF-8, as declared or by default, with no byte order mark
     * of another encoding and no document type declaration.
     */
    public static boolean canScan(byte[] prolog) {
        String text = new String(prolog, StandardCharsets.ISO_8859_1);
        if (text.startsWith("\u00ef\u00bb\u00bf")) {
            text = text.substring(3);
        }
        if (text.indexOf('\0') >= 0 || text.contains("<!DOCTYPE")) {
            return false;
        }
        Matcher encoding = ENCODING.matcher(text);
        return !encoding.find() || UTF_8_NAMES.contains(encoding.group(1).toLowerCase(Locale.ROOT));
    }

    /** Reads on to the next markup token and copies the text before it. */
    public Kind next() throws IOException, XMLStreamException {
        long lessThan = findLessThan(position);
        if (lessThan < 0) {
            position = base + filled;
            kind = Kind.END_OF_INPUT;
            tokenStart = position;
            tokenEnd = position;
            return kind;
        }
        tokenStart = lessThan;
        keepFrom(lessThan);
        tokenEnd = endOfToken(lessThan);
        position = tokenEnd;
        return kind;
    }

    /** Returns the kind of the current token. */
    public Kind kind() {
        return kind;
    }

    /** Returns where the current token starts, as an offset from the start of the input. */
    public long tokenStart() {
        return tokenStart;
    }

    /** Returns the current token's bytes. */
    public byte[] token() {
        return bytes(tokenStart, tokenEnd);
    }

    /**
     * Returns whether the current start or empty-element tag's local name, after any prefix,
     * is the given one letter.
     */
    public boolean hasLocalName(char letter) {
        int end = index(nameEnd);
        return buffer[end - 1] == letter && (buffer[end - 2] == '<' || buffer[end - 2] == ':');
    }

    /** Writes the bytes instead of the current token. */
    public void replace(byte[] replacement) throws IOException {
        writePendingUpTo(tokenStart);
        out.write(replacement);
        pending = tokenEnd;
    }

    /** Writes the bytes before the current token. */
    public void insertBefore(byte[] insertion) throws IOException {
        writePendingUpTo(tokenStart);
        out.write(insertion);
    }

    /**
     * Reads to the end of the element whose start tag is the current token, and returns the
     * whole element, which is not copied: the caller writes what replaces it, and everything
     * before it has been written.
     */
    public byte[] takeElement() throws IOException, XMLStreamException {
        long start = tokenStart;
        takenFrom = start;
        try {
            readToEndOfElement();
        } finally {
            takenFrom = -1;
        }
        writePendingUpTo(start);
        pending = tokenEnd;
        tokenStart = start;
        return bytes(start, tokenEnd);
    }

    /**
     * Copies the element whose start tag is the current token, to its end tag, and returns
     * whether it contains an element whose local name is {@code f} (a formula). Only the bytes
     * after each {@code <} are looked at: in well-formed XML a {@code <} starts markup everywhere but
     * in comments, CDATA sections and processing instructions, which are passed over whole.
     */
    public boolean copyElement() throws IOException, XMLStreamException {
        return copyElement(true);
    }

    /**
     * Copies the element whose start tag is the current token, to its end tag, as
     * {@link #copyElement()} does but without looking for formulas, which is quicker.
     */
    public void copyElementAsIs() throws IOException, XMLStreamException {
        copyElement(false);
    }

    private boolean copyElement(boolean lookForFormulas) throws IOException, XMLStreamException {
        if (kind == Kind.EMPTY) {
            return false;
        }
        byte[] name = Arrays.copyOfRange(buffer, index(tokenStart) + 1, index(nameEnd));
        boolean formula = false;
        int depth = 1;
        long at = tokenEnd;
        while (true) {
            long lessThan = findLessThan(at);
            if (lessThan < 0) {
                throw new XMLStreamException("unexpected end of the part inside an element");
            }
            tokenStart = lessThan;
            keepFrom(lessThan);
            int quick = lookForFormulas ? quickLook(lessThan, name) : quickLookAtName(lessThan, name);
            if (quick != UNSURE) {
                formula |= quick == FORMULA_START;
                at = lessThan + 1;
                continue;
            }
            int second = byteAt(lessThan + 1);
            if (second == '/' && isNamedAt(lessThan + 2, name) && --depth == 0) {
                kind = Kind.END;
                tokenEnd = endOfTag(lessThan + 2);
                position = tokenEnd;
                return formula;
            } else if (second == '!' || second == '?') {
                at = endOfToken(lessThan);
            } else if (second != '/' && isNamedAt(lessThan + 1, name)) {
                // The same name nested: count it unless it is an empty element.
                at = endOfTag(lessThan + 1);
                depth += byteAt(at - 2) == '/' ? 0 : 1;
            } else {
                formula |= lookForFormulas && second != '/' && isFormulaAt(lessThan + 1);
                at = lessThan + 1;
            }
        }
    }

    private static final int OTHER_TAG = 0;
    private static final int FORMULA_START = 1;
    private static final int UNSURE = 2;
    private static final int LOOKAHEAD_BYTES = 64;

    /**
     * Classifies the markup at a {@code <} as {@link #quickLook} does, without telling formulas
     * from other tags: only a start or end tag of the element's name, a comment, a processing
     * instruction or the buffer's end are {@link #UNSURE}.
     */
    private int quickLookAtName(long lessThan, byte[] name) throws IOException {
        if (filled - index(lessThan) < LOOKAHEAD_BYTES) {
            keepFrom(lessThan);
            fill();
        }
        int i = index(lessThan) + 1;
        if (filled - i < name.length + 2) {
            return UNSURE;
        }
        int second = buffer[i];
        if (second == '!' || second == '?') {
            return UNSURE;
        }
        int nameStart = second == '/' ? i + 1 : i;
        int nameStop = nameStart + name.length;
        boolean named = Arrays.equals(buffer, nameStart, nameStop, name, 0, name.length)
                && isNameEnd(buffer[nameStop]);
        return named ? UNSURE : OTHER_TAG;
    }

    /**
     * Classifies the markup at a {@code <} from the buffer alone, for the common case inside a
     * row: a start or end tag of another name than the element being copied. Returns
     * {@link #UNSURE} for anything else (that name, a comment, the buffer's end), which the
     * caller then reads the slow way.
     */
    private int quickLook(long lessThan, byte[] name) throws IOException {
        if (filled - index(lessThan) < LOOKAHEAD_BYTES) {
            keepFrom(lessThan);
            fill();
        }
        int i = index(lessThan) + 1;
        int end = Math.min(filled, i + LOOKAHEAD_BYTES - 1);
        boolean endTag = i < end && buffer[i] == '/';
        int nameStart = endTag ? i + 1 : i;
        int nameStop = nameStart;
        while (nameStop < end && !isNameEnd(buffer[nameStop])) {
            nameStop++;
        }
        if (nameStop == end || nameStop == nameStart || buffer[i] == '!' || buffer[i] == '?'
                || Arrays.equals(buffer, nameStart, nameStop, name, 0, name.length)) {
            return UNSURE;
        }
        boolean formula = !endTag && buffer[nameStop - 1] == 'f'
                && (nameStop - 1 == nameStart || buffer[nameStop - 2] == ':');
        return formula ? FORMULA_START : OTHER_TAG;
    }

    /**
     * Copies everything after the current token to the end of the input as it is, without looking
     * at it, once the caller knows nothing more changes. {@link #next} then returns
     * {@link Kind#END_OF_INPUT}.
     */
    public void copyRest() throws IOException {
        long end = base + filled;
        writePendingUpTo(end);
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            out.write(buffer, 0, read);
            end += read;
        }
        endOfInput = true;
        base = end;
        filled = 0;
        pending = end;
        kept = end;
        position = end;
    }

    /** Writes the bytes not yet written, and leaves the output open. */
    public void finish() throws IOException {
        writePendingUpTo(base + filled);
    }

    private void readToEndOfElement() throws IOException, XMLStreamException {
        if (kind == Kind.EMPTY) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            Kind next = next();
            if (next == Kind.START) {
                depth++;
            } else if (next == Kind.END) {
                depth--;
            } else if (next == Kind.END_OF_INPUT) {
                throw new XMLStreamException("unexpected end of the part inside an element");
            }
        }
    }

    /** Returns whether the bytes at a position are the name, followed by the end of a name. */
    private boolean isNamedAt(long at, byte[] name) throws IOException, XMLStreamException {
        for (int i = 0; i < name.length; i++) {
            if (byteAt(at + i) != name[i]) {
                return false;
            }
        }
        return isNameEnd(byteAt(at + name.length));
    }

    /** Returns whether the tag name at a position has the local name {@code f}. */
    private boolean isFormulaAt(long at) throws IOException, XMLStreamException {
        int beforeLast = '<';
        int last = '<';
        for (long next = at;; next++) {
            int current = byteAt(next);
            if (isNameEnd(current)) {
                return last == 'f' && (beforeLast == '<' || beforeLast == ':');
            }
            beforeLast = last;
            last = current;
        }
    }

    private static boolean isNameEnd(int current) {
        return current == '>' || current == '/' || (current >= 0 && current <= ' ');
    }

    /** Returns the position of the next {@code <} from the given one, or -1 at the end. */
    private long findLessThan(long from) throws IOException {
        long at = from;
        while (true) {
            int found = XmlBytes.indexOf(buffer, (byte) '<', index(at), filled);
            if (found >= 0) {
                return base + found;
            }
            at = base + filled;
            keepFrom(at);
            if (!fill()) {
                return -1;
            }
        }
    }

    /** Returns the position after the token starting with {@code <} at the given position. */
    private long endOfToken(long start) throws IOException, XMLStreamException {
        int second = byteAt(start + 1);
        if (second == '!') {
            kind = Kind.OTHER;
            if (byteAt(start + 2) == '-' && byteAt(start + 3) == '-') {
                return find(start + 4, COMMENT_END);
            }
            if (startsWith(start, CDATA_START)) {
                return find(start + CDATA_START.length, CDATA_END);
            }
            // The internal subset of a document type declaration may contain '>'. Callers stop
            // before reaching one and let the StAX path handle such a part.
            return endOfTag(start + 2);
        }
        if (second == '?') {
            kind = Kind.OTHER;
            return find(start + 2, PI_END);
        }
        long end = endOfTag(start + 1);
        if (second == '/') {
            kind = Kind.END;
        } else {
            kind = byteAt(end - 2) == '/' ? Kind.EMPTY : Kind.START;
        }
        return end;
    }

    /**
     * Returns the position after the {@code >} that ends a tag, skipping quoted values, and
     * notes where the tag's name ends.
     */
    private long endOfTag(long from) throws IOException, XMLStreamException {
        int quote = 0;
        nameEnd = -1;
        long at = from;
        while (true) {
            int end = filled;
            for (int i = index(at); i < end; i++) {
                byte current = buffer[i];
                if (quote != 0) {
                    quote = current == quote ? 0 : quote;
                } else if (current == '"' || current == '\'') {
                    quote = current;
                } else if (isNameEnd(current)) {
                    if (nameEnd < 0) {
                        nameEnd = base + i;
                    }
                    if (current == '>') {
                        return base + i + 1;
                    }
                } else if (current == '<') {
                    throw new XMLStreamException("malformed tag at byte " + from);
                }
            }
            at = base + end;
            if (!fill()) {
                throw new XMLStreamException("unexpected end of the part in a tag at byte "
                        + tokenStart);
            }
        }
    }

    /** Returns the position after the first occurrence of the pattern from the given one. */
    private long find(long from, byte[] pattern) throws IOException, XMLStreamException {
        for (long at = from;; at++) {
            if (byteAt(at) == pattern[0] && startsWith(at, pattern)) {
                return at + pattern.length;
            }
        }
    }

    private boolean startsWith(long at, byte[] pattern) throws IOException, XMLStreamException {
        for (int i = 0; i < pattern.length; i++) {
            if (byteAt(at + i) != pattern[i]) {
                return false;
            }
        }
        return true;
    }

    /** Returns the byte at a position, reading on as needed. Fails at the end of the input. */
    private int byteAt(long at) throws IOException, XMLStreamException {
        while (at >= base + filled) {
            if (!fill()) {
                throw new XMLStreamException("unexpected end of the part in markup at byte "
                        + tokenStart);
            }
        }
        return buffer[index(at)];
    }

    private void keepFrom(long at) {
        kept = takenFrom >= 0 ? takenFrom : at;
    }

    /**
     * Reads more input. The bytes before the kept position are written when pending, and
     * dropped from the buffer. The buffer grows when the kept bytes fill it.
     */
    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        writePendingUpTo(kept);
        int keptIndex = index(kept);
        int keptLength = filled - keptIndex;
        if (keptLength > MAX_KEPT_BYTES) {
            throw new RelanceException("the workbook exceeds a read limit: a sheet has a tag, or"
                    + " a row to write to, longer than " + (MAX_KEPT_BYTES >> 20) + " MiB (limit: "
                    + (MAX_KEPT_BYTES >> 20) + " MiB)", null, null, null, null, null);
        }
        if (keptLength > buffer.length / 2) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        System.arraycopy(buffer, keptIndex, buffer, 0, keptLength);
        base = kept;
        filled = keptLength;
        int read = in.read(buffer, filled, buffer.length - filled);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        filled += read;
        return true;
    }

    private void writePendingUpTo(long end) throws IOException {
        if (pending < end) {
            out.write(buffer, index(pending), (int) (end - pending));
            pending = end;
        }
    }

    private byte[] bytes(long from, long to) {
        return Arrays.copyOfRange(buffer, index(from), index(to));
    }

    private int index(long at) {
        return (int) (at - base);
    }
}
