package dev.relance.workbook.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a worksheet part both ways, with {@link SheetScanner} and with the XML parser as
 * {@link SheetParser} reads it when the scanner gives up, into the same list of items, so that
 * tests can compare them.
 */
final class ScanOracle {

    /** A row start and its {@code r} attribute, empty when absent. */
    record RowStart(String number) {
    }

    /** A merged range and its {@code ref} attribute, empty when absent. */
    record Merge(String ref) {
    }

    private ScanOracle() {
    }

    /** Reads the part with the scanner: rows, cells ({@link RawCell}) and merges, in order. */
    static List<Object> scan(byte[] part) throws IOException, SheetScanner.NotScannable {
        return scan(new ByteArrayInputStream(part));
    }

    static List<Object> scan(InputStream in) throws IOException, SheetScanner.NotScannable {
        SheetScanner scanner = new SheetScanner(in);
        List<Object> items = new ArrayList<>();
        while (true) {
            switch (scanner.next()) {
                case ROW -> items.add(new RowStart(scanner.rowNumber()));
                case CELL -> items.add(scanner.cell());
                case MERGE -> items.add(new Merge(scanner.mergeRef()));
                case END -> {
                    return items;
                }
            }
        }
    }

    /**
     * Reads the part with the XML parser, taking what {@link SheetParser} takes: every
     * SpreadsheetML {@code <row>}, {@code <c>} and {@code <mergeCell>}, wherever it is.
     */
    static List<Object> parse(byte[] part) throws XMLStreamException {
        XMLStreamReader reader = Stax.reader(new ByteArrayInputStream(part), "the sheet");
        List<Object> items = new ArrayList<>();
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (reader.getLocalName()) {
                case "c" -> {
                    if (Ooxml.isElement(reader, "c")) {
                        items.add(RawCell.read(reader));
                    }
                }
                case "row" -> {
                    if (Ooxml.isElement(reader, "row")) {
                        items.add(new RowStart(Ooxml.attribute(reader, "r")));
                    }
                }
                case "mergeCell" -> {
                    if (Ooxml.isElement(reader, "mergeCell")) {
                        items.add(new Merge(Ooxml.attribute(reader, "ref")));
                    }
                }
                default -> {
                    // nothing else gives a value
                }
            }
        }
        return items;
    }

    /** Reads the part with the parser; empty when the parser fails on it, in any way. */
    static Optional<List<Object>> parseOrEmpty(byte[] part) {
        try {
            return Optional.of(parse(part));
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns what is wrong with the scanner on a part, or null when nothing is: the scanner must
     * give up with {@link SheetScanner.NotScannable}, or give exactly what the parser gives.
     */
    static String disagreement(byte[] part) {
        return disagreement(part, new ByteArrayInputStream(part));
    }

    /** As {@link #disagreement(byte[])}, the scanner reading the part's bytes from a stream. */
    static String disagreement(byte[] part, InputStream in) {
        List<Object> scanned;
        try {
            scanned = scan(in);
        } catch (SheetScanner.NotScannable e) {
            return null;
        } catch (IOException | RuntimeException e) {
            return "the scanner failed with " + e;
        }
        Optional<List<Object>> parsed = parseOrEmpty(part);
        if (parsed.isEmpty()) {
            return "the scanner read a part the parser rejects: " + scanned;
        }
        if (!parsed.get().equals(scanned)) {
            return "the scanner read " + scanned + " where the parser read " + parsed.get();
        }
        return null;
    }
}
