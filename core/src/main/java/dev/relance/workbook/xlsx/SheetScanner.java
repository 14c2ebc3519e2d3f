package dev.relance.workbook.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

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

    /** The kind of item {@link #next} found. */
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
    private static final boolean[] NAME_ENDS = XmlBytes.bytesMarked(">/ =\n\t\r\"'<");
    /** The maximum bytes kept at once: a larger tag, cell or text is left to the parser. */
    private static final int MAX_HELD_BYTES = ReadLimits.MAX_TOKEN_BYTES / 2;
    private static final int NEED_MORE = 0;
    private static final int SKIPPED = 1;
    private static final int FOUND_ROW = 2;
    private static final int FOUND_CELL = 3;
    private static final int FOUND_MERGE = 4;
    /**
     * The maximum nesting inside run properties or a phonetic run, far below the parser's limit
     * whatever the depth of the cell itself.
     */
    private static final int MAX_SKIPPED_DEPTH = 32;
    /** Bytes that may start an XML name the scanner accepts, and those that may follow: ASCII only. */
    private static final boolean[] NAME_START = nameBytes("_");
    private static final boolean[] NAME_PART = nameBytes("_0123456789.-");

    private static final byte[] WORKSHEET = XmlBytes.ascii("worksheet");
    private static final byte[] SHEET_DATA = XmlBytes.ascii("sheetData");
    private static final byte[] MERGE_CELLS = XmlBytes.ascii("mergeCells");
    private static final byte[] MERGE_CELL = XmlBytes.ascii("mergeCell");
    private static final byte[] ROW = XmlBytes.ascii("row");
    private static final byte[] CELL = XmlBytes.ascii("c");
    private static final byte[] VALUE = XmlBytes.ascii("v");
    private static final byte[] FORMULA = XmlBytes.ascii("f");
    private static final byte[] INLINE_STRING = XmlBytes.ascii("is");
    private static final byte[] TEXT = XmlBytes.ascii("t");
    private static final byte[] RUN = XmlBytes.ascii("r");
    private static final byte[] RUN_PROPERTIES = XmlBytes.ascii("rPr");
    private static final byte[] PHONETIC_RUN = XmlBytes.ascii("rPh");
    private static final byte[] PHONETIC_PROPERTIES = XmlBytes.ascii("phoneticPr");
    private static final byte[] COMMENT_START = XmlBytes.ascii("<!--");
    private static final byte[] COMMENT_END = XmlBytes.ascii("-->");
    private static final byte[] DASHES = XmlBytes.ascii("--");
    private static final byte[] PI_END = XmlBytes.ascii("?>");
    private static final byte[] XML_DECLARATION = XmlBytes.ascii("<?xml");
    private static final byte[] XMLNS = XmlBytes.ascii("xmlns");
    private static final byte[] XML = XmlBytes.ascii("xml");
    private static final byte[] REF = XmlBytes.ascii("ref");

    private enum Place { OUTSIDE, SHEET_DATA, ROW }

    /** A namespace prefix, declared on an element open at a depth. */
    private record Declared(byte[] prefix, int depth) {
    }

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
    /** The namespace prefixes declared by the elements open outside {@code <sheetData>}. */
    private final List<Declared> declared = new ArrayList<>();

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
    // the names of the tag's other attributes, and the prefixes it declares: start and end pairs
    private int otherCount;
    private int[] others = new int[16];
    private int declarationCount;
    private int[] declarations = new int[16];

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
                    // a tag, text or comment that contains nothing to read
                }
            }
        }
    }

    /** Returns the {@code r} attribute of the row just found, empty when it has none. */
    String rowNumber() {
        return rowNumber;
    }

    RawCell cell() {
        return cell;
    }

    /** Returns the {@code ref} attribute of the merged range just found, empty when it has none. */
    String mergeRef() {
        return mergeRef;
    }

    /** Skips a UTF-8 byte-order mark and checks the XML declaration, if any. */
    private void start() throws IOException, NotScannable {
        while (limit < 3 + XML_DECLARATION.length && fill()) {
            // the first bytes decide
        }
        started = true;
        if (XmlBytes.startsWithByteOrderMark(buffer, limit)) {
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
        if (!XmlBytes.isUtf8Declaration(declaration)) {
            throw new NotScannable("XML other than UTF-8 XML 1.0, or a declaration the scanner does not read");
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
            return processingInstruction(at);
        }
        if (second == '!') {
            if (at + COMMENT_START.length > limit) {
                return NEED_MORE;
            }
            if (!startsWith(at, COMMENT_START)) {
                throw new NotScannable("a document type or CDATA section");
            }
            return comment(at);
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
        checkElementName(at + 1, nameEnd);
        requireKeptValid();
        if (!rootStarted) {
            if (!isName(at + 1, nameEnd, WORKSHEET) || !declaresMainNamespace()) {
                throw new NotScannable("a root other than <worksheet> in the SpreadsheetML namespace");
            }
            rootStarted = true;
            rootEnded = tagEmpty;
        } else if (rootEnded || defaultNamespaceStart >= 0) {
            throw new NotScannable("a second root, or a default namespace declared inside the root");
        }
        int depth = open.size();
        if (depth >= ReadLimits.MAX_XML_DEPTH) {
            throw new NotScannable("elements nested deeper than the read limit");
        }
        position = tagEnd;
        if (depth == 1 && isName(at + 1, nameEnd, SHEET_DATA)) {
            if (!tagEmpty) {
                place = Place.SHEET_DATA;
            }
            return SKIPPED;
        }
        boolean merge = isName(at + 1, nameEnd, MERGE_CELL);
        if (merge && depth == 2 && "mergeCells".equals(open.peek())) {
            mergeRef = refStart < 0 ? "" : value(refStart, refEnd);
            open(at + 1, nameEnd);
            return FOUND_MERGE;
        }
        if (merge || isName(at + 1, nameEnd, ROW) || isName(at + 1, nameEnd, CELL)) {
            // the parser reads these wherever they are
            throw new NotScannable("a row, cell or merged range out of its place");
        }
        open(at + 1, nameEnd);
        return SKIPPED;
    }

    /** Opens the element whose start tag was just read, with the prefixes it declares. */
    private void open(int nameStart, int nameEnd) {
        if (tagEmpty) {
            return;
        }
        open.push(new String(buffer, nameStart, nameEnd - nameStart, StandardCharsets.US_ASCII));
        for (int i = 0; i < declarationCount; i++) {
            int start = declarations[2 * i];
            declared.add(new Declared(Arrays.copyOfRange(buffer, start, declarations[2 * i + 1]), open.size()));
        }
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
        declared.removeIf(prefix -> prefix.depth() > open.size());
        if (open.isEmpty()) {
            rootEnded = true;
        }
        position = close + 1;
        return SKIPPED;
    }

    /**
     * Skips a comment, which may not contain {@code --} nor end with {@code -}. So the first
     * {@code --} found must be the one that ends it.
     */
    private int comment(int at) throws NotScannable {
        int from = at + COMMENT_START.length;
        int end = indexOf(COMMENT_END, from);
        if (end < 0) {
            return NEED_MORE;
        }
        if (indexOf(DASHES, from) != end || XmlBytes.text(buffer, from, end) == null) {
            // a comment with & or ]]> is valid XML, but rare enough to leave to the parser too
            throw new NotScannable("a comment that is not XML, or that the scanner does not read");
        }
        position = end + COMMENT_END.length;
        return SKIPPED;
    }

    /** Skips a processing instruction, whose target must be a name other than {@code xml}. */
    private int processingInstruction(int at) throws NotScannable {
        int end = indexOf(PI_END, at + 2);
        if (end < 0) {
            return NEED_MORE;
        }
        int targetEnd = at + 2;
        while (targetEnd < end && NAME_PART[buffer[targetEnd] & 0xFF]) {
            targetEnd++;
        }
        boolean spaced = targetEnd == end || skipSpace(targetEnd) > targetEnd;
        if (targetEnd == at + 2 || !NAME_START[buffer[at + 2] & 0xFF] || !spaced
                || targetEnd - at - 2 == XML.length && new String(buffer, at + 2, 3, StandardCharsets.US_ASCII)
                        .equalsIgnoreCase("xml")
                || XmlBytes.text(buffer, targetEnd, end) == null) {
            throw new NotScannable("a processing instruction the scanner does not read");
        }
        position = end + PI_END.length;
        return SKIPPED;
    }

    // ---- inside <sheetData>: rows, and cells in them

    private int inSheetData() throws NotScannable {
        // white space is held with what follows it, not consumed, to count in the bytes held
        int at = skipSpace(position);
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
        requireValid(sStart, sEnd);
        requireValid(tStart, tEnd);
        requireValid(refStart, refEnd);
        place = tagEmpty ? Place.SHEET_DATA : Place.ROW;
        position = tagEnd;
        return FOUND_ROW;
    }

    private int inRow() throws NotScannable {
        // white space is held with what follows it, not consumed, to count in the bytes held
        int at = skipSpace(position);
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

    /** Reads a whole {@code <c>} element, or returns NEED_MORE having consumed nothing. */
    private int cell(int at) throws NotScannable {
        int nameEnd = nameEnd(at + 1);
        if (nameEnd < 0 || !attributes(nameEnd)) {
            return NEED_MORE;
        }
        if (!isName(at + 1, nameEnd, CELL) || defaultNamespaceStart >= 0) {
            throw new NotScannable("an element other than <c> in <row>");
        }
        requireValid(refStart, refEnd);
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
                checkInnerTag();
                if (isName(p + 1, childEnd, VALUE)) {
                    p = textElement(VALUE);
                    value = text;
                    hasValue = true;
                } else if (isName(p + 1, childEnd, FORMULA)) {
                    p = textElement(FORMULA);
                    formula = text;
                    hasFormula = true;
                } else if (isName(p + 1, childEnd, INLINE_STRING)) {
                    p = richText();
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
     * Reads the runs of the {@code <is>} whose start tag was just parsed, as
     * {@link SharedStrings#readRichText} does: the {@code <t>} runs joined, phonetic runs skipped.
     * Returns the position after {@code </is>}, or -1 when the buffer ends first.
     */
    private int richText() throws NotScannable {
        if (tagEmpty) {
            text = "";
            return tagEnd;
        }
        String only = null;
        StringBuilder joined = null;
        int p = tagEnd;
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
            checkInnerTag();
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
                        throw new NotScannable("a text longer than a cell can contain");
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
        String runs = "";
        if (joined != null) {
            runs = joined.toString();
        } else if (only != null) {
            runs = only;
        }
        text = OoxmlText.decode(runs);
        return p;
    }

    /**
     * Skips the content of run properties or a phonetic run up to its end tag, checked as the
     * parser checks it. The parser reads the text of a {@code <t>} in run properties, and counts
     * nested phonetic runs, so the scanner leaves both to it.
     */
    private int skipElement(int from, byte[] name) throws NotScannable {
        // the name ranges of the elements open inside the skipped one; the buffer does not move
        // while a cell is read
        int[] names = new int[8];
        int depth = 0;
        int p = from;
        while (true) {
            int lessThan = indexOf((byte) '<', p);
            if (lessThan < 0 || lessThan + 1 >= limit) {
                return -1;
            }
            if (XmlBytes.text(buffer, p, lessThan) == null) {
                throw new NotScannable("text that is not XML");
            }
            if (buffer[lessThan + 1] == '/') {
                int nameEnd = nameEnd(lessThan + 2);
                if (nameEnd < 0) {
                    return -1;
                }
                if (depth == 0) {
                    return endTag(lessThan, name);
                }
                depth--;
                int close = skipSpace(nameEnd);
                if (close >= limit) {
                    return -1;
                }
                if (buffer[close] != '>' || !Arrays.equals(buffer, lessThan + 2, nameEnd,
                        buffer, names[2 * depth], names[2 * depth + 1])) {
                    throw new NotScannable("an end tag that does not match");
                }
                p = close + 1;
            } else {
                if (buffer[lessThan + 1] == '!' || buffer[lessThan + 1] == '?') {
                    throw new NotScannable("markup the scanner does not skip");
                }
                int nameEnd = nameEnd(lessThan + 1);
                if (nameEnd < 0 || !attributes(nameEnd)) {
                    return -1;
                }
                checkInnerTag();
                checkElementName(lessThan + 1, nameEnd);
                if (isName(lessThan + 1, nameEnd, PHONETIC_RUN)
                        || (name == RUN_PROPERTIES && isName(lessThan + 1, nameEnd, TEXT))) {
                    throw new NotScannable("a run or phonetic run inside one it skips");
                }
                if (!tagEmpty) {
                    if (depth == MAX_SKIPPED_DEPTH) {
                        throw new NotScannable("elements nested too deep");
                    }
                    if (2 * depth == names.length) {
                        names = Arrays.copyOf(names, names.length * 2);
                    }
                    names[2 * depth] = lessThan + 1;
                    names[2 * depth + 1] = nameEnd;
                    depth++;
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

    /**
     * Parses the attributes of the tag whose name ends at a position, up to the tag's end, and
     * keeps the ones the scanner reads. Returns false when the buffer ends first.
     */
    private boolean attributes(int from) throws NotScannable {
        rStart = -1;
        sStart = -1;
        tStart = -1;
        refStart = -1;
        defaultNamespaceStart = -1;
        otherCount = 0;
        declarationCount = 0;
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
                return ended();
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
                return ended();
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

    /** Checks a tag's other attributes and declarations once it is read whole; returns true. */
    private boolean ended() throws NotScannable {
        if ((otherCount | declarationCount) != 0) {
            checkOthers();
        }
        return true;
    }

    /**
     * Keeps the range of an attribute the scanner reads, and of the prefix an attribute declares;
     * checks the value of the others and notes their names, checked with {@link #checkOthers}.
     */
    private void keep(int nameStart, int nameEnd, int valueStart, int valueEnd) throws NotScannable {
        int length = nameEnd - nameStart;
        byte first = buffer[nameStart];
        if (length == 1 && (first == 'r' || first == 's' || first == 't')) {
            boolean given = (first == 'r' && rStart >= 0) || (first == 's' && sStart >= 0)
                    || (first == 't' && tStart >= 0);
            if (given) {
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
            if (refStart >= 0) {
                throw new NotScannable("an attribute given twice");
            }
            refStart = valueStart;
            refEnd = valueEnd;
            return;
        }
        if (length >= 5 && startsWith(nameStart, XMLNS)) {
            declare(nameStart, nameEnd, valueStart, valueEnd);
            return;
        }
        if (!XmlBytes.isPlain(buffer, valueStart, valueEnd, false)
                && XmlBytes.attribute(buffer, valueStart, valueEnd) == null) {
            throw new NotScannable("an attribute value that is not XML");
        }
        others = note(others, otherCount++, nameStart, nameEnd);
    }

    private void declare(int nameStart, int nameEnd, int valueStart, int valueEnd) throws NotScannable {
        int length = nameEnd - nameStart;
        if (length == XMLNS.length) {
            if (defaultNamespaceStart >= 0) {
                throw new NotScannable("an attribute given twice");
            }
            defaultNamespaceStart = valueStart;
            defaultNamespaceEnd = valueEnd;
            return;
        }
        String uri = value(valueStart, valueEnd);
        if (buffer[nameStart + XMLNS.length] != ':' || uri.isEmpty()
                || uri.equals(Ooxml.MAIN_NS) || uri.equals(Ooxml.STRICT_MAIN_NS)) {
            // a prefix for SpreadsheetML would make prefixed cells the scanner does not see
            throw new NotScannable("a prefix bound to SpreadsheetML, or a declaration the scanner does not read");
        }
        declarations = note(declarations, declarationCount++, nameStart + XMLNS.length + 1, nameEnd);
    }

    private static int[] note(int[] ranges, int index, int start, int end) {
        int[] noted = 2 * index == ranges.length ? Arrays.copyOf(ranges, ranges.length * 2) : ranges;
        noted[2 * index] = start;
        noted[2 * index + 1] = end;
        return noted;
    }

    /**
     * Checks what the parser checks of the attributes the scanner does not read: names, prefixes
     * declared, no attribute given twice. Two attributes of the same local name are rejected even
     * with different prefixes, which may be bound to the same namespace. So is a prefixed
     * {@code r}, {@code s}, {@code t} or {@code ref}, because the parser reads it as the
     * unprefixed one. Prefixes may be declared outside {@code <sheetData>} only.
     */
    private void checkOthers() throws NotScannable {
        if (declarationCount > 0 && place != Place.OUTSIDE) {
            throw new NotScannable("a namespace declared inside the sheet data");
        }
        for (int i = 0; i < declarationCount; i++) {
            int start = declarations[2 * i];
            int end = declarations[2 * i + 1];
            if (qualifiedName(start, end) >= 0 || isName(start, end, XML) || isName(start, end, XMLNS)
                    || sameName(declarations, i, start, end)) {
                throw new NotScannable("a namespace declaration the scanner does not read");
            }
        }
        for (int i = 0; i < otherCount; i++) {
            int start = others[2 * i];
            int end = others[2 * i + 1];
            int colon = qualifiedName(start, end);
            int local = colon < 0 ? start : colon + 1;
            if (colon >= 0) {
                requireDeclared(start, colon, true);
                if (end - local == 1 && (buffer[local] == 'r' || buffer[local] == 's' || buffer[local] == 't')
                        || isName(local, end, REF)) {
                    throw new NotScannable("a prefixed attribute the parser reads as an unprefixed one");
                }
            }
            // compared by local name from here on
            others[2 * i] = local;
            if (sameName(others, i, local, end)) {
                throw new NotScannable("an attribute given twice");
            }
        }
    }

    /** Returns whether one of the first {@code count} ranges contains the same bytes as a range. */
    private boolean sameName(int[] ranges, int count, int start, int end) {
        for (int j = 0; j < count; j++) {
            if (Arrays.equals(buffer, ranges[2 * j], ranges[2 * j + 1], buffer, start, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks that a name is an ASCII XML name with at most one colon, neither first nor last;
     * returns the colon's position, or -1. Other names are valid but left to the parser.
     */
    private int qualifiedName(int from, int to) throws NotScannable {
        int colon = -1;
        if (from == to || !NAME_START[buffer[from] & 0xFF]) {
            throw new NotScannable("a name the scanner does not read");
        }
        for (int at = from + 1; at < to; at++) {
            byte b = buffer[at];
            if (b == ':' && colon < 0 && at + 1 < to && NAME_START[buffer[at + 1] & 0xFF]) {
                colon = at;
            } else if (!NAME_PART[b & 0xFF]) {
                throw new NotScannable("a name the scanner does not read");
            }
        }
        return colon;
    }

    /** Checks the name of an element skipped, and that its prefix, if any, is declared. */
    private void checkElementName(int from, int to) throws NotScannable {
        int colon = qualifiedName(from, to);
        if (colon >= 0) {
            requireDeclared(from, colon, false);
        }
    }

    /**
     * Requires a prefix to be declared, by the tag just read or by an element open around it;
     * {@code xml} is declared for attributes.
     */
    private void requireDeclared(int from, int to, boolean attribute) throws NotScannable {
        if (attribute && isName(from, to, XML) || sameName(declarations, declarationCount, from, to)) {
            return;
        }
        for (Declared prefix : declared) {
            if (Arrays.equals(buffer, from, to, prefix.prefix(), 0, prefix.prefix().length)) {
                return;
            }
        }
        throw new NotScannable("a prefix not declared, or declared where the scanner does not look");
    }

    /**
     * Checks a tag inside a cell: no default namespace, which would take it out of SpreadsheetML,
     * and valid values for the attributes the scanner keeps but does not read there.
     */
    private void checkInnerTag() throws NotScannable {
        if (defaultNamespaceStart >= 0) {
            throw new NotScannable("a default namespace declared inside the root");
        }
        requireKeptValid();
    }

    private void requireKeptValid() throws NotScannable {
        requireValid(rStart, rEnd);
        requireValid(sStart, sEnd);
        requireValid(tStart, tEnd);
        requireValid(refStart, refEnd);
    }

    /** Requires an attribute value kept but not read to be valid, when there is one. */
    private void requireValid(int from, int to) throws NotScannable {
        if (from >= 0) {
            value(from, to);
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
            throw new NotScannable("a text that is not XML or longer than a cell can contain");
        }
        return decoded;
    }

    private boolean isName(int from, int to, byte[] name) {
        return to - from == name.length && Arrays.equals(buffer, from, to, name, 0, name.length);
    }

    // ---- the buffer

    /**
     * Reads more of the part, first moving the unread bytes to the buffer's start. The scanner
     * reads a tag, a cell or a text whole, with the white space before it, and keeps at most half
     * the read limit on runs without markup. A run spans at most the end of one of them and the
     * start of the next, so no run the scanner reads is over the limit. Larger ones are left to
     * the XML parser, which reports a run over the limit.
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
            if (buffer[at] == pattern[0]
                    && Arrays.equals(buffer, at, at + pattern.length, pattern, 0, pattern.length)) {
                return at;
            }
        }
        return -1;
    }

    private boolean startsWith(int at, byte[] prefix) {
        return limit - at >= prefix.length && Arrays.equals(buffer, at, at + prefix.length, prefix, 0, prefix.length);
    }

    /** Returns the bytes of ASCII letters and of the other characters given. */
    private static boolean[] nameBytes(String others) {
        boolean[] bytes = new boolean[256];
        for (char c = 'A'; c <= 'Z'; c++) {
            bytes[c] = true;
            bytes[Character.toLowerCase(c)] = true;
        }
        for (char c : others.toCharArray()) {
            bytes[c] = true;
        }
        return bytes;
    }
}
