package dev.relance.bench;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The reading floor: the least work any reader of the invoices sheet must do. One Aalto StAX pass
 * over the sheet's XML inside the zip (plus the shared-strings table of an .xlsx that has one,
 * since any reader must load it), summing the amount column, found by its header in the first
 * row. Nothing is kept but the running sum. Prints the sum, the amounts summed and the time taken.
 *
 * <p>{@code java -cp bench/target/relance-bench.jar dev.relance.bench.Floor FILE}
 */
public final class Floor {

    static final Set<String> INVOICE_SHEETS = Set.of("factures", "invoices", "facture", "invoice");
    static final Set<String> AMOUNT_HEADERS = Set.of("montant ttc", "montant", "amount", "total");
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    private final XMLInputFactory factory = new InputFactoryImpl();
    private double sum;
    private long amounts;

    private Floor() {
    }

    public static void main(String[] args) throws IOException, XMLStreamException {
        if (args.length != 1) {
            System.err.println("usage: Floor FILE.xlsx|FILE.ods");
            System.exit(2);
        }
        long start = System.nanoTime();
        Floor floor = new Floor();
        try (ZipFile zip = new ZipFile(Path.of(args[0]).toFile())) {
            if (zip.getEntry("content.xml") != null) {
                floor.readOds(zip);
            } else {
                floor.readXlsx(zip);
            }
        }
        System.out.printf(Locale.ROOT, "sum %.2f amounts %d in %.3f s%n", floor.sum, floor.amounts,
                (System.nanoTime() - start) / 1e9);
    }

    private void readXlsx(ZipFile zip) throws IOException, XMLStreamException {
        String sheetPart = invoiceSheetPart(zip);
        List<String> strings = sharedStrings(zip);
        try (InputStream in = zip.getInputStream(zip.getEntry(sheetPart))) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            String amountColumn = null;
            String cellColumn = "";
            String cellType = "";
            boolean firstRow = true;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                    firstRow = false;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("c")) {
                        cellColumn = columnLetters(xml.getAttributeValue(null, "r"));
                        String type = xml.getAttributeValue(null, "t");
                        cellType = type == null ? "n" : type;
                    } else if (firstRow && (name.equals("v") || name.equals("t"))) {
                        String text = xml.getElementText();
                        String header = cellType.equals("s") ? strings.get(Integer.parseInt(text)) : text;
                        if (AMOUNT_HEADERS.contains(header.trim().toLowerCase(Locale.ROOT))) {
                            amountColumn = cellColumn;
                        }
                    } else if (name.equals("v") && cellColumn.equals(amountColumn)) {
                        sum += Double.parseDouble(xml.getElementText());
                        amounts++;
                    }
                }
            }
        }
    }

    /** The shared strings, as a reader must hold them to resolve the string cells it meets. */
    private List<String> sharedStrings(ZipFile zip) throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
        List<String> strings = new ArrayList<>();
        if (entry == null) {
            return strings;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            StringBuilder text = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("t")) {
                    text.append(xml.getElementText());
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("si")) {
                    strings.add(text.toString());
                    text.setLength(0);
                }
            }
        }
        return strings;
    }

    private String invoiceSheetPart(ZipFile zip) throws IOException, XMLStreamException {
        String relationId = null;
        try (InputStream in = zip.getInputStream(zip.getEntry("xl/workbook.xml"))) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext() && relationId == null) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")
                        && INVOICE_SHEETS.contains(xml.getAttributeValue(null, "name").toLowerCase(Locale.ROOT))) {
                    relationId = xml.getAttributeValue(REL_NS, "id");
                }
            }
        }
        Map<String, String> targets = new HashMap<>();
        try (InputStream in = zip.getInputStream(zip.getEntry("xl/_rels/workbook.xml.rels"))) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    targets.put(xml.getAttributeValue(null, "Id"), xml.getAttributeValue(null, "Target"));
                }
            }
        }
        String target = targets.get(relationId);
        if (target == null) {
            throw new IOException("no invoices sheet (Factures or Invoices) in xl/workbook.xml");
        }
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    private static String columnLetters(String reference) {
        int end = 0;
        while (end < reference.length() && Character.isLetter(reference.charAt(end))) {
            end++;
        }
        return reference.substring(0, end);
    }

    private void readOds(ZipFile zip) throws IOException, XMLStreamException {
        try (InputStream in = zip.getInputStream(zip.getEntry("content.xml"))) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            boolean inInvoices = false;
            boolean firstRow = false;
            int amountColumn = -1;
            int column = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("table") && TABLE_NS.equals(xml.getNamespaceURI())) {
                        String tableName = xml.getAttributeValue(TABLE_NS, "name");
                        inInvoices = INVOICE_SHEETS.contains(tableName.toLowerCase(Locale.ROOT));
                        firstRow = inInvoices;
                    } else if (!inInvoices) {
                        continue;
                    } else if (name.equals("table-row")) {
                        column = 0;
                    } else if (name.equals("table-cell") || name.equals("covered-table-cell")) {
                        String repeated = xml.getAttributeValue(TABLE_NS, "number-columns-repeated");
                        if (firstRow) {
                            if (hasAmountHeader(xml)) {
                                amountColumn = column;
                            }
                        } else if (column == amountColumn) {
                            String value = xml.getAttributeValue(OFFICE_NS, "value");
                            if (value != null) {
                                sum += Double.parseDouble(value);
                                amounts++;
                            }
                        }
                        column += repeated == null ? 1 : Integer.parseInt(repeated);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && inInvoices) {
                    String name = xml.getLocalName();
                    if (name.equals("table-row")) {
                        firstRow = false;
                    } else if (name.equals("table")) {
                        inInvoices = false;
                    }
                }
            }
        }
    }

    /** Reads a header cell's text, leaving the reader on the cell's end tag. */
    private static boolean hasAmountHeader(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS) {
                text.append(xml.getText());
            }
        }
        return AMOUNT_HEADERS.contains(text.toString().trim().toLowerCase(Locale.ROOT));
    }
}
