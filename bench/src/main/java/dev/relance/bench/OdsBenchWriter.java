package dev.relance.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a benchmark ledger as an .ods package the way LibreOffice Calc saves one: automatic
 * styles in content.xml, date cells with their ISO value and displayed text, every row closed by
 * one repeated empty cell up to column 16,384, and each table ending with repeated empty rows up
 * to row 1,048,576. A reader that expands repeated cells or rows shows it at once.
 */
final class OdsBenchWriter {

    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;
    private static final String MIME_TYPE = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String NAMESPACES =
            " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\""
            + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
            + " xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\""
            + " xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\""
            + " office:version=\"1.3\"";

    private final Ledgers ledger;

    OdsBenchWriter(Ledgers ledger) {
        this.ledger = ledger;
    }

    void write(Path file) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(stream, StandardCharsets.UTF_8)) {
            storedMimeType(zip);
            Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            part(zip, out, "meta.xml", META);
            part(zip, out, "styles.xml", STYLES);
            zip.putNextEntry(Cells.entry("content.xml"));
            writeContent(out);
            out.flush();
            zip.closeEntry();
            part(zip, out, "META-INF/manifest.xml", MANIFEST);
        }
    }

    /** The mimetype entry comes first and uncompressed, so that tools can sniff the format. */
    private static void storedMimeType(ZipOutputStream zip) throws IOException {
        byte[] bytes = MIME_TYPE.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ZipEntry entry = Cells.entry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void part(ZipOutputStream zip, Writer out, String name, String content) throws IOException {
        zip.putNextEntry(Cells.entry(name));
        out.write(content);
        out.flush();
        zip.closeEntry();
    }

    private void writeContent(Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<office:document-content" + NAMESPACES + "><office:scripts/>");
        out.write("<office:font-face-decls><style:font-face style:name=\"Liberation Sans\""
                + " svg:font-family=\"&apos;Liberation Sans&apos;\" style:font-family-generic=\"swiss\""
                + " style:font-pitch=\"variable\"/></office:font-face-decls>");
        out.write(AUTOMATIC_STYLES);
        out.write("<office:body><office:spreadsheet><table:calculation-settings"
                + " table:case-sensitive=\"false\" table:automatic-find-labels=\"false\""
                + " table:use-regular-expressions=\"false\" table:use-wildcards=\"true\"/>");
        writeClients(out);
        writeInvoices(out);
        out.write("<table:named-expressions/></office:spreadsheet></office:body></office:document-content>");
    }

    private void writeClients(Writer out) throws IOException {
        ClientRow[] clients = ledger.clients();
        TableCells cells = startTable(out, "Clients", "ta1", ClientRow.HEADERS.length);
        cells.startRow();
        Cells.headers(ClientRow.HEADERS, cells);
        cells.endRow();
        for (ClientRow client : clients) {
            cells.startRow();
            Cells.client(client, cells);
            cells.endRow();
        }
        endTable(out, clients.length + 1);
    }

    private void writeInvoices(Writer out) throws IOException {
        TableCells cells = startTable(out, "Factures", "ta2", InvoiceRow.HEADERS.length);
        cells.startRow();
        Cells.headers(InvoiceRow.HEADERS, cells);
        cells.endRow();
        ledger.forEachInvoice(invoice -> {
            cells.startRow();
            Cells.invoice(invoice, cells);
            cells.endRow();
        });
        endTable(out, ledger.invoiceCount() + 1);
    }

    private static TableCells startTable(Writer out, String name, String style, int columns) throws IOException {
        out.write("<table:table table:name=\"" + name + "\" table:style-name=\"" + style + "\">");
        out.write("<table:table-column table:style-name=\"co1\" table:number-columns-repeated=\"" + columns
                + "\" table:default-cell-style-name=\"Default\"/>");
        out.write("<table:table-column table:style-name=\"co2\" table:number-columns-repeated=\""
                + (MAX_COLUMNS - columns) + "\" table:default-cell-style-name=\"Default\"/>");
        return new TableCells(out, columns);
    }

    /** The trailing empty rows LibreOffice writes: one repeated block, then one last row. */
    private static void endTable(Writer out, int usedRows) throws IOException {
        String emptyRow = "<table:table-cell table:number-columns-repeated=\"" + MAX_COLUMNS + "\"/></table:table-row>";
        out.write("<table:table-row table:style-name=\"ro1\" table:number-rows-repeated=\""
                + (MAX_ROWS - usedRows - 1) + "\">" + emptyRow);
        out.write("<table:table-row table:style-name=\"ro1\">" + emptyRow);
        out.write("</table:table>");
    }

    /** Writes one table's rows; runs of blank cells become one repeated cell, as Calc writes them. */
    private static final class TableCells implements Cells {

        private final Writer out;
        private final int columns;
        private int pendingBlanks;

        TableCells(Writer out, int columns) {
            this.out = out;
            this.columns = columns;
        }

        void startRow() throws IOException {
            pendingBlanks = 0;
            out.write("<table:table-row table:style-name=\"ro1\">");
        }

        void endRow() throws IOException {
            out.write("<table:table-cell table:number-columns-repeated=\"");
            out.write(Integer.toString(MAX_COLUMNS - columns + pendingBlanks));
            out.write("\"/></table:table-row>");
        }

        @Override
        public void text(String value) throws IOException {
            flushBlanks();
            out.write("<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>");
            Cells.escaped(value, out);
            out.write("</text:p></table:table-cell>");
        }

        @Override
        public void money(long cents) throws IOException {
            flushBlanks();
            out.write("<table:table-cell table:style-name=\"ce2\" office:value-type=\"float\" office:value=\"");
            out.write(Cells.decimal(cents));
            out.write("\" calcext:value-type=\"float\"><text:p>");
            out.write(displayedMoney(cents));
            out.write("</text:p></table:table-cell>");
        }

        @Override
        public void date(int epochDay) throws IOException {
            flushBlanks();
            LocalDate date = LocalDate.ofEpochDay(epochDay);
            out.write("<table:table-cell table:style-name=\"ce1\" office:value-type=\"date\" office:date-value=\"");
            out.write(date.toString());
            out.write("\" calcext:value-type=\"date\"><text:p>");
            out.write(Cells.padded(date.getDayOfMonth(), 2));
            out.write('/');
            out.write(Cells.padded(date.getMonthValue(), 2));
            out.write('/');
            out.write(Integer.toString(date.getYear()));
            out.write("</text:p></table:table-cell>");
        }

        @Override
        public void blank() {
            pendingBlanks++;
        }

        private void flushBlanks() throws IOException {
            if (pendingBlanks == 1) {
                out.write("<table:table-cell/>");
            } else if (pendingBlanks > 1) {
                out.write("<table:table-cell table:number-columns-repeated=\"" + pendingBlanks + "\"/>");
            }
            pendingBlanks = 0;
        }

        /** The French display of the N4 style: 1 234,56 with a no-break space between groups. */
        private static String displayedMoney(long cents) {
            long abs = Math.abs(cents);
            String units = Long.toString(abs / 100);
            StringBuilder text = new StringBuilder(20);
            if (cents < 0) {
                text.append('-');
            }
            for (int i = 0; i < units.length(); i++) {
                if (i > 0 && (units.length() - i) % 3 == 0) {
                    text.append('\u00A0');
                }
                text.append(units.charAt(i));
            }
            return text.append(',').append(Cells.padded((int) (abs % 100), 2)).toString();
        }
    }

    private static final String AUTOMATIC_STYLES = "<office:automatic-styles>"
            + "<style:style style:name=\"co1\" style:family=\"table-column\"><style:table-column-properties"
            + " fo:break-before=\"auto\" style:column-width=\"1.25in\"/></style:style>"
            + "<style:style style:name=\"co2\" style:family=\"table-column\"><style:table-column-properties"
            + " fo:break-before=\"auto\" style:column-width=\"0.889in\"/></style:style>"
            + "<style:style style:name=\"ro1\" style:family=\"table-row\"><style:table-row-properties"
            + " style:row-height=\"0.178in\" fo:break-before=\"auto\" style:use-optimal-row-height=\"true\"/>"
            + "</style:style>"
            + "<style:style style:name=\"ta1\" style:family=\"table\" style:master-page-name=\"Default\">"
            + "<style:table-properties table:display=\"true\" style:writing-mode=\"lr-tb\"/></style:style>"
            + "<style:style style:name=\"ta2\" style:family=\"table\" style:master-page-name=\"Default\">"
            + "<style:table-properties table:display=\"true\" style:writing-mode=\"lr-tb\"/></style:style>"
            + "<number:date-style style:name=\"N37\" number:automatic-order=\"true\">"
            + "<number:day number:style=\"long\"/><number:text>/</number:text>"
            + "<number:month number:style=\"long\"/><number:text>/</number:text>"
            + "<number:year number:style=\"long\"/></number:date-style>"
            + "<number:number-style style:name=\"N4\"><number:number number:decimal-places=\"2\""
            + " number:min-decimal-places=\"2\" number:min-integer-digits=\"1\" number:grouping=\"true\"/>"
            + "</number:number-style>"
            + "<style:style style:name=\"ce1\" style:family=\"table-cell\" style:parent-style-name=\"Default\""
            + " style:data-style-name=\"N37\"/>"
            + "<style:style style:name=\"ce2\" style:family=\"table-cell\" style:parent-style-name=\"Default\""
            + " style:data-style-name=\"N4\"/>"
            + "</office:automatic-styles>";

    private static final String META = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.3\">"
            + "<office:meta><meta:generator>Relance benchmark generator</meta:generator></office:meta>"
            + "</office:document-meta>";

    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<office:document-styles" + NAMESPACES + "><office:styles>"
            + "<style:default-style style:family=\"table-cell\"><style:text-properties"
            + " style:font-name=\"Liberation Sans\" fo:language=\"fr\" fo:country=\"FR\"/></style:default-style>"
            + "<style:style style:name=\"Default\" style:family=\"table-cell\"/>"
            + "</office:styles><office:automatic-styles/><office:master-styles>"
            + "<style:master-page style:name=\"Default\"/></office:master-styles></office:document-styles>";

    private static final String MANIFEST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
            + " manifest:version=\"1.3\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\""
            + " manifest:media-type=\"" + MIME_TYPE + "\"/>"
            + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
            + "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>";
}
