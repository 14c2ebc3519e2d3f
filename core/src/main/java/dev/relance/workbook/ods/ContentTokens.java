package dev.relance.workbook.ods;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

import dev.relance.workbook.ReadLimits;
import dev.relance.workbook.XmlBytes;

/**
 * The markup of {@code content.xml} as tokens read straight from its UTF-8 bytes: start tags,
 * end tags and text, with names compared as the bytes {@code table:table-cell} rather than
 * resolved to namespaces. That is right when the OpenDocument prefixes are bound as LibreOffice
 * binds them, once, on the root: {@link #readRoot} checks it before any
 * table is read, and a part bound otherwise is left to the XML parser. A binding that changes
 * inside the part fails the read.
 *
 * <p>Comments and processing instructions are skipped; CDATA sections are text. Tags must nest
 * and match, text and attribute values are checked when decoded, a document type is rejected. The
 * read limits hold as for the XML parser: no token longer than {@link ReadLimits#MAX_TOKEN_BYTES}
 * and no element nested deeper than {@link ReadLimits#MAX_XML_DEPTH}.
 */
final class ContentTokens {

    static final int START = 1;
    static final int END = 2;
    static final int TEXT = 3;
    static final int END_OF_INPUT = 4;

    /** The prefixes the reader matches names with, and the namespaces they must stand for. */
    private static final Map<String, String> PREFIXES = Map.of(
            "office", OdfXml.OFFICE, "table", OdfXml.TABLE, "text", OdfXml.TEXT, "style", OdfXml.STYLE,
            "calcext", OdfXml.CALCEXT);
    private static final Map<String, String> PREFIX_OF_NAMESPACE = Map.of(
            OdfXml.OFFICE, "office", OdfXml.TABLE, "table", OdfXml.TEXT, "text", OdfXml.STYLE, "style",
            OdfXml.CALCEXT, "calcext");

    private static final int BUFFER_BYTES = 64 * 1024;
    private static final int BOM_BYTES = 3;
    /**
     * The bytes that end a name: every ASCII byte except letters, digits and {@code . - _ :}.
     * A byte that no name may contain thus ends the name, where the caller checks it. A table
     * lookup is one test per byte where ten comparisons were.
     */
    private static final boolean[] NAME_ENDS = nameEnds();
    /**
     * The bytes a start tag's scan stops at; the others are passed over. A value is found from
     * its {@code =}, so a quote the scan stops at has no name before it.
     */
    private static final boolean[] TAG_STOPS = XmlBytes.bytesMarked(">\"'/<x=");
    private static final byte[] COMMENT_START = XmlBytes.ascii("<!--");
    /** Ends a comment, and may not appear in one otherwise. */
    private static final byte[] DOUBLE_HYPHEN = XmlBytes.ascii("--");
    private static final byte[] CDATA_START = XmlBytes.ascii("<![CDATA[");
    private static final byte[] CDATA_END = XmlBytes.ascii("]]>");
    private static final byte[] PI_END = XmlBytes.ascii("?>");
    private static final byte[] XML_DECLARATION = XmlBytes.ascii("<?xml");
    private static final byte[] DOCTYPE = XmlBytes.ascii("<!DOCTYPE");
    private static final byte[] XMLNS = XmlBytes.ascii("xmlns");
    private static final byte[] ROOT = XmlBytes.ascii("office:document-content");
    private static final byte[] XMLNS_OFFICE = XmlBytes.ascii("xmlns:office");
    private static final byte[] XMLNS_TABLE = XmlBytes.ascii("xmlns:table");
    private static final byte[] XMLNS_TEXT = XmlBytes.ascii("xmlns:text");

    private final InputStream in;
    private final String partName;
    private final ReadLimits limits;

    private byte[] buffer = new byte[BUFFER_BYTES];
    private int limit;
    private int position;
    private int tokenStart;
    private boolean endOfInput;
    private long dropped;

    private int kind;
    private int nameStart;
    private int nameEnd;
    private int tagEnd;
    private boolean pendingEnd;
    private boolean declarations;
    private int textStart;
    private int textEnd;
    private boolean cdata;

    private byte[][] openNames = new byte[32][];
    /**
     * The prefixes bound so far, on the root or inside. The set only grows, which is enough to
     * reject the unbound prefix of a damaged name.
     */
    private final Set<String> boundPrefixes = new HashSet<>(Set.of("xml"));
    private int depth;
    private boolean rootEnded;

    // the attribute nextAttribute found
    private int attributeNameStart;
    private int attributeNameEnd;
    private int valueStart;
    private int valueEnd;

    ContentTokens(InputStream in, String partName, ReadLimits limits) {
        this.in = in;
        this.partName = partName;
        this.limits = limits;
    }

    /**
     * Reads up to and including the root's start tag; returns false, for the XML parser to read
     * the part, when it is not UTF-8 XML 1.0, declares a document type, or binds the
     * OpenDocument prefixes otherwise than as {@link ContentTokens} expects.
     */
    boolean readRoot() throws IOException, XMLStreamException {
        while (limit < BOM_BYTES + XML_DECLARATION.length && fill()) {
            // the first bytes decide
        }
        if (XmlBytes.startsWithByteOrderMark(buffer, limit)) {
            position = BOM_BYTES;
        }
        if (startsWith(position, XML_DECLARATION) && !readUtf8Declaration()) {
            return false;
        }
        try {
            // comments and processing instructions come before the root, and are passed over
            return next() == START && isName(ROOT) && bindsPrefixesAsExpected();
        } catch (XMLStreamException e) {
            // a document type, or bytes that are not UTF-8 (UTF-16 without a declaration): the
            // XML parser reads what it can of such a part, and reports the rest in its own terms
            return false;
        }
    }

    /** Reads past the XML declaration; returns false when it is not UTF-8 XML 1.0. */
    private boolean readUtf8Declaration() throws IOException {
        int end;
        while ((end = indexOf(PI_END, position, limit)) < 0) {
            if (!fill()) {
                return false;
            }
        }
        String declaration = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
        position = end + PI_END.length;
        return XmlBytes.isUtf8Declaration(declaration);
    }

    /**
     * Returns whether the root binds the prefixes of the elements read, {@code office},
     * {@code table} and {@code text}, and binds no OpenDocument prefix or namespace otherwise
     * than expected.
     */
    private boolean bindsPrefixesAsExpected() throws XMLStreamException {
        boolean office = false;
        boolean table = false;
        boolean text = false;
        for (int at = nameEnd; (at = nextAttribute(at)) >= 0; ) {
            if (isDeclaration()) {
                if (!isExpectedBinding()) {
                    return false;
                }
                boundPrefixes.add(declaredPrefix());
                office |= attributeIs(XMLNS_OFFICE);
                table |= attributeIs(XMLNS_TABLE);
                text |= attributeIs(XMLNS_TEXT);
            }
        }
        return office && table && text;
    }

    /** Reads the next token; comments and processing instructions are passed over. */
    int next() throws IOException, XMLStreamException {
        if (pendingEnd) {
            pendingEnd = false;
            depth--;
            rootEnded = depth == 0;
            kind = END;
            return kind;
        }
        while (true) {
            tokenStart = position;
            if (position >= limit && !fill()) {
                return endOfInput();
            }
            if (buffer[position] != '<') {
                if (readText()) {
                    return kind;
                }
                continue;
            }
            if (!available(position + 1)) {
                throw malformed("the part ends inside a tag");
            }
            byte second = buffer[position + 1];
            if (second == '/') {
                readEndTag();
                return kind;
            } else if (second == '?') {
                position = endOf(PI_END, position + 2, "a processing instruction");
                if (isXmlDeclaration()) {
                    // the parser rejects it, and this reader does not read the encoding it may declare
                    throw malformed("an XML declaration after the start of the part");
                }
            } else if (second == '!') {
                if (readDeclaration()) {
                    return kind;
                }
            } else {
                readStartTag();
                return kind;
            }
        }
    }

    private boolean readText() throws IOException, XMLStreamException {
        int end = indexOfByte((byte) '<', position);
        if (end < 0) {
            end = limit;
        }
        textStart = position;
        textEnd = end;
        position = end;
        if (depth == 0) {
            if (!XmlBytes.isWhiteSpace(buffer, textStart, textEnd)) {
                throw malformed("text outside the root element");
            }
            return false;
        }
        cdata = false;
        kind = TEXT;
        return true;
    }

    /** Reads a comment, skipped, or a CDATA section; returns whether a token was read. */
    private boolean readDeclaration() throws IOException, XMLStreamException {
        if (available(position + COMMENT_START.length - 1) && startsWith(position, COMMENT_START)) {
            int end = endOf(DOUBLE_HYPHEN, position + COMMENT_START.length, "a comment");
            int before = tokenStart;
            if (!available(end)) {
                throw malformed("the part ends inside a comment");
            }
            end -= before - tokenStart;
            if (buffer[end] != '>') {
                throw malformed("-- inside a comment");
            }
            position = end + 1;
            return false;
        }
        if (available(position + CDATA_START.length - 1) && startsWith(position, CDATA_START) && depth > 0) {
            int end = endOf(CDATA_END, position + CDATA_START.length, "a CDATA section");
            textStart = tokenStart + CDATA_START.length;
            textEnd = end - CDATA_END.length;
            position = end;
            cdata = true;
            kind = TEXT;
            return true;
        }
        if (depth == 0 && available(position + DOCTYPE.length - 1) && startsWith(position, DOCTYPE)) {
            // before the root, readRoot leaves such a part to the XML parser
            throw malformed("a document type declaration");
        }
        throw malformed("markup starting with <! that is neither a comment nor a CDATA section");
    }

    /** Returns whether the processing instruction just read is an XML declaration. */
    private boolean isXmlDeclaration() {
        int target = tokenStart + 2;
        return position - target >= XML_DECLARATION.length
                && (buffer[target] | 0x20) == 'x' && (buffer[target + 1] | 0x20) == 'm'
                && (buffer[target + 2] | 0x20) == 'l'
                && (isSpace(buffer[target + 3]) || buffer[target + 3] == '?');
    }

    private void readStartTag() throws IOException, XMLStreamException {
        if (rootEnded) {
            throw malformed("a second root element");
        }
        int at = tokenStart + 1;
        int end;
        while ((end = nameEndFrom(at)) < 0) {
            int before = tokenStart;
            if (!fill()) {
                throw malformed("the part ends inside a tag");
            }
            at -= before - tokenStart;
        }
        if (end == at) {
            throw malformed("a tag without a name");
        }
        if (!isSpace(buffer[end]) && buffer[end] != '>' && buffer[end] != '/' || !isNameStart(buffer[at])) {
            throw malformed("a tag name with a character that names may not contain");
        }
        nameStart = at;
        nameEnd = end;
        declarations = false;
        at = end;
        while (true) {
            byte[] bytes = buffer;
            boolean[] stops = TAG_STOPS;
            for (int last = limit - 1; at < last && !stops[bytes[at] & 0xFF]; ) {
                at++;
            }
            // two bytes ahead, for the > after a /
            if (at + 1 >= limit && !endOfInput) {
                int before = tokenStart;
                // the buffer moves even when the input has ended
                fill();
                int shift = before - tokenStart;
                at -= shift;
                nameStart -= shift;
                nameEnd -= shift;
                continue;
            }
            if (at >= limit) {
                throw malformed("the part ends inside a tag");
            }
            byte b = buffer[at];
            if (!TAG_STOPS[b & 0xFF]) {
                at++;
                continue;
            }
            if (b == '>') {
                tagEnd = at;
                position = at + 1;
                break;
            }
            if (b == '=') {
                at = quotedValueEnd(at + 1);
                continue;
            }
            if (b == '"' || b == '\'') {
                throw malformed("a quoted value without a name and =");
            }
            if (b == '/') {
                if (at + 1 >= limit) {
                    throw malformed("the part ends inside a tag");
                }
                if (buffer[at + 1] != '>') {
                    throw malformed("a / inside a tag");
                }
                tagEnd = at;
                position = at + 2;
                pendingEnd = true;
                break;
            }
            if (b == '<') {
                throw malformed("a < inside a tag");
            }
            if (b == 'x' && isSpace(buffer[at - 1])) {
                declarations = true;
            }
            at++;
        }
        if (declarations) {
            checkDeclarations();
        }
        push();
        kind = START;
    }

    /**
     * Returns the position after the quoted value that follows an {@code =} in a start tag, where
     * white space, the tag's end or {@code />} must come; reads on as needed.
     */
    private int quotedValueEnd(int from) throws IOException, XMLStreamException {
        int at = from;
        while (true) {
            while (at < limit && isSpace(buffer[at])) {
                at++;
            }
            if (at < limit) {
                break;
            }
            at -= readMoreOfTag();
        }
        byte quote = buffer[at];
        if (quote != '"' && quote != '\'') {
            throw malformed("an attribute value without quotes");
        }
        int end = closingQuote(quote, at + 1);
        if (end >= limit) {
            end -= readMoreOfTag();
        }
        byte after = buffer[end];
        if (!isSpace(after) && after != '>' && after != '/') {
            throw malformed("attributes without white space between them");
        }
        return end;
    }

    /** Returns the position after the quote closing a value, reading on as needed. */
    private int closingQuote(byte quote, int from) throws IOException, XMLStreamException {
        int at = from;
        while (true) {
            while (at < limit) {
                byte b = buffer[at];
                if (b == quote) {
                    return at + 1;
                }
                if (b == '<') {
                    throw malformed("a < in an attribute value");
                }
                at++;
            }
            at -= readMoreOfTag();
        }
    }

    /**
     * Reads more of the start tag being scanned, which the part must go on with; returns how
     * far the tag's bytes moved in the buffer.
     */
    private int readMoreOfTag() throws IOException, XMLStreamException {
        int before = tokenStart;
        if (!fill()) {
            throw malformed("the part ends inside a tag");
        }
        int shift = before - tokenStart;
        nameStart -= shift;
        nameEnd -= shift;
        return shift;
    }

    /**
     * Checks the namespace declarations of a tag: inside the root, a declaration may not rebind
     * an OpenDocument prefix nor give an OpenDocument namespace another prefix, since names are
     * compared by their prefix.
     */
    private void checkDeclarations() throws XMLStreamException {
        if (depth == 0) {
            // the root's declarations are checked by readRoot
            return;
        }
        for (int at = nameEnd; (at = nextAttribute(at)) >= 0; ) {
            if (isDeclaration()) {
                if (!isExpectedBinding()) {
                    throw malformed("OpenDocument namespaces declared again inside the part with other prefixes,"
                            + " which this reader does not follow; save the file again from the spreadsheet");
                }
                boundPrefixes.add(declaredPrefix());
            }
        }
    }

    private boolean isDeclaration() {
        int length = attributeNameEnd - attributeNameStart;
        return length >= XMLNS.length && startsWith(attributeNameStart, XMLNS)
                && (length == XMLNS.length || buffer[attributeNameStart + XMLNS.length] == ':');
    }

    /** Returns whether the declaration found keeps the prefixes the names are compared with. */
    private boolean isExpectedBinding() throws XMLStreamException {
        String prefix = declaredPrefix();
        String namespace = attributeValue();
        String expectedNamespace = PREFIXES.get(prefix);
        String expectedPrefix = PREFIX_OF_NAMESPACE.get(namespace);
        return (expectedNamespace == null || expectedNamespace.equals(namespace))
                && (expectedPrefix == null || expectedPrefix.equals(prefix));
    }

    /** Returns the prefix the declaration found binds, empty for the default namespace. */
    private String declaredPrefix() {
        int length = attributeNameEnd - attributeNameStart;
        return length == XMLNS.length ? ""
                : new String(buffer, attributeNameStart + XMLNS.length + 1, length - XMLNS.length - 1,
                        StandardCharsets.UTF_8);
    }

    private void readEndTag() throws IOException, XMLStreamException {
        int at = tokenStart + 2;
        int end;
        int close;
        while (true) {
            end = nameEndFrom(at);
            close = end < 0 ? limit : skipSpace(end);
            if (close < limit) {
                break;
            }
            int before = tokenStart;
            if (!fill()) {
                throw malformed("the part ends inside a tag");
            }
            at -= before - tokenStart;
        }
        if (buffer[close] != '>') {
            throw malformed("an end tag with more than a name");
        }
        if (depth == 0) {
            throw malformed("an end tag without a start tag");
        }
        byte[] open = openNames[depth - 1];
        if (!Arrays.equals(buffer, at, end, open, 0, open.length)) {
            throw malformed("the end tag of " + new String(buffer, at, end - at, StandardCharsets.UTF_8)
                    + " where " + new String(open, StandardCharsets.UTF_8) + " ends");
        }
        nameStart = at;
        nameEnd = end;
        position = close + 1;
        depth--;
        if (depth == 0) {
            rootEnded = true;
        }
        kind = END;
    }

    private void push() {
        if (depth == ReadLimits.MAX_XML_DEPTH) {
            throw ReadLimits.tooDeep(partName);
        }
        if (depth == openNames.length) {
            openNames = Arrays.copyOf(openNames, depth * 2);
        }
        int length = nameEnd - nameStart;
        byte[] kept = openNames[depth];
        if (kept == null || kept.length != length) {
            kept = new byte[length];
            openNames[depth] = kept;
        }
        System.arraycopy(buffer, nameStart, kept, 0, length);
        depth++;
    }

    private int endOfInput() throws XMLStreamException {
        if (depth > 0 || pendingEnd) {
            throw malformed("the part ends inside an element");
        }
        if (!rootEnded) {
            throw malformed("the part has no root element");
        }
        kind = END_OF_INPUT;
        return kind;
    }

    // ---- the current token

    /** Returns whether the current tag has this qualified name, such as {@code table:table-cell}. */
    boolean isName(byte[] qualifiedName) {
        return nameEnd - nameStart == qualifiedName.length
                && Arrays.equals(buffer, nameStart, nameEnd, qualifiedName, 0, qualifiedName.length);
    }

    /**
     * Checks the current start tag as the XML parser does, for a tag skipped where a cell, a row
     * or a sheet could be. Its attributes must be {@code name="value"}, and each name must have
     * one colon at most, after a bound prefix. A damaged tag then fails the read rather than
     * drop the cell or row it was.
     *
     * <p>NOTE: the tags read in bulk (cells, rows, paragraphs, spans, styles) are not checked
     * this way, nor is the text or an attribute value that no one reads. In such places a
     * damaged part that the parser rejects may still read, with the damaged attribute ignored.
     */
    void requireWellFormedTag() throws XMLStreamException {
        requireBoundPrefix(nameStart, nameEnd);
        for (int at = nameEnd; (at = nextAttribute(at)) >= 0; ) {
            if (!isDeclaration()) {
                requireBoundPrefix(attributeNameStart, attributeNameEnd);
            }
        }
    }

    private void requireBoundPrefix(int from, int to) throws XMLStreamException {
        int colon = -1;
        for (int at = from; at < to; at++) {
            if (buffer[at] == ':') {
                if (colon >= 0) {
                    throw malformed("a name with two colons");
                }
                colon = at;
            }
        }
        if (colon >= 0 && (colon == to - 1
                || !boundPrefixes.contains(new String(buffer, from, colon - from, StandardCharsets.UTF_8)))) {
            throw malformed("a name whose prefix is bound to no namespace");
        }
    }

    /** Returns whether the current start tag is a whole element, as {@code <a/>} is. */
    boolean isEmptyElement() {
        return pendingEnd;
    }

    /** Returns the value of an attribute of the current start tag, or the fallback. */
    String attribute(byte[] qualifiedName, String fallback) throws XMLStreamException {
        for (int at = nameEnd; (at = nextAttribute(at)) >= 0; ) {
            if (attributeIs(qualifiedName)) {
                return attributeValue();
            }
        }
        return fallback;
    }

    /**
     * Moves to the attribute of the current start tag after a position, the end of the tag's
     * name to begin with. Returns the position after it, or -1 after the last.
     */
    int nextAttribute(int from) throws XMLStreamException {
        int at = skipSpace(from);
        if (at >= tagEnd) {
            return -1;
        }
        int end = nameEndFrom(at);
        int equals = skipSpace(end);
        int quote = skipSpace(equals + 1);
        if (end == at || !isNameStart(buffer[at]) || end >= tagEnd || buffer[equals] != '=' || quote >= tagEnd
                || (buffer[quote] != '"' && buffer[quote] != '\'')) {
            throw malformed("an attribute that is not name=\"value\"");
        }
        int close = quote + 1;
        while (buffer[close] != buffer[quote]) {
            close++;
        }
        attributeNameStart = at;
        attributeNameEnd = end;
        valueStart = quote + 1;
        valueEnd = close;
        return close + 1;
    }

    /** Returns the position after the current start tag's name, where its attributes begin. */
    int attributesStart() {
        return nameEnd;
    }

    boolean attributeIs(byte[] qualifiedName) {
        return attributeNameEnd - attributeNameStart == qualifiedName.length
                && Arrays.equals(buffer, attributeNameStart, attributeNameEnd, qualifiedName, 0, qualifiedName.length);
    }

    String attributeValue() throws XMLStreamException {
        String value = XmlBytes.attribute(buffer, valueStart, valueEnd);
        if (value == null) {
            throw malformed("an attribute value that is not valid XML");
        }
        return value;
    }

    /** Returns the current text token's characters. */
    String text() throws XMLStreamException {
        String text = cdata ? cdataText() : XmlBytes.text(buffer, textStart, textEnd);
        if (text == null) {
            throw malformed("text that is not valid XML");
        }
        return text;
    }

    /** Decodes a CDATA section, where {@code &} and {@code <} are characters like any other. */
    private String cdataText() {
        return XmlBytes.cdata(buffer, textStart, textEnd);
    }

    // ---- bytes

    private XMLStreamException malformed(String problem) {
        return new Malformed(problem, dropped + tokenStart);
    }

    /** A fault in the XML, placed by its byte offset: the parts are written on a line or two. */
    private static final class Malformed extends XMLStreamException {
        private static final long serialVersionUID = 1L;

        Malformed(String problem, long offset) {
            super(problem);
            this.location = new ByteOffset(offset);
        }
    }

    private record ByteOffset(long offset) implements Location {
        @Override
        public int getLineNumber() {
            return -1;
        }

        @Override
        public int getColumnNumber() {
            return -1;
        }

        @Override
        public int getCharacterOffset() {
            return (int) Math.min(offset, Integer.MAX_VALUE);
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return null;
        }
    }

    /**
     * Reads more input after the bytes in the buffer, first moving the current token to the
     * buffer's start. Returns false at the end of the input.
     */
    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        if (tokenStart > 0) {
            System.arraycopy(buffer, tokenStart, buffer, 0, limit - tokenStart);
            limit -= tokenStart;
            position -= tokenStart;
            dropped += tokenStart;
            tokenStart = 0;
        }
        if (limit > ReadLimits.MAX_TOKEN_BYTES) {
            // the whole buffer is one token, and it goes on
            throw limits.tokenTooLong(partName);
        }
        if (limit == buffer.length) {
            // one byte past the limit at most: a token that fills it goes on, and is too long
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, ReadLimits.MAX_TOKEN_BYTES + 1));
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        limit += read;
        return true;
    }

    private boolean available(int index) throws IOException {
        int at = index;
        while (at >= limit) {
            int before = tokenStart;
            if (!fill()) {
                return false;
            }
            at -= before - tokenStart;
        }
        return true;
    }

    /** Returns the position after a marker searched from a position in the token. */
    private int endOf(byte[] marker, int from, String what) throws IOException, XMLStreamException {
        int at = from;
        while (true) {
            int found = indexOf(marker, at, limit);
            if (found >= 0) {
                return found + marker.length;
            }
            // a marker cut by the buffer's end is found again from its first byte
            int resume = Math.max(at, limit - marker.length + 1);
            int before = tokenStart;
            if (!fill()) {
                throw malformed("the part ends inside " + what);
            }
            at = resume - (before - tokenStart);
        }
    }

    private int indexOfByte(byte value, int from) throws IOException {
        int at = from;
        while (true) {
            int found = XmlBytes.indexOf(buffer, value, at, limit);
            if (found >= 0) {
                return found;
            }
            at = limit;
            int before = tokenStart;
            if (!fill()) {
                return -1;
            }
            at -= before - tokenStart;
        }
    }

    /** Returns the end of a name from a position, or -1 when the buffer ends first. */
    private int nameEndFrom(int from) {
        byte[] bytes = buffer;
        boolean[] ends = NAME_ENDS;
        for (int at = from; at < limit; at++) {
            if (ends[bytes[at] & 0xFF]) {
                return at;
            }
        }
        return -1;
    }

    private int skipSpace(int from) {
        int at = from;
        while (at < limit && isSpace(buffer[at])) {
            at++;
        }
        return at;
    }

    /** Returns whether a name may start with the byte: not a digit, nor {@code . - :}. */
    private static boolean isNameStart(byte b) {
        return !(b >= '0' && b <= '9' || b == '.' || b == '-' || b == ':');
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    private boolean startsWith(int at, byte[] prefix) {
        return limit - at >= prefix.length && Arrays.equals(buffer, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private int indexOf(byte[] pattern, int from, int to) {
        for (int at = from; at + pattern.length <= to; at++) {
            if (buffer[at] == pattern[0]
                    && Arrays.equals(buffer, at, at + pattern.length, pattern, 0, pattern.length)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean[] nameEnds() {
        boolean[] table = new boolean[256];
        for (int b = 0; b < 0x80; b++) {
            table[b] = !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '.'
                    || b == '-' || b == '_' || b == ':');
        }
        return table;
    }

}
