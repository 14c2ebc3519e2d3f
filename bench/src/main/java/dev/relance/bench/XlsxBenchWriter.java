package dev.relance.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipOutputStream;

/**
 * Writes a benchmark ledger as an .xlsx package, streaming each part. With inline strings every
 * text cell carries its text. Otherwise text cells point into a shared-strings table, written
 * after the sheets as Excel orders its parts. Dates are serial numbers with a date style, and
 * money is a number with a two-decimal style.
 */
final class XlsxBenchWriter {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private static final String XML_DECLARATION =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    /** Days between Excel's day 0 (1899-12-30) and 1970-01-01. */
    private static final int EXCEL_EPOCH_OFFSET = 25_569;
    private static final int DATE_STYLE = 1;
    private static final int MONEY_STYLE = 2;

    private final Ledgers ledger;
    private final boolean sharedStrings;
    private final Map<String, Integer> stringIndex = new HashMap<>();
    private StringBuilder stringTable = new StringBuilder();
    private long stringReferences;

    XlsxBenchWriter(Ledgers ledger, boolean sharedStrings) {
        this.ledger = ledger;
        this.sharedStrings = sharedStrings;
    }

    void write(Path file) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(stream, StandardCharsets.UTF_8)) {
            Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            part(zip, out, "[Content_Types].xml", contentTypes());
            part(zip, out, "_rels/.rels", packageRelationships());
            part(zip, out, "xl/workbook.xml", workbook());
            part(zip, out, "xl/_rels/workbook.xml.rels", workbookRelationships());
            zip.putNextEntry(Cells.entry("xl/worksheets/sheet1.xml"));
            writeClients(out);
            finish(zip, out);
            zip.putNextEntry(Cells.entry("xl/worksheets/sheet2.xml"));
            writeInvoices(out);
            finish(zip, out);
            part(zip, out, "xl/styles.xml", STYLES);
            if (sharedStrings) {
                zip.putNextEntry(Cells.entry("xl/sharedStrings.xml"));
                writeStringTable(out);
                finish(zip, out);
            }
            part(zip, out, "docProps/app.xml", APP);
        }
    }

    private static void part(ZipOutputStream zip, Writer out, String name, String content) throws IOException {
        zip.putNextEntry(Cells.entry(name));
        out.write(content);
        finish(zip, out);
    }

    private static void finish(ZipOutputStream zip, Writer out) throws IOException {
        out.flush();
        zip.closeEntry();
    }

    private void writeClients(Writer out) throws IOException {
        ClientRow[] clients = ledger.clients();
        SheetCells cells = startSheet(out, ClientRow.HEADERS.length, clients.length + 1);
        cells.startRow();
        Cells.headers(ClientRow.HEADERS, cells);
        cells.endRow();
        for (ClientRow client : clients) {
            cells.startRow();
            Cells.client(client, cells);
            cells.endRow();
        }
        out.write("</sheetData></worksheet>");
    }

    private void writeInvoices(Writer out) throws IOException {
        SheetCells cells = startSheet(out, InvoiceRow.HEADERS.length, ledger.invoiceCount() + 1);
        cells.startRow();
        Cells.headers(InvoiceRow.HEADERS, cells);
        cells.endRow();
        ledger.forEachInvoice(invoice -> {
            cells.startRow();
            Cells.invoice(invoice, cells);
            cells.endRow();
        });
        out.write("</sheetData></worksheet>");
    }

    private SheetCells startSheet(Writer out, int columns, int rows) throws IOException {
        String lastColumn = SheetCells.COLUMNS[columns - 1];
        out.write(XML_DECLARATION);
        out.write("<worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">");
        out.write("<dimension ref=\"A1:" + lastColumn + rows + "\"/>");
        out.write("<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>");
        out.write("<sheetFormatPr defaultRowHeight=\"15\"/>");
        out.write("<cols><col min=\"1\" max=\"" + columns + "\" width=\"18\" customWidth=\"1\"/></cols>");
        out.write("<sheetData>");
        return new SheetCells(out, columns);
    }

    private void writeStringTable(Writer out) throws IOException {
        out.write(XML_DECLARATION);
        out.write("<sst xmlns=\"" + MAIN_NS + "\" count=\"" + stringReferences
                + "\" uniqueCount=\"" + stringIndex.size() + "\">");
        out.write(stringTable.toString());
        out.write("</sst>");
        stringTable = new StringBuilder();
    }

    private int sharedIndex(String text) {
        stringReferences++;
        Integer known = stringIndex.get(text);
        if (known != null) {
            return known;
        }
        int index = stringIndex.size();
        stringIndex.put(text, index);
        stringTable.append("<si><t>");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> stringTable.append("&amp;");
                case '<' -> stringTable.append("&lt;");
                case '>' -> stringTable.append("&gt;");
                default -> stringTable.append(c);
            }
        }
        stringTable.append("</t></si>");
        return index;
    }

    /** Writes one sheet's rows, each cell with its reference as Excel does. */
    private final class SheetCells implements Cells {

        static final String[] COLUMNS = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M"};

        private final Writer out;
        private final String spans;
        private int row;
        private int column;

        SheetCells(Writer out, int columns) {
            this.out = out;
            this.spans = "1:" + columns;
        }

        void startRow() throws IOException {
            row++;
            column = 0;
            out.write("<row r=\"");
            out.write(Integer.toString(row));
            out.write("\" spans=\"");
            out.write(spans);
            out.write("\">");
        }

        void endRow() throws IOException {
            out.write("</row>");
        }

        @Override
        public void text(String value) throws IOException {
            if (sharedStrings) {
                startCell(" t=\"s\">");
                out.write("<v>");
                out.write(Integer.toString(sharedIndex(value)));
                out.write("</v></c>");
            } else {
                startCell(" t=\"inlineStr\">");
                out.write("<is><t>");
                Cells.escaped(value, out);
                out.write("</t></is></c>");
            }
        }

        @Override
        public void money(long cents) throws IOException {
            startCell(" s=\"" + MONEY_STYLE + "\">");
            out.write("<v>");
            out.write(Cells.decimal(cents));
            out.write("</v></c>");
        }

        @Override
        public void date(int epochDay) throws IOException {
            startCell(" s=\"" + DATE_STYLE + "\">");
            out.write("<v>");
            out.write(Integer.toString(epochDay + EXCEL_EPOCH_OFFSET));
            out.write("</v></c>");
        }

        @Override
        public void blank() {
            column++;
        }

        private void startCell(String attributesAndClose) throws IOException {
            out.write("<c r=\"");
            out.write(COLUMNS[column]);
            out.write(Integer.toString(row));
            out.write('"');
            out.write(attributesAndClose);
            column++;
        }
    }

    private String contentTypes() {
        String sharedStringsType = sharedStrings
                ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + CONTENT_TYPE
                        + "sharedStrings+xml\"/>"
                : "";
        return XML_DECLARATION
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
                + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + CONTENT_TYPE + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + CONTENT_TYPE
                + "worksheet+xml\"/><Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\""
                + CONTENT_TYPE + "worksheet+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\""
                + CONTENT_TYPE + "styles+xml\"/>" + sharedStringsType
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.extended-properties+xml\"/></Types>";
    }

    private static String packageRelationships() {
        return XML_DECLARATION + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/extended-properties\""
                + " Target=\"docProps/app.xml\"/></Relationships>";
    }

    private static String workbook() {
        return XML_DECLARATION + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                + "<workbookPr/><bookViews><workbookView activeTab=\"1\"/></bookViews><sheets>"
                + "<sheet name=\"Clients\" sheetId=\"1\" r:id=\"rId1\"/>"
                + "<sheet name=\"Factures\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>";
    }

    private String workbookRelationships() {
        String sharedStringsRelationship = sharedStrings
                ? "<Relationship Id=\"rId4\" Type=\"" + REL_NS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                : "";
        return XML_DECLARATION + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
                + sharedStringsRelationship + "</Relationships>";
    }

    private static final String STYLES = XML_DECLARATION + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
            + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
            + "</cellStyleXfs><cellXfs count=\"3\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
            + "</cellStyles></styleSheet>";

    private static final String APP = XML_DECLARATION
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>Relance benchmark generator</Application></Properties>";
}
