package dev.relance.workbook.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

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
 *
 * <p>This class reads the sheet's grammar: which element may come where. {@link ByteWindow} contains
 * the bytes read, and {@link StartTag} parses each start tag's attributes and checks them.
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

    private static final byte[] WORKSHEET = XmlBytes.ascii("worksheet");
    private static final byte[] SHEET_DATA = XmlBytes.ascii("sheetData");
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
    private static final byte[] XML = XmlBytes.ascii("xml");

    private enum Place { OUTSIDE, SHEET_DATA, ROW }

    private final ByteWindow window;
    private final StartTag tag;
    private boolean started;

    private Place place = Place.OUTSIDE;
    /** The elements open around the scanner outside {@code <sheetData>}, innermost first. */
    private final Deque<String> open = new ArrayDeque<>();
    private boolean rootStarted;
    private boolean rootEnded;

    private String text;

    private String rowNumber;
    private RawCell cell;
    private String mergeRef;

    SheetScanner(InputStream in) {
        this.window = new ByteWindow(in);
        this.tag = new StartTag(window);
    }

    /** Reads on to the next row, cell or merged range, or the end of the part. */
    Item next() throws IOException, NotScannable {
        while (true) {
            if (!started) {
                start();
            }
            int found = window.position() < window.limit() ? scan() : NEED_MORE;
            switch (found) {
                case NEED_MORE -> {
                    if (!window.fill()) {
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
        while (window.limit() < 3 + XML_DECLARATION.length && window.fill()) {
            // the first bytes decide
        }
        started = true;
        if (XmlBytes.startsWithByteOrderMark(window.buffer(), window.limit())) {
            window.moveTo(3);
        }
        int position = window.position();
        if (!window.startsWith(position, XML_DECLARATION)) {
            return;
        }
        int end;
        while ((end = window.indexOf(PI_END, position)) < 0) {
            if (!window.fill()) {
                throw new NotScannable("an unfinished XML declaration");
            }
            // the declaration was moved to the buffer's start
            position = window.position();
        }
        String declaration = new String(window.buffer(), position, end - position,
                StandardCharsets.ISO_8859_1);
        if (!XmlBytes.isUtf8Declaration(declaration)) {
            throw new NotScannable("XML other than UTF-8 XML 1.0, or a declaration the scanner does not read");
        }
        window.moveTo(end + PI_END.length);
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
                || !XmlBytes.isWhiteSpace(window.buffer(), window.position(), window.limit())) {
            throw new NotScannable("the part ends early or with text after its root");
        }
        window.moveTo(window.limit());
        return Item.END;
    }

    // ---- outside <sheetData>: any element is read as a tag and skipped

    private int outside() throws NotScannable {
        byte[] buffer = window.buffer();
        int at = window.position();
        if (buffer[at] != '<') {
            int lessThan = window.indexOf((byte) '<', at);
            if (lessThan < 0) {
                return NEED_MORE;
            }
            if (open.isEmpty() ? !XmlBytes.isWhiteSpace(buffer, at, lessThan)
                    : XmlBytes.text(buffer, at, lessThan) == null) {
                throw new NotScannable("text that is not XML, or text outside the root");
            }
            window.moveTo(lessThan);
            return SKIPPED;
        }
        if (at + 1 >= window.limit()) {
            return NEED_MORE;
        }
        byte second = buffer[at + 1];
        if (second == '?') {
            return processingInstruction(at);
        }
        if (second == '!') {
            if (at + COMMENT_START.length > window.limit()) {
                return NEED_MORE;
            }
            if (!window.startsWith(at, COMMENT_START)) {
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
        int nameEnd = window.nameEnd(at + 1);
        if (nameEnd < 0 || !tag.read(nameEnd)) {
            return NEED_MORE;
        }
        tag.checkElementName(at + 1, nameEnd);
        tag.requireValid(StartTag.ALL_KEPT);
        if (!rootStarted) {
            if (!window.isName(at + 1, nameEnd, WORKSHEET) || !tag.declaresMainNamespace()) {
                throw new NotScannable("a root other than <worksheet> in the SpreadsheetML namespace");
            }
            rootStarted = true;
            rootEnded = tag.isEmpty();
        } else if (rootEnded || tag.declaresDefaultNamespace()) {
            throw new NotScannable("a second root, or a default namespace declared inside the root");
        }
        int depth = open.size();
        if (depth >= ReadLimits.MAX_XML_DEPTH) {
            throw new NotScannable("elements nested deeper than the read limit");
        }
        window.moveTo(tag.end());
        if (depth == 1 && window.isName(at + 1, nameEnd, SHEET_DATA)) {
            if (!tag.isEmpty()) {
                place = Place.SHEET_DATA;
            }
            return SKIPPED;
        }
        boolean merge = window.isName(at + 1, nameEnd, MERGE_CELL);
        if (merge && depth == 2 && "mergeCells".equals(open.peek())) {
            mergeRef = tag.ref();
            open(at + 1, nameEnd);
            return FOUND_MERGE;
        }
        if (merge || window.isName(at + 1, nameEnd, ROW) || window.isName(at + 1, nameEnd, CELL)) {
            // the parser reads these wherever they are
            throw new NotScannable("a row, cell or merged range out of its place");
        }
        open(at + 1, nameEnd);
        return SKIPPED;
    }

    /** Opens the element whose start tag was just read, with the prefixes it declares. */
    private void open(int nameStart, int nameEnd) {
        if (tag.isEmpty()) {
            return;
        }
        String name = new String(window.buffer(), nameStart, nameEnd - nameStart, StandardCharsets.US_ASCII);
        open.push(name);
        tag.keepDeclarations(open.size());
    }

    private int endTagOutside(int at) throws NotScannable {
        int nameEnd = window.nameEnd(at + 2);
        if (nameEnd < 0) {
            return NEED_MORE;
        }
        int close = window.skipSpace(nameEnd);
        if (close >= window.limit()) {
            return NEED_MORE;
        }
        byte[] buffer = window.buffer();
        String name = new String(buffer, at + 2, nameEnd - at - 2, StandardCharsets.UTF_8);
        if (buffer[close] != '>' || open.isEmpty() || !open.peek().equals(name)) {
            throw new NotScannable("an end tag that does not match");
        }
        open.pop();
        tag.dropDeclarationsBelow(open.size());
        if (open.isEmpty()) {
            rootEnded = true;
        }
        window.moveTo(close + 1);
        return SKIPPED;
    }

    /**
     * Skips a comment, which may not contain {@code --} nor end with {@code -}. So the first
     * {@code --} found must be the one that ends it.
     */
    private int comment(int at) throws NotScannable {
        int from = at + COMMENT_START.length;
        int end = window.indexOf(COMMENT_END, from);
        if (end < 0) {
            return NEED_MORE;
        }
        if (window.indexOf(DASHES, from) != end
                || XmlBytes.text(window.buffer(), from, end) == null) {
            // a comment with & or ]]> is valid XML, but rare enough to leave to the parser too
            throw new NotScannable("a comment that is not XML, or that the scanner does not read");
        }
        window.moveTo(end + COMMENT_END.length);
        return SKIPPED;
    }

    /** Skips a processing instruction, whose target must be a name other than {@code xml}. */
    private int processingInstruction(int at) throws NotScannable {
        int end = window.indexOf(PI_END, at + 2);
        if (end < 0) {
            return NEED_MORE;
        }
        byte[] buffer = window.buffer();
        int targetEnd = at + 2;
        while (targetEnd < end && StartTag.isNamePart(buffer[targetEnd])) {
            targetEnd++;
        }
        boolean spaced = targetEnd == end || window.skipSpace(targetEnd) > targetEnd;
        if (targetEnd == at + 2 || !StartTag.isNameStart(buffer[at + 2]) || !spaced
                || targetEnd - at - 2 == XML.length && new String(buffer, at + 2, 3, StandardCharsets.US_ASCII)
                        .equalsIgnoreCase("xml")
                || XmlBytes.text(buffer, targetEnd, end) == null) {
            throw new NotScannable("a processing instruction the scanner does not read");
        }
        window.moveTo(end + PI_END.length);
        return SKIPPED;
    }

    // ---- inside <sheetData>: rows, and cells in them

    private int inSheetData() throws NotScannable {
        int at = nextTag("text between rows");
        if (at < 0) {
            return NEED_MORE;
        }
        if (window.buffer()[at + 1] == '/') {
            return close(at, SHEET_DATA, Place.OUTSIDE);
        }
        int nameEnd = window.nameEnd(at + 1);
        if (nameEnd < 0 || !tag.read(nameEnd)) {
            return NEED_MORE;
        }
        if (!window.isName(at + 1, nameEnd, ROW)) {
            throw new NotScannable("an element other than <row> in <sheetData>");
        }
        tag.requireNoDeclarations();
        rowNumber = tag.r();
        tag.requireValid(StartTag.S | StartTag.T | StartTag.REF);
        place = tag.isEmpty() ? Place.SHEET_DATA : Place.ROW;
        window.moveTo(tag.end());
        return FOUND_ROW;
    }

    private int inRow() throws NotScannable {
        int at = nextTag("text between cells");
        if (at < 0) {
            return NEED_MORE;
        }
        if (window.buffer()[at + 1] == '/') {
            return close(at, ROW, Place.SHEET_DATA);
        }
        return cell(at);
    }

    /**
     * Returns the position of the next tag in an element that contains only elements, or -1 when
     * the buffer ends before the tag's second byte.
     */
    private int nextTag(String textFound) throws NotScannable {
        // white space is held with what follows it, not consumed, to count in the bytes held
        int at = window.skipSpace(window.position());
        if (at + 1 >= window.limit()) {
            return -1;
        }
        if (window.buffer()[at] != '<') {
            throw new NotScannable(textFound);
        }
        return at;
    }

    /** Consumes the end tag at a position and moves to the parent element's place. */
    private int close(int at, byte[] name, Place parent) throws NotScannable {
        int end = endTag(at, name);
        if (end < 0) {
            return NEED_MORE;
        }
        place = parent;
        window.moveTo(end);
        return SKIPPED;
    }

    /** Reads a whole {@code <c>} element, or returns NEED_MORE having consumed nothing. */
    private int cell(int at) throws NotScannable {
        int nameEnd = window.nameEnd(at + 1);
        if (nameEnd < 0 || !tag.read(nameEnd)) {
            return NEED_MORE;
        }
        if (!window.isName(at + 1, nameEnd, CELL)) {
            throw new NotScannable("an element other than <c> in <row>");
        }
        tag.requireNoDeclarations();
        tag.requireValid(StartTag.REF);
        String ref = tag.r();
        String type = tag.t();
        int styleIndex = CellStyles.parseIndex(tag.s());
        String value = "";
        boolean hasValue = false;
        String formula = "";
        boolean hasFormula = false;
        String inlineText = "";
        int p = tag.end();
        if (!tag.isEmpty()) {
            byte[] buffer = window.buffer();
            int limit = window.limit();
            while (true) {
                p = window.skipSpace(p);
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
                int childEnd = window.nameEnd(p + 1);
                if (childEnd < 0 || !tag.read(childEnd)) {
                    return NEED_MORE;
                }
                tag.checkInnerTag();
                if (window.isName(p + 1, childEnd, VALUE)) {
                    p = textElement(VALUE);
                    value = text;
                    hasValue = true;
                } else if (window.isName(p + 1, childEnd, FORMULA)) {
                    p = textElement(FORMULA);
                    formula = text;
                    hasFormula = true;
                } else if (window.isName(p + 1, childEnd, INLINE_STRING)) {
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
        window.moveTo(p);
        return FOUND_CELL;
    }

    /**
     * Reads the text of the element whose start tag was just parsed into {@link #text}; returns
     * the position after its end tag, or -1 when the buffer ends first.
     */
    private int textElement(byte[] name) throws NotScannable {
        if (tag.isEmpty()) {
            text = "";
            return tag.end();
        }
        int start = tag.end();
        int lessThan = window.indexOf((byte) '<', start);
        if (lessThan < 0) {
            return -1;
        }
        int close = endTag(lessThan, name);
        if (close < 0) {
            return -1;
        }
        text = decodedText(start, lessThan);
        return close;
    }

    /**
     * Reads the runs of the {@code <is>} whose start tag was just parsed, as
     * {@link SharedStrings#readRichText} does: the {@code <t>} runs joined, phonetic runs skipped.
     * Returns the position after {@code </is>}, or -1 when the buffer ends first.
     */
    private int richText() throws NotScannable {
        if (tag.isEmpty()) {
            text = "";
            return tag.end();
        }
        byte[] buffer = window.buffer();
        int limit = window.limit();
        String only = null;
        StringBuilder joined = null;
        int p = tag.end();
        int runDepth = 0;
        while (true) {
            p = window.skipSpace(p);
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
            int nameEnd = window.nameEnd(p + 1);
            if (nameEnd < 0 || !tag.read(nameEnd)) {
                return -1;
            }
            tag.checkInnerTag();
            if (window.isName(p + 1, nameEnd, TEXT)) {
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
            } else if (runDepth == 0 && window.isName(p + 1, nameEnd, RUN)) {
                p = tag.end();
                runDepth += tag.isEmpty() ? 0 : 1;
            } else if ((runDepth > 0 && window.isName(p + 1, nameEnd, RUN_PROPERTIES))
                    || (runDepth == 0 && window.isName(p + 1, nameEnd, PHONETIC_RUN))) {
                byte[] skipped = runDepth > 0 ? RUN_PROPERTIES : PHONETIC_RUN;
                p = tag.isEmpty() ? tag.end() : skipElement(tag.end(), skipped);
                if (p < 0) {
                    return -1;
                }
            } else if (runDepth == 0 && tag.isEmpty()
                    && window.isName(p + 1, nameEnd, PHONETIC_PROPERTIES)) {
                p = tag.end();
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
        byte[] buffer = window.buffer();
        int limit = window.limit();
        int depth = 0;
        int p = from;
        while (true) {
            int lessThan = window.indexOf((byte) '<', p);
            if (lessThan < 0 || lessThan + 1 >= limit) {
                return -1;
            }
            if (XmlBytes.text(buffer, p, lessThan) == null) {
                throw new NotScannable("text that is not XML");
            }
            if (buffer[lessThan + 1] == '/') {
                int nameEnd = window.nameEnd(lessThan + 2);
                if (nameEnd < 0) {
                    return -1;
                }
                if (depth == 0) {
                    return endTag(lessThan, name);
                }
                depth--;
                int close = window.skipSpace(nameEnd);
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
                int nameEnd = window.nameEnd(lessThan + 1);
                if (nameEnd < 0 || !tag.read(nameEnd)) {
                    return -1;
                }
                tag.checkInnerTag();
                tag.checkElementName(lessThan + 1, nameEnd);
                if (window.isName(lessThan + 1, nameEnd, PHONETIC_RUN)
                        || (name == RUN_PROPERTIES && window.isName(lessThan + 1, nameEnd, TEXT))) {
                    throw new NotScannable("a run or phonetic run inside one it skips");
                }
                if (!tag.isEmpty()) {
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
                p = tag.end();
            }
        }
    }

    /** Returns the position after {@code </name>} at a position, -1 when the buffer ends first. */
    private int endTag(int at, byte[] name) throws NotScannable {
        int nameEnd = window.nameEnd(at + 2);
        if (nameEnd < 0) {
            return -1;
        }
        int close = window.skipSpace(nameEnd);
        if (close >= window.limit()) {
            return -1;
        }
        byte[] buffer = window.buffer();
        if (buffer[at + 1] != '/' || !window.isName(at + 2, nameEnd, name) || buffer[close] != '>') {
            throw new NotScannable("an unexpected end tag");
        }
        return close + 1;
    }

    private String decodedText(int from, int to) throws NotScannable {
        String decoded = XmlBytes.text(window.buffer(), from, to);
        if (decoded == null || decoded.length() > ReadLimits.MAX_TEXT_LENGTH) {
            throw new NotScannable("a text that is not XML or longer than a cell can contain");
        }
        return decoded;
    }
}
