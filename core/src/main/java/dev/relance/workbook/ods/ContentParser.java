package dev.relance.workbook.ods;

import static dev.relance.workbook.ods.OdfXml.STYLE;
import static dev.relance.workbook.ods.OdfXml.TABLE;
import static dev.relance.workbook.ods.OdfXml.attribute;
import static dev.relance.workbook.ods.OdfXml.isElement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.relance.workbook.ReadLimits;
import dev.relance.workbook.RowSink;
import dev.relance.workbook.SheetSelector;
import dev.relance.workbook.WorkbookFormat;

/** Streams the sheets out of an ODS {@code content.xml}, in one pass and without a DOM. */
final class ContentParser {

    private final XMLStreamReader xml;
    private final ReadLimits limits;
    private final CellReader cells;
    private final Set<String> hiddenTableStyles = new HashSet<>();

    ContentParser(XMLStreamReader xml, ReadLimits limits) {
        this.xml = xml;
        this.limits = limits;
        this.cells = new CellReader(xml, limits);
    }

    /** Streams the tables the selector chooses, in document order; skips the others. */
    void stream(SheetSelector selector) throws XMLStreamException {
        selector.start(WorkbookFormat.ODS, false);
        int tables = 0;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            // automatic styles come before the body, so a table's style is known when it starts
            if (isElement(xml, STYLE, "style")) {
                readStyle();
            } else if (isElement(xml, TABLE, "table")) {
                ReadLimits.checkSheets(tables + 1L);
                readTable(selector, tables++);
            }
        }
    }

    /** Notes a table style that hides its tables ({@code table:display="false"}). */
    private void readStyle() throws XMLStreamException {
        String name = attribute(xml, STYLE, "name", "");
        boolean tableFamily = attribute(xml, STYLE, "family", "").equals("table");
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (tableFamily && isElement(xml, STYLE, "table-properties")
                        && attribute(xml, TABLE, "display", "true").equals("false")) {
                    hiddenTableStyles.add(name);
                    ReadLimits.checkEntries(hiddenTableStyles.size(), OdsPackage.CONTENT);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private void readTable(SheetSelector selector, int position) throws XMLStreamException {
        String name = attribute(xml, TABLE, "name", "");
        boolean hidden = hiddenTableStyles.contains(attribute(xml, TABLE, "style-name", ""));
        Optional<RowSink> sink = selector.select(name, hidden, position);
        if (sink.isEmpty()) {
            // the parser still reads the table's markup, but builds no cell of it
            OdfXml.skipElement(xml);
            return;
        }
        SheetBuilder sheet = new SheetBuilder(sink.get());
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && isElement(xml, TABLE, "table")) {
                sheet.end();
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (sink.get().isDone()) {
                    // the rest of the table is read past, without building its cells
                    OdfXml.skipElement(xml);
                } else if (isElement(xml, TABLE, "table-row")) {
                    readRow(sheet, name);
                } else if (!isRowGroup()) {
                    // columns, forms, shapes, named ranges: nothing the cell view shows
                    OdfXml.skipElement(xml);
                }
            }
        }
    }

    /** Header rows and row groups only wrap rows; their rows are read as the table's own. */
    private boolean isRowGroup() {
        return isElement(xml, TABLE, "table-header-rows") || isElement(xml, TABLE, "table-row-group")
                || isElement(xml, TABLE, "table-rows");
    }

    private void readRow(SheetBuilder sheet, String sheetName) throws XMLStreamException {
        int repeat = OdfXml.count(xml, TABLE, "number-rows-repeated");
        int rowIndex = Math.min(sheet.nextRow(), OdfXml.MAX_ROWS - 1);
        List<CellRun> runs = new ArrayList<>();
        long column = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                sheet.addRows(runs, repeat);
                return;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (column < OdfXml.MAX_COLUMNS && (isElement(xml, TABLE, "table-cell")
                    || isElement(xml, TABLE, "covered-table-cell"))) {
                CellRun run = cells.read(sheetName, rowIndex, (int) column);
                runs.add(run);
                column += run.repeat();
            } else {
                // cells past the last column LibreOffice allows are dropped, not kept in memory
                OdfXml.skipElement(xml);
            }
        }
    }
}
