package dev.relance.workbook.ods;

import static dev.relance.workbook.ods.OdfXml.TABLE;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamException;

import dev.relance.workbook.CellValue;
import dev.relance.workbook.WorkbookEdit.CellWrite;

/**
 * Writes one table with cells set: rows without a written cell are copied as they stream by,
 * a row with one is buffered and split, and rows past the table's last row are added at its end.
 */
final class TableRewriter {

    private final XmlStream xml;
    private final CellMarkup markup;
    private final RowEditor rows;
    /** Cells still to write, by row then column; a row leaves the map once written. */
    private final NavigableMap<Integer, NavigableMap<Integer, CellValue>> writes = new TreeMap<>();
    private long nextRow;
    private boolean layoutSeen;
    private boolean rowsAppended;

    TableRewriter(XmlStream xml, CellMarkup markup, List<CellWrite> cells) {
        this.xml = xml;
        this.markup = markup;
        this.rows = new RowEditor(markup);
        // a later write to the same cell wins, as it would when typed
        for (CellWrite cell : cells) {
            writes.computeIfAbsent(cell.ref().row(), row -> new TreeMap<>()).put(cell.ref().column(), cell.value());
        }
    }

    /** Copies the table the reader is on with the cells set. */
    void rewrite() throws XMLStreamException {
        xml.copyStartTag();
        xml.forEachChild(this::rewriteTableChild);
        appendRows();
        xml.out().writeEndElement();
    }

    /** Writes a new table holding only the cells. */
    void writeNew(String name) throws XMLStreamException {
        int columns = writes.values().stream().mapToInt(NavigableMap::lastKey).max().orElse(0) + 1;
        XmlElement.of(markup.name(TABLE, "table")).withAttribute(markup.name(TABLE, "name"), name)
                .writeStartTag(xml.out());
        // ODF wants at least one column description before the rows
        markup.repeated(XmlElement.of(markup.name(TABLE, "table-column")), "number-columns-repeated", columns)
                .write(xml.out());
        appendRows();
        xml.out().writeEndElement();
    }

    private void rewriteTableChild() throws XMLStreamException {
        if (isRow() || isRowGroup()) {
            layoutSeen = true;
            rewriteRowOrGroup();
        } else if (isColumnElement()) {
            layoutSeen = true;
            xml.copyElement();
        } else {
            // what follows the rows (named ranges, LibreOffice's conditional formats) comes after
            // the rows this writer adds
            if (layoutSeen) {
                appendRows();
            }
            xml.copyElement();
        }
    }

    private void rewriteRowOrGroup() throws XMLStreamException {
        if (isRow()) {
            rewriteRow();
            return;
        }
        xml.copyStartTag();
        xml.forEachChild(() -> {
            if (isRow() || isRowGroup()) {
                rewriteRowOrGroup();
            } else {
                xml.copyElement();
            }
        });
        xml.out().writeEndElement();
    }

    /**
     * Rewrites one row element, which is repeated number-rows-repeated times. LibreOffice ends each table with one
     * empty row repeated up to row 1,048,576, so a new row past the data falls in that run: the
     * run is split around it and keeps the table at its size.
     */
    private void rewriteRow() throws XMLStreamException {
        long first = nextRow;
        long end = first + OdfXml.count(xml.in(), TABLE, CellMarkup.ROWS_REPEATED);
        nextRow = end;
        NavigableMap<Integer, NavigableMap<Integer, CellValue>> hits = writes.subMap(
                (int) Math.min(first, Integer.MAX_VALUE), true, (int) Math.min(end, Integer.MAX_VALUE), false);
        if (hits.isEmpty()) {
            xml.copyElement();
            return;
        }
        XmlElement row = XmlElement.read(xml.in());
        long cursor = first;
        for (Map.Entry<Integer, NavigableMap<Integer, CellValue>> hit : hits.entrySet()) {
            if (hit.getKey() > cursor) {
                markup.repeated(row, CellMarkup.ROWS_REPEATED, (int) (hit.getKey() - cursor)).write(xml.out());
            }
            rows.edit(row, hit.getValue()).write(xml.out());
            cursor = hit.getKey() + 1L;
        }
        if (end > cursor) {
            markup.repeated(row, CellMarkup.ROWS_REPEATED, (int) (end - cursor)).write(xml.out());
        }
        hits.clear();
    }

    /** Adds the rows past the table's last one, each after a gap of empty rows. */
    private void appendRows() throws XMLStreamException {
        if (rowsAppended) {
            return;
        }
        rowsAppended = true;
        for (Map.Entry<Integer, NavigableMap<Integer, CellValue>> row : writes.entrySet()) {
            if (row.getKey() > nextRow) {
                markup.emptyRows((int) (row.getKey() - nextRow)).write(xml.out());
            }
            rows.edit(markup.emptyRow(), row.getValue()).write(xml.out());
            nextRow = row.getKey() + 1L;
        }
        writes.clear();
    }

    private boolean isRow() {
        return xml.isElement(TABLE, "table-row");
    }

    private boolean isRowGroup() {
        return xml.isElement(TABLE, "table-header-rows") || xml.isElement(TABLE, "table-row-group")
                || xml.isElement(TABLE, "table-rows");
    }

    private boolean isColumnElement() {
        return xml.isElement(TABLE, "table-column") || xml.isElement(TABLE, "table-columns")
                || xml.isElement(TABLE, "table-header-columns") || xml.isElement(TABLE, "table-column-group");
    }
}
