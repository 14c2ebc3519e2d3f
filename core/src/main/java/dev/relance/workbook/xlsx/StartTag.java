package dev.relance.workbook.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.relance.workbook.XmlBytes;
import dev.relance.workbook.xlsx.SheetScanner.NotScannable;

/**
 * The attributes of the start tag {@link SheetScanner} read last, and the checks the XML parser
 * would make of them. It keeps the attributes a sheet's elements carry ({@code r}, {@code s},
 * {@code t}, {@code ref} and a default namespace) as ranges of the buffer, and checks the names of
 * the others against the namespace prefixes declared by the elements open around the tag.
 */
final class StartTag {

    /** Bits that name the attributes the tag keeps, for {@link #requireValid}. */
    static final int R = 1;
    static final int S = 2;
    static final int T = 4;
    static final int REF = 8;
    static final int ALL_KEPT = R | S | T | REF;

    /** Bytes that may start an XML name the scanner accepts, and those that may follow: ASCII only. */
    private static final boolean[] NAME_START = nameBytes("_");
    private static final boolean[] NAME_PART = nameBytes("_0123456789.-");

    private static final byte[] XMLNS = XmlBytes.ascii("xmlns");
    private static final byte[] XML = XmlBytes.ascii("xml");
    private static final byte[] REF_NAME = XmlBytes.ascii("ref");

    /** A namespace prefix, declared on an element open at a depth. */
    private record Declared(byte[] prefix, int depth) {
    }

    private final ByteWindow window;
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

    StartTag(ByteWindow window) {
        this.window = window;
    }

    /** Returns whether a byte may start an XML name the scanner accepts. */
    static boolean isNameStart(byte b) {
        return NAME_START[b & 0xFF];
    }

    /** Returns whether a byte may follow the first of an XML name the scanner accepts. */
    static boolean isNamePart(byte b) {
        return NAME_PART[b & 0xFF];
    }

    /**
     * Parses the attributes of the tag whose name ends at a position, up to the tag's end, and
     * keeps the ones the scanner reads. Returns false when the buffer ends first.
     */
    boolean read(int from) throws NotScannable {
        rStart = -1;
        sStart = -1;
        tStart = -1;
        refStart = -1;
        defaultNamespaceStart = -1;
        otherCount = 0;
        declarationCount = 0;
        byte[] buffer = window.buffer();
        int limit = window.limit();
        int at = from;
        while (true) {
            int next = window.skipSpace(at);
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
            int nameEnd = window.nameEnd(next);
            if (nameEnd < 0) {
                return false;
            }
            int equals = window.skipSpace(nameEnd);
            if (equals >= limit) {
                return false;
            }
            int quote = window.skipSpace(equals + 1);
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

    /** Returns the position after the tag. */
    int end() {
        return tagEnd;
    }

    /** Returns whether the tag ends with {@code />}, so that its element has no content. */
    boolean isEmpty() {
        return tagEmpty;
    }

    /** Returns the value of the {@code r} attribute, empty when the tag has none. */
    String r() throws NotScannable {
        return rStart < 0 ? "" : value(rStart, rEnd);
    }

    /** Returns the value of the {@code s} attribute, empty when the tag has none. */
    String s() throws NotScannable {
        return sStart < 0 ? "" : value(sStart, sEnd);
    }

    /** Returns the value of the {@code t} attribute, empty when the tag has none. */
    String t() throws NotScannable {
        return tStart < 0 ? "" : value(tStart, tEnd);
    }

    /** Returns the value of the {@code ref} attribute, empty when the tag has none. */
    String ref() throws NotScannable {
        return refStart < 0 ? "" : value(refStart, refEnd);
    }

    /** Returns whether the tag declares a default namespace. */
    boolean declaresDefaultNamespace() {
        return defaultNamespaceStart >= 0;
    }

    /**
     * Returns whether the tag declares SpreadsheetML, transitional or strict, as its default
     * namespace.
     */
    boolean declaresMainNamespace() {
        if (defaultNamespaceStart < 0) {
            return false;
        }
        String namespace = new String(window.buffer(), defaultNamespaceStart,
                defaultNamespaceEnd - defaultNamespaceStart, StandardCharsets.ISO_8859_1);
        return namespace.equals(Ooxml.MAIN_NS) || namespace.equals(Ooxml.STRICT_MAIN_NS);
    }

    /** Keeps the prefixes the tag declares, in scope of the element it opens at a depth. */
    void keepDeclarations(int depth) {
        byte[] buffer = window.buffer();
        for (int i = 0; i < declarationCount; i++) {
            int start = declarations[2 * i];
            byte[] prefix = Arrays.copyOfRange(buffer, start, declarations[2 * i + 1]);
            declared.add(new Declared(prefix, depth));
        }
    }

    /** Drops the prefixes declared by the elements deeper than a depth, which are closed. */
    void dropDeclarationsBelow(int depth) {
        declared.removeIf(prefix -> prefix.depth() > depth);
    }

    /**
     * Requires the namespace declarations of a tag inside the sheet data to be absent. The
     * scanner looks for prefixes only outside {@code <sheetData>}, and a default namespace would
     * take the element out of SpreadsheetML.
     */
    void requireNoDeclarations() throws NotScannable {
        if (defaultNamespaceStart >= 0 || declarationCount > 0) {
            throw new NotScannable("a namespace declared inside the sheet data");
        }
    }

    /**
     * Checks a tag inside a cell: no namespace declaration, and valid values for the attributes
     * the scanner keeps but does not read there.
     */
    void checkInnerTag() throws NotScannable {
        requireNoDeclarations();
        requireValid(ALL_KEPT);
    }

    /**
     * Requires the kept attributes given as bits to have valid values, when the tag has them.
     * The parser rejects an invalid value even of an attribute the scanner does not read.
     */
    void requireValid(int kept) throws NotScannable {
        if ((kept & R) != 0) {
            requireValid(rStart, rEnd);
        }
        if ((kept & S) != 0) {
            requireValid(sStart, sEnd);
        }
        if ((kept & T) != 0) {
            requireValid(tStart, tEnd);
        }
        if ((kept & REF) != 0) {
            requireValid(refStart, refEnd);
        }
    }

    /** Checks the name of an element skipped, and that its prefix, if any, is declared. */
    void checkElementName(int from, int to) throws NotScannable {
        int colon = qualifiedName(from, to);
        if (colon >= 0) {
            requireDeclared(from, colon, false);
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
        byte[] buffer = window.buffer();
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
        if (length == 3 && window.isName(nameStart, nameEnd, REF_NAME)) {
            if (refStart >= 0) {
                throw new NotScannable("an attribute given twice");
            }
            refStart = valueStart;
            refEnd = valueEnd;
            return;
        }
        if (length >= 5 && window.startsWith(nameStart, XMLNS)) {
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
        if (window.buffer()[nameStart + XMLNS.length] != ':' || uri.isEmpty()
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
     * unprefixed one. The scanner rejects declarations inside {@code <sheetData>} with
     * {@link #requireNoDeclarations}.
     */
    private void checkOthers() throws NotScannable {
        byte[] buffer = window.buffer();
        for (int i = 0; i < declarationCount; i++) {
            int start = declarations[2 * i];
            int end = declarations[2 * i + 1];
            if (qualifiedName(start, end) >= 0 || window.isName(start, end, XML)
                    || window.isName(start, end, XMLNS) || sameName(declarations, i, start, end)) {
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
                        || window.isName(local, end, REF_NAME)) {
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
        byte[] buffer = window.buffer();
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
        byte[] buffer = window.buffer();
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

    /**
     * Requires a prefix to be declared, by the tag just read or by an element open around it;
     * {@code xml} is declared for attributes.
     */
    private void requireDeclared(int from, int to, boolean attribute) throws NotScannable {
        if (attribute && window.isName(from, to, XML) || sameName(declarations, declarationCount, from, to)) {
            return;
        }
        byte[] buffer = window.buffer();
        for (Declared prefix : declared) {
            if (Arrays.equals(buffer, from, to, prefix.prefix(), 0, prefix.prefix().length)) {
                return;
            }
        }
        throw new NotScannable("a prefix not declared, or declared where the scanner does not look");
    }

    /** Requires an attribute value kept but not read to be valid, when there is one. */
    private void requireValid(int from, int to) throws NotScannable {
        if (from >= 0) {
            value(from, to);
        }
    }

    private String value(int from, int to) throws NotScannable {
        String value = XmlBytes.attribute(window.buffer(), from, to);
        if (value == null) {
            throw new NotScannable("an attribute value that is not XML");
        }
        return value;
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
