package dev.relance.workbook.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import dev.relance.workbook.splice.RawTag;
import dev.relance.workbook.splice.XmlByteScanner;

/**
 * Streams a worksheet part as bytes, copying every row that gets no write as it is, and hands
 * only the rows that do, and the {@code <dimension>}, to the sheet editor. A sheet of 50,000 rows
 * of which 1,000 change is then mostly copied, not parsed and written again.
 *
 * <p>It handles parts in UTF-8 without a document type declaration, which is what Excel,
 * LibreOffice and the libraries we know of write. {@link #canSplice} detects the others, which
 * are edited event by event.
 */
final class SheetSplicer {

    private static final Set<String> MAIN_NAMESPACES =
            Set.of(Ooxml.MAIN_NS, Ooxml.STRICT_MAIN_NS);

    /** The edits the splicer applies, made by the sheet editor. */
    interface RowEdits {

        /** Returns the {@code <dimension>}'s new {@code ref}, equal to the old when unchanged. */
        String dimension(String ref);

        /** Returns the index from 0 of a row, given its {@code r} attribute (empty if none). */
        int rowIndex(String number);

        boolean hasWrites(int rowIndex);

        /** Returns whether some writes are not yet in the part, in rows still to come. */
        boolean hasPendingWrites();

        /** Returns the new rows that go before a row, nothing when there are none. */
        byte[] newRowsBefore(int rowIndex, XmlCopy.ElementName sheetData)
                throws XMLStreamException;

        /**
         * Returns the edited row, given as its element inside an element that declares the
         * namespaces in scope.
         */
        byte[] editRow(int rowIndex, byte[] wrappedRow) throws XMLStreamException;
    }

    private final XmlByteScanner scanner;
    private final OutputStream target;
    /** Looks for formulas in the rest of the part, which is copied without being scanned. */
    private final FormulaScan restScan = new FormulaScan();
    private final RowEdits edits;
    private final Map<String, String> namespaces = new HashMap<>();
    private XmlCopy.ElementName sheetData = new XmlCopy.ElementName("", Ooxml.MAIN_NS);
    private boolean inSheetData;
    private boolean formulaCopied;

    /**
     * Creates a splicer of a part that {@link #canSplice} accepts.
     *
     * @param target receives the edited part, and is not closed
     */
    SheetSplicer(InputStream source, OutputStream target, RowEdits edits) {
        restScan.pause();
        this.scanner = new XmlByteScanner(source, restScan.watching(target));
        this.target = target;
        this.edits = edits;
    }

    /**
     * Returns whether a part can be spliced: it is UTF-8, as declared or by default, with no byte
     * order mark of another encoding and no document type declaration. The stream must support
     * mark and reset, and is left where it was.
     */
    static boolean canSplice(InputStream part) throws IOException {
        part.mark(XmlByteScanner.PROLOG_BYTES);
        byte[] start = part.readNBytes(XmlByteScanner.PROLOG_BYTES);
        part.reset();
        return XmlByteScanner.canScan(start);
    }

    /** Writes the edited part. */
    void splice() throws IOException, XMLStreamException {
        int depth = 0;
        for (XmlByteScanner.Kind kind = scanner.next(); kind != XmlByteScanner.Kind.END_OF_INPUT;
                kind = scanner.next()) {
            if (kind == XmlByteScanner.Kind.START || kind == XmlByteScanner.Kind.EMPTY) {
                boolean consumed = startTag(depth, kind == XmlByteScanner.Kind.EMPTY);
                if (!consumed && kind == XmlByteScanner.Kind.START) {
                    depth++;
                }
            } else if (kind == XmlByteScanner.Kind.END) {
                if (depth == 2 && inSheetData) {
                    endSheetData();
                }
                depth--;
            }
        }
        scanner.finish();
    }

    /** Returns whether a copied tag or row may contain a formula element. */
    boolean formulaCopied() {
        return formulaCopied || restScan.found();
    }

    /** Handles a start tag, and returns whether the whole element was read with it. */
    private boolean startTag(int depth, boolean empty) throws IOException, XMLStreamException {
        watchFormula(scanner);
        if (depth == 0) {
            namespaces.putAll(RawTag.parse(scanner.token()).namespaceDeclarations());
        } else if (depth == 1) {
            sheetElement(empty);
        } else if (depth == 2 && inSheetData) {
            RawTag tag = RawTag.parse(scanner.token());
            if (isMain(tag, "row")) {
                row(tag);
                return true;
            }
        }
        return false;
    }

    /** Handles a child of {@code <worksheet>}: the dimension and the sheet data. */
    private void sheetElement(boolean empty) throws IOException, XMLStreamException {
        RawTag tag = RawTag.parse(scanner.token());
        if (isMain(tag, "dimension")) {
            String ref = tag.attribute("ref").orElse("");
            String widened = edits.dimension(ref);
            if (!widened.equals(ref)) {
                scanner.replace(tag.withAttribute("ref", widened));
            }
        } else if (isMain(tag, "sheetData")) {
            namespaces.putAll(tag.namespaceDeclarations());
            sheetData = new XmlCopy.ElementName(tag.prefix(), namespaceOf(tag, Map.of()));
            if (empty) {
                fillEmptySheetData(tag);
            } else {
                inSheetData = true;
            }
        }
    }

    /** Replaces {@code <sheetData/>} by a start tag, the new rows and an end tag. */
    private void fillEmptySheetData(RawTag tag) throws IOException, XMLStreamException {
        byte[] emptyTag = scanner.token();
        byte[] rows = edits.newRowsBefore(Integer.MAX_VALUE, sheetData);
        if (rows.length == 0) {
            return;
        }
        int slash = emptyTag.length - 2;
        String startTag = new String(emptyTag, 0, slash, StandardCharsets.UTF_8) + ">";
        scanner.replace((startTag + new String(rows, StandardCharsets.UTF_8) + "</" + tag.name()
                + ">").getBytes(StandardCharsets.UTF_8));
    }

    private void endSheetData() throws IOException, XMLStreamException {
        byte[] rows = edits.newRowsBefore(Integer.MAX_VALUE, sheetData);
        if (rows.length > 0) {
            scanner.insertBefore(rows);
        }
        inSheetData = false;
    }

    /** Writes the new rows that go before a row, then copies the row or has it edited. */
    private void row(RawTag tag) throws IOException, XMLStreamException {
        int rowIndex = edits.rowIndex(tag.attribute("r").orElse(""));
        byte[] before = edits.newRowsBefore(rowIndex, sheetData);
        if (before.length > 0) {
            scanner.insertBefore(before);
        }
        if (!edits.hasWrites(rowIndex)) {
            formulaCopied |= scanner.copyElement();
        } else {
            byte[] row = scanner.takeElement();
            // The scanner wrote everything before the row and drops the row itself.
            target.write(edits.editRow(rowIndex, wrap(row)));
        }
        if (!edits.hasPendingWrites()) {
            // Nothing after the last written row changes: at 50,000 rows of which the first 200
            // are written, scanning the rest tag by tag costs more than the edit itself.
            restScan.resume();
            scanner.copyRest();
        }
    }

    /** Puts the row inside an element that declares the namespaces its ancestors declared. */
    private byte[] wrap(byte[] row) {
        StringBuilder start = new StringBuilder("<wrapper");
        namespaces.forEach((prefix, uri) -> start.append(prefix.isEmpty() ? " xmlns" : " xmlns:"
                + prefix).append("=\"").append(RawTag.escape(uri)).append('"'));
        byte[] open = start.append('>').toString().getBytes(StandardCharsets.UTF_8);
        byte[] close = "</wrapper>".getBytes(StandardCharsets.UTF_8);
        byte[] wrapped = new byte[open.length + row.length + close.length];
        System.arraycopy(open, 0, wrapped, 0, open.length);
        System.arraycopy(row, 0, wrapped, open.length, row.length);
        System.arraycopy(close, 0, wrapped, open.length + row.length, close.length);
        return wrapped;
    }

    private void watchFormula(XmlByteScanner tag) {
        formulaCopied |= tag.hasLocalName('f');
    }

    private boolean isMain(RawTag tag, String localName) {
        Map<String, String> declared = tag.declaresNamespace()
                ? tag.namespaceDeclarations()
                : Map.of();
        return tag.localName().equals(localName)
                && MAIN_NAMESPACES.contains(namespaceOf(tag, declared));
    }

    private String namespaceOf(RawTag tag, Map<String, String> ownDeclarations) {
        String prefix = tag.prefix();
        String own = ownDeclarations.get(prefix);
        return own != null ? own : namespaces.getOrDefault(prefix, "");
    }
}
