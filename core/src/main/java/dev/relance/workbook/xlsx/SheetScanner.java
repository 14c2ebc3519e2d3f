package dev.relance.workbook.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;

import dev.relance.workbook.ReadLimits;
import dev.relance.workbook.XmlBytes;

/**
 * Reads the rows, cells and merged ranges of a worksheet part straight from its bytes. A sheet
 * is millions of small tags in a few fixed shapes, and matching those shapes byte by byte costs a
 * fraction of what an XML parser spends on the same tags.
 *
 * <p>The scanner reads the shape that Excel, LibreOffice and the usual libraries write: UTF-8,
 * SpreadsheetML as the default namespace of the root, {@code <row>} and {@code <c>} in
 * {@code <sheetData>}, a cell's {@code <v>}, {@code <f>} and {@code <is>}. On anything else (a
 * prefix on SpreadsheetML elements, a comment among the cells, an element a cell should not hold,
 * malformed XML, a token over the read limit) it gives up with {@link NotScannable}, and the
 * caller reads the part again with the XML parser, which reads any well-formed part and names what
 * is wrong with the others. So the scanner never reports a fault itself; it only needs to be sure
 * of what it accepts.
 */
final class SheetScanner {

    /** What {@link #next} found. */
    enum Item {
        /** A row starts: {@link #rowNumber}. */
        ROW,
        /** A cell: {@link #cell}. */
        CELL,
        /** A merged range: {@link #mergeRef}. */
        MERGE,
        /** The end of the part. */
        END
    }

    /** The part is not in the shape the scanner reads; the XML parser reads it instead. */
    static final class NotScannable extends Exception {
        private static final long serialVersionUID = 1L;

        NotScannable(String reason) {
            // thrown and caught once per part, for a reason that is never shown: no stack trace
            super(reason, null, false, false);
        }
    }

    private static final int BUFFER_BYTES = 64 * 1024;
    /** The bytes that end a name: a table lookup is one test per byte where ten comparisons were. */
    private static final boolean[] NAME_ENDS = bytesMarked(">/ =\n\t\r\"'<");
    private static final int NEED_MORE = 0;
    private static final int SKIPPED = 1;
    private static final int FOUND_ROW = 2;
    private static final int FOUND_CELL = 3;
    private static final int FOUND_MERGE = 4;

    private static final byte[] WORKSHEET = ascii("worksheet");
    private static final byte[] SHEET_DATA = ascii("sheetData");
    private static final byte[] MERGE_CELLS = ascii("mergeCells");
    private static final byte[] MERGE_CELL = ascii("mergeCell");
    private static final byte[] ROW = ascii("row");
    private static final byte[] CELL = ascii("c");
    private static final byte[] VALUE = ascii("v");
    private static final byte[] FORMULA = ascii("f");
    private static final byte[] INLINE_STRING = ascii("is");
    private static final byte[] TEXT = ascii("t");
    private static final byte[] RUN = ascii("r");
    private static final byte[] RUN_PROPERTIES = ascii("rPr");
    private static final byte[] PHONETIC_RUN = ascii("rPh");
    private static final byte[] PHONETIC_PROPERTIES = ascii("phoneticPr");
    private static final byte[] COMMENT_START = ascii("<!--");
    private static final byte[] COMMENT_END = ascii("-->");
    private static final byte[] PI_END = ascii("?>");
    private static final byte[] XML_DECLARATION = ascii("<?xml");
    private static final byte[] XMLNS = ascii("xmlns");
    private static final byte[] REF = ascii("ref");

    private enum Place { OUTSIDE, SHEET_DATA, ROW }

    private final InputStream in;
    private byte[] buffer = new byte[BUFFER_BYTES];
    private int limit;
    private int position;
    private boolean endOfInput;
    private boolean started;

    private Place place = Place.OUTSIDE;
    /** The elements open around the scanner outside {@code <sheetData>}, innermost first. */
    private final Deque<String> open = new ArrayDeque<>();
    private boolean rootStarted;
    private boolean rootEnded;

    // the attributes of the tag last parsed, as ranges of the buffer; -1 when absent
    private int tagEnd;
    private boolean tagEmpty;
    private int rStart;
    private int rEnd;
    private int sStart;
    private int sEnd;
    private int tStart;
    private int tEnd;
    private int refStart;
    private int refEnd;
    private int defaultNamespaceStart;
    private int defaultNamespaceEnd;

    private int textEnd;
    private String text;

    private String rowNumber;
    private RawCell cell;
    private String mergeRef;

    SheetScanner(InputStream in) {
        this.in = in;
    }

    /** Reads on to the next row, cell or merged range, or the end of the part. */
    Item next() throws IOException, NotScannable {
        while (true) {
            if (!started) {
                start();
            }
            int found = position < limit ? scan() : NEED_MORE;
            switch (found) {
                case NEED_MORE -> {
                    if (!fill()) {
                        return end();
                    }
                }
                case FOUND_ROW -> {
                    return Item.ROW;
                }
                case FOUND_CELL -> {
                    return Item.CELL;
                }
                case FOUND_MERGE -> {
                    return Item.MERGE;
                }
                default -> {
                    // a tag, text or comment that holds nothing to read
                }
            }
        }
    }

    /** The {@code r} attribute of the row just found, empty when it has none. */
    String rowNumber() {
        return rowNumber;
    }

    RawCell cell() {
        return cell;
    }

    /** The {@code ref} attribute of the merged range just found, empty when it has none. */
    String mergeRef() {
        return mergeRef;
    }

    /** Skips a UTF-8 byte-order mark and checks the encoding an XML declaration names. */
    private void start() throws IOException, NotScannable {
        while (limit < XML_DECLARATION.length && fill()) {
            // the first bytes decide
        }
        started = true;
        if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
            position = 3;
        }
        if (!startsWith(position, XML_DECLARATION)) {
            return;
        }
        int end;
        while ((end = indexOf(PI_END, position)) < 0) {
            if (!fill()) {
                throw new NotScannable("an unfinished XML declaration");
            }
        }
        String declaration = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
        String encoding = pseudoAttribute(declaration, "encoding");
        if (!"1.0".equals(pseudoAttribute(declaration, "version"))
                || (encoding != null && !encoding.toLowerCase(Locale.ROOT).matches("utf-?8"))) {
            throw new NotScannable("XML other than UTF-8 XML 1.0");
        }
        position = end + PI_END.length;
    }

    private int scan() throws NotScannable {
        return switch (place) {
            case OUTSIDE -> outside();
            case SHEET_DATA -> inSheetData();
            case ROW -> inRow();
        };
    }

    private Item end() throws NotScannable {
        if (place != Place.OUTSIDE || !rootEnded
                || !XmlBytes.isWhiteSpace(buffer, position, limit)) {
            throw new NotScannable("the part ends early or with text after its root");
        }
        position = limit;
        return Item.END;
    }

    // ---- outside <sheetData>: any element is read as a tag and skipped

    private int outside() throws NotScannable {
        int at = position;
        if (buffer[at] != '<') {
            int lessThan = indexOf((byte) '<', at);
            if (lessThan < 0) {
                return NEED_MORE;
            }
            if (open.isEmpty() ? !XmlBytes.isWhiteSpace(buffer, at, lessThan)
                    : XmlBytes.text(buffer, at, lessThan) == null) {
                throw new NotScannable("text that is not XML, or text outside the root");
            }
            position = lessThan;
            return SKIPPED;
        }
        if (at + 1 >= limit) {
            return NEED_MORE;
        }
        byte second = buffer[at + 1];
        if (second == '?') {
            return skipPast(PI_END, at + 2);
        }
        if (second == '!') {
            if (at + COMMENT_START.length > limit) {
                return NEED_MORE;
            }
            if (!startsWith(at, COMMENT_START)) {
                throw new NotScannable("a document type or CDATA section");
            }
            return skipPast(COMMENT_END, at + COMMENT_START.length);
        }
        if (second == '/') {
            return endTagOutside(at);
        }
        return startTagOutside(at);
    }

    private int startTagOutside(int at) throws NotScannable {
        int nameEnd = nameEnd(at + 1);
        if (nameEnd < 0 || !attributes(nameEnd)) {
            return NEED_MORE;
        }
        if (nameEnd == at + 1) {
            throw new NotScannable("a tag without a name");
        }
        if (!rootStarted) {
            if (!isName(at + 1, nameEnd, WORKSHEET) || !declaresMainNamespace()) {
                throw new NotScannable("a root other than <worksheet> in the SpreadsheetML namespace");
            }
            rootStarted = true;
        } else if (rootEnded || defaultNamespaceStart >= 0) {
            throw new NotScannable("a second root, or a default namespace declared inside the root");
        }
        int depth = open.size();
        position = tagEnd;
        if (depth == 1 && isName(at + 1, nameEnd, SHEET_DATA)) {
            if (!tagEmpty) {
                place = Place.SHEET_DATA;
            }
            return SKIPPED;
        }
        if (depth == 2 && isName(at + 1, nameEnd, MERGE_CELL) && "mergeCells".equals(open.peek())) {
            mergeRef = refStart < 0 ? "" : value(refStart, refEnd);
            if (!tagEmpty) {
                open.push("mergeCell");
            }
            return FOUND_MERGE;
        }
        if (!tagEmpty) {
            if (depth >= ReadLimits.MAX_XML_DEPTH) {
                throw new NotScannable("elements nested deeper than the read limit");
            }
            open.push(new String(buffer, at + 1, nameEnd - at - 1, StandardCharsets.UTF_8));
        }
        return SKIPPED;
    }

    private boolean declaresMainNamespace() {
        if (defaultNamespaceStart < 0) {
            return false;
        }
        String namespace = new String(buffer, defaultNamespaceStart, defaultNamespaceEnd - defaultNamespaceStart,
                StandardCharsets.ISO_8859_1);
        return namespace.equals(Ooxml.MAIN_NS) || namespace.equals(Ooxml.STRICT_MAIN_NS);
    }

    private int endTagOutside(int at) throws NotScannable {
        int nameEnd = nameEnd(at + 2);
        if (nameEnd < 0) {
            return NEED_MORE;
        }
        int close = skipSpace(nameEnd);
        if (close >= limit) {
            return NEED_MORE;
        }
        String name = new String(buffer, at + 2, nameEnd - at - 2, StandardCharsets.UTF_8);
        if (buffer[close] != '>' || open.isEmpty() || !open.peek().equals(name)) {
            throw new NotScannable("an end tag that does not match");
        }
        open.pop();
        if (open.isEmpty()) {
            rootEnded = true;
        }
        position = close + 1;
        return SKIPPED;
    }

    private int skipPast(byte[] marker, int from) {
        int found = indexOf(marker, from);
        if (found < 0) {
            return NEED_MORE;
        }
        position = found + marker.length;
        return SKIPPED;
    }

    // ---- inside <sheetData>: rows, and cells in them

    private int inSheetData() throws NotScannable {
        int at = skipSpace(position);
        position = at;
        if (at + 1 >= limit) {
            return NEED_MORE;
        }
        if (buffer[at] != '<') {
            throw new NotScannable("text between rows");
        }
        if (buffer[at + 1] == '/') {
            int close = endTag(at, SHEET_DATA);
            if (close < 0) {
                return NEED_MORE;
            }
            place = Place.OUTSIDE;
            position = close;
            return SKIPPED;
        }
        int nameEnd = nameEnd(at + 1);
        if (nameEnd < 0 || !attributes(nameEnd)) {
            return NEED_MORE;
        }
        if (!isName(at + 1, nameEnd, ROW) || defaultNamespaceStart >= 0) {
            throw new NotScannable("an element other than <row> in <sheetData>");
        }
        rowNumber = rStart < 0 ? "" : value(rStart, rEnd);
        place = tagEmpty ? Place.SHEET_DATA : Place.ROW;
        position = tagEnd;
        return FOUND_ROW;
    }

    private int inRow() throws NotScannable {
        int at = skipSpace(position);
        position = at;
        if (at + 1 >= limit) {
            return NEED_MORE;
        }
        if (buffer[at] != '<') {
            throw new NotScannable("text between cells");
        }
        if (buffer[at + 1] == '/') {
            int close = endTag(at, ROW);
            if (close < 0) {
                return NEED_MORE;
            }
            place = Place.SHEET_DATA;
            position = close;
            return SKIPPED;
        }
        return cell(at);
    }

    /** Reads a whole {@code <c>} element, or asks for more bytes, having consumed none. */
    private int cell(int at) throws NotScannable {
        int nameEnd = nameEnd(at + 1);
        if (nameEnd < 0 || !attributes(nameEnd)) {
            return NEED_MORE;
        }
        if (!isName(at + 1, nameEnd, CELL) || defaultNamespaceStart >= 0) {
            throw new NotScannable("an element other than <c> in <row>");
        }
        String ref = rStart < 0 ? "" : value(rStart, rEnd);
        String type = tStart < 0 ? "n" : value(tStart, tEnd);
        int styleIndex = CellStyles.parseIndex(sStart < 0 ? "" : value(sStart, sEnd));
        String value = "";
        boolean hasValue = false;
        String formula = "";
        boolean hasFormula = false;
        String inlineText = "";
        int p = tagEnd;
        if (!tagEmpty) {
            while (true) {
                p = skipSpace(p);
                if (p + 1 >= limit) {
                    return NEED_MORE;
                }
                if (buffer[p] != '<') {
                    throw new NotScannable("text in a cell outside its value");
                }
                if (buffer[p + 1] == '/') {
                    p = endTag(p, CELL);
                    if (p < 0) {
                        return NEED_MORE;
                    }
                    break;
                }
                int childEnd = nameEnd(p + 1);
                if (childEnd < 0 || !attributes(childEnd)) {
                    return NEED_MORE;
                }
                if (isName(p + 1, childEnd, VALUE)) {
                    p = textElement(VALUE);
                    value = text;
                    hasValue = true;
                } else if (isName(p + 1, childEnd, FORMULA)) {
                    p = textElement(FORMULA);
                    formula = text;
                    hasFormula = true;
                } else if (isName(p + 1, childEnd, INLINE_STRING)) {
                    p = tagEmpty ? tagEnd : richText(tagEnd);
                    inlineText = text;
                } else {
                    throw new NotScannable("an element a cell does not hold");
                }
                if (p < 0) {
                    return NEED_MORE;
                }
            }
        }
        cell = new RawCell(ref, type.isEmpty() ? "n" : type, styleIndex, value, hasValue, formula, hasFormula,
                inlineText);
        position = p;
        return FOUND_CELL;
    }

    /**
     * Reads the text of the element whose start tag was just parsed into {@link #text}; returns
     * the position after its end tag, or -1 when the buffer ends first.
     */
    private int textElement(byte[] name) throws NotScannable {
        if (tagEmpty) {
            text = "";
            return tagEnd;
        }
        int lessThan = indexOf((byte) '<', tagEnd);
        if (lessThan < 0) {
            return -1;
        }
        int close = endTag(lessThan, name);
        if (close < 0) {
            return -1;
        }
        text = decodedText(tagEnd, lessThan);
        return close;
    }

    /**
     * Reads the runs of an {@code <is>} from after its start tag, as
     * {@link SharedStrings#readRichText} does: the {@code <t>} runs joined, phonetic runs skipped.
     * Returns the position after {@code </is>}, or -1 when the buffer ends first.
     */
    private int richText(int from) throws NotScannable {
        String only = null;
        StringBuilder joined = null;
        int p = from;
        int runDepth = 0;
        while (true) {
            p = skipSpace(p);
            if (p + 1 >= limit) {
                return -1;
            }
            if (buffer[p] != '<') {
                throw new NotScannable("text in an inline string outside its runs");
            }
            if (buffer[p + 1] == '/') {
                p = endTag(p, runDepth > 0 ? RUN : INLINE_STRING);
                if (p < 0) {
                    return -1;
                }
                if (runDepth == 0) {
                    break;
                }
                runDepth--;
                continue;
            }
            int nameEnd = nameEnd(p + 1);
            if (nameEnd < 0 || !attributes(nameEnd)) {
                return -1;
            }
            if (isName(p + 1, nameEnd, TEXT)) {
                p = textElement(TEXT);
                if (p < 0) {
                    return -1;
                }
                if (only == null && joined == null) {
                    only = text;
                } else {
                    if (joined == null) {
                        joined = new StringBuilder(only);
                    }
                    joined.append(text);
                    if (joined.length() > ReadLimits.MAX_TEXT_LENGTH) {
                        throw new NotScannable("a text longer than a cell holds");
                    }
                }
            } else if (runDepth == 0 && isName(p + 1, nameEnd, RUN)) {
                p = tagEnd;
                runDepth += tagEmpty ? 0 : 1;
            } else if ((runDepth > 0 && isName(p + 1, nameEnd, RUN_PROPERTIES))
                    || (runDepth == 0 && isName(p + 1, nameEnd, PHONETIC_RUN))) {
                p = tagEmpty ? tagEnd : skipElement(tagEnd, runDepth > 0 ? RUN_PROPERTIES : PHONETIC_RUN);
                if (p < 0) {
                    return -1;
                }
            } else if (runDepth == 0 && isName(p + 1, nameEnd, PHONETIC_PROPERTIES) && tagEmpty) {
                p = tagEnd;
            } else {
                throw new NotScannable("an element an inline string does not hold");
            }
        }
        String runs = joined != null ? joined.toString() : only == null ? "" : only;
        text = OoxmlText.decode(runs);
        return p;
    }

    /**
     * Skips what an element holds up to its end tag, for run properties and phonetic runs, which
     * hold empty elements and runs of text but never an element of their own name.
     */
    private int skipElement(int from, byte[] name) throws NotScannable {
        int p = from;
        while (true) {
            int lessThan = indexOf((byte) '<', p);
            if (lessThan < 0 || lessThan + 1 >= limit) {
                return -1;
            }
            if (buffer[lessThan + 1] == '/') {
                int nameEnd = nameEnd(lessThan + 2);
                if (nameEnd < 0) {
                    return -1;
                }
                if (isName(lessThan + 2, nameEnd, name)) {
                    return endTag(lessThan, name);
                }
                p = nameEnd;
            } else {
                if (buffer[lessThan + 1] == '!' || buffer[lessThan + 1] == '?') {
                    throw new NotScannable("markup the scanner does not skip");
                }
                int nameEnd = nameEnd(lessThan + 1);
                if (nameEnd < 0 || !attributes(nameEnd)) {
                    return -1;
                }
                if (isName(lessThan + 1, nameEnd, name)) {
                    throw new NotScannable("an element inside one of its own name");
                }
                if (XmlBytes.text(buffer, p, lessThan) == null) {
                    throw new NotScannable("text that is not XML");
                }
                p = tagEnd;
            }
        }
    }

    /** Returns the position after {@code </name>} at a position, -1 when the buffer ends first. */
    private int endTag(int at, byte[] name) throws NotScannable {
        int nameEnd = nameEnd(at + 2);
        if (nameEnd < 0) {
            return -1;
        }
        int close = skipSpace(nameEnd);
        if (close >= limit) {
            return -1;
        }
        if (buffer[at + 1] != '/' || !isName(at + 2, nameEnd, name) || buffer[close] != '>') {
            throw new NotScannable("an unexpected end tag");
        }
        return close + 1;
    }

    // ---- tags and attributes

    /** Returns the end of a name from a position, or -1 when the buffer ends first. */
    private int nameEnd(int from) {
        byte[] bytes = buffer;
        boolean[] ends = NAME_ENDS;
        for (int at = from; at < limit; at++) {
            if (ends[bytes[at] & 0xFF]) {
                return at;
            }
        }
        return -1;
    }

    private static boolean[] bytesMarked(String marked) {
        boolean[] table = new boolean[256];
        for (char c : marked.toCharArray()) {
            table[c] = true;
        }
        return table;
    }

    /**
     * Parses the attributes of the tag whose name ends at a position, keeping the ones the
     * scanner reads, up to the tag's end; returns false when the buffer ends first.
     */
    private boolean attributes(int from) throws NotScannable {
        rStart = -1;
        sStart = -1;
        tStart = -1;
        refStart = -1;
        defaultNamespaceStart = -1;
        int at = from;
        while (true) {
            int next = skipSpace(at);
            if (next >= limit) {
                return false;
            }
            byte b = buffer[next];
            if (b == '>') {
                tagEnd = next + 1;
                tagEmpty = false;
                return true;
            }
            if (b == '/') {
                if (next + 1 >= limit) {
                    return false;
                }
                if (buffer[next + 1] != '>') {
                    throw new NotScannable("a / inside a tag");
                }
                tagEnd = next + 2;
                tagEmpty = true;
                return true;
            }
            if (next == at) {
                throw new NotScannable("no space before an attribute");
            }
            int nameEnd = nameEnd(next);
            if (nameEnd < 0) {
                return false;
            }
            int equals = skipSpace(nameEnd);
            if (equals >= limit) {
                return false;
            }
            int quote = skipSpace(equals + 1);
            if (quote >= limit) {
                return false;
            }
            byte mark = buffer[quote];
            if (nameEnd == next || buffer[equals] != '=' || (mark != '"' && mark != '\'')) {
                throw new NotScannable("an attribute that is not name=\"value\"");
            }
            int close = quote + 1;
            while (close < limit && buffer[close] != mark) {
                if (buffer[close] == '<') {
                    throw new NotScannable("a < in an attribute value");
                }
                close++;
            }
            if (close >= limit) {
                return false;
            }
            keep(next, nameEnd, quote + 1, close);
            at = close + 1;
        }
    }

    /** Keeps the range of an attribute the scanner reads; checks the others are valid XML. */
    private void keep(int nameStart, int nameEnd, int valueStart, int valueEnd) throws NotScannable {
        int length = nameEnd - nameStart;
        byte first = buffer[nameStart];
        if (length == 1 && (first == 'r' || first == 's' || first == 't')) {
            int kept = first == 'r' ? rStart : first == 's' ? sStart : tStart;
            if (kept >= 0) {
                throw new NotScannable("an attribute given twice");
            }
            if (first == 'r') {
                rStart = valueStart;
                rEnd = valueEnd;
            } else if (first == 's') {
                sStart = valueStart;
                sEnd = valueEnd;
            } else {
                tStart = valueStart;
                tEnd = valueEnd;
            }
            return;
        }
        if (length == 3 && isName(nameStart, nameEnd, REF)) {
            refStart = valueStart;
            refEnd = valueEnd;
            return;
        }
        if (length >= 5 && startsWith(nameStart, XMLNS)) {
            if (length == 5) {
                defaultNamespaceStart = valueStart;
                defaultNamespaceEnd = valueEnd;
                return;
            }
            String uri = value(valueStart, valueEnd);
            if (buffer[nameStart + 5] != ':' || uri.equals(Ooxml.MAIN_NS) || uri.equals(Ooxml.STRICT_MAIN_NS)) {
                // a prefix for SpreadsheetML would make prefixed cells the scanner does not see
                throw new NotScannable("a prefix bound to SpreadsheetML");
            }
            return;
        }
        if (!XmlBytes.isPlain(buffer, valueStart, valueEnd, false)
                && XmlBytes.attribute(buffer, valueStart, valueEnd) == null) {
            throw new NotScannable("an attribute value that is not XML");
        }
    }

    private String value(int from, int to) throws NotScannable {
        String value = XmlBytes.attribute(buffer, from, to);
        if (value == null) {
            throw new NotScannable("an attribute value that is not XML");
        }
        return value;
    }

    private String decodedText(int from, int to) throws NotScannable {
        String decoded = XmlBytes.text(buffer, from, to);
        if (decoded == null || decoded.length() > ReadLimits.MAX_TEXT_LENGTH) {
            throw new NotScannable("a text that is not XML or longer than a cell holds");
        }
        return decoded;
    }

    private boolean isName(int from, int to, byte[] name) {
        return to - from == name.length && Arrays.equals(buffer, from, to, name, 0, name.length);
    }

    // ---- the buffer

    /**
     * Reads more of the part, first moving the unread bytes to the buffer's start. The scanner
     * reads a tag, a cell or a text whole, so one of them larger than the read limit allows is
     * left to the XML parser, which reports it.
     */
    private boolean fill() throws IOException, NotScannable {
        if (endOfInput) {
            return false;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        if (limit > ReadLimits.MAX_TOKEN_BYTES) {
            throw new NotScannable("a token longer than the read limit");
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        limit += read;
        return true;
    }

    private int skipSpace(int from) {
        byte[] bytes = buffer;
        int at = from;
        while (at < limit) {
            byte b = bytes[at];
            if (b != ' ' && b != '\n' && b != '\t' && b != '\r') {
                break;
            }
            at++;
        }
        return at;
    }

    private int indexOf(byte wanted, int from) {
        byte[] bytes = buffer;
        for (int at = from; at < limit; at++) {
            if (bytes[at] == wanted) {
                return at;
            }
        }
        return -1;
    }

    private int indexOf(byte[] pattern, int from) {
        for (int at = from; at + pattern.length <= limit; at++) {
            if (buffer[at] == pattern[0] && Arrays.equals(buffer, at, at + pattern.length, pattern, 0, pattern.length)) {
                return at;
            }
        }
        return -1;
    }

    private boolean startsWith(int at, byte[] prefix) {
        return limit - at >= prefix.length && Arrays.equals(buffer, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static String pseudoAttribute(String declaration, String name) {
        int at = declaration.indexOf(name);
        int equals = at < 0 ? -1 : declaration.indexOf('=', at);
        if (equals < 0) {
            return null;
        }
        int open = equals + 1;
        while (open < declaration.length() && Character.isWhitespace(declaration.charAt(open))) {
            open++;
        }
        if (open >= declaration.length()) {
            return null;
        }
        char quote = declaration.charAt(open);
        int close = declaration.indexOf(quote, open + 1);
        return (quote == '"' || quote == '\'') && close > open ? declaration.substring(open + 1, close) : null;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
