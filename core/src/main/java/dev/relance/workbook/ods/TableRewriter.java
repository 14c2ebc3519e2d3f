package dev.relance.workbook.ods;

import static dev.relance.workbook.ods.OdfXml.TABLE;

import java.util.List;

import javax.xml.stream.XMLStreamException;

import dev.relance.workbook.WorkbookEdit.CellWrite;

/**
 * Writes one table with cells set, event by event: rows without a written cell are copied as they
 * stream by, a row with one is buffered and split, and rows past the table's last row are added
 * at its end.
 */
final class TableRewriter {

    private final XmlStream xml;
    private final TableWrites writes;
    private boolean layoutSeen;

    TableRewriter(XmlStream xml, CellMarkup markup, List<CellWrite> cells) {
        this.xml = xml;
        this.writes = new TableWrites(markup, cells);
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
        writes.newTable(name).write(xml.out());
    }

    private void rewriteTableChild() throws XMLStreamException {
        TableWrites.Role role = role();
        if (role == TableWrites.Role.ROW || role == TableWrites.Role.ROW_GROUP) {
            layoutSeen = true;
            rewriteRowOrGroup(role);
        } else if (role == TableWrites.Role.COLUMNS) {
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

    private void rewriteRowOrGroup(TableWrites.Role role) throws XMLStreamException {
        if (role == TableWrites.Role.ROW) {
            rewriteRow();
            return;
        }
        xml.copyStartTag();
        xml.forEachChild(() -> {
            TableWrites.Role child = role();
            if (child == TableWrites.Role.ROW || child == TableWrites.Role.ROW_GROUP) {
                rewriteRowOrGroup(child);
            } else {
                xml.copyElement();
            }
        });
        xml.out().writeEndElement();
    }

    /** Rewrites one row element: copied when it gets no write, else split around the written rows. */
    private void rewriteRow() throws XMLStreamException {
        TableWrites.RowHits hits = writes.passRow(OdfXml.count(xml.in(), TABLE, CellMarkup.ROWS_REPEATED));
        if (hits.isEmpty()) {
            xml.copyElement();
            return;
        }
        for (XmlElement part : writes.split(XmlElement.read(xml.in()), hits)) {
            part.write(xml.out());
        }
    }

    /** Adds the rows past the table's last one, once. */
    private void appendRows() throws XMLStreamException {
        for (XmlElement row : writes.appendRows()) {
            row.write(xml.out());
        }
    }

    private TableWrites.Role role() {
        return TableWrites.Role.of(xml.in().getNamespaceURI(), xml.in().getLocalName());
    }
}
