package dev.relance.workbook.ods;

import static dev.relance.workbook.ods.OdfXml.TABLE;

import java.io.IOException;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import dev.relance.workbook.WorkbookEdit.CellWrite;
import dev.relance.workbook.splice.RawTag;

/**
 * Writes one table with cells set, as bytes. Rows without a written cell, columns and everything
 * else the table contains are copied as they are. A row element with a written cell is parsed
 * and split as {@link TableRewriter} splits it, and rows past the table's last row are added at
 * its end.
 */
final class TableSplicer {

    private final SplicedXml xml;
    private final TableWrites writes;
    private boolean layoutSeen;

    TableSplicer(SplicedXml xml, CellMarkup markup, List<CellWrite> cells) {
        this.xml = xml;
        this.writes = new TableWrites(markup, cells);
    }

    /** Writes the table whose start tag is the current token, with the cells set. */
    void splice(RawTag table, boolean empty) throws IOException, XMLStreamException {
        if (empty) {
            xml.fillEmpty(table, writes.appendRows());
            return;
        }
        xml.enter(table);
        xml.forEachChild(this::tableChild);
        xml.insertBefore(writes.appendRows());
        xml.leave();
    }

    private void tableChild(RawTag child, boolean empty) throws IOException, XMLStreamException {
        TableWrites.Role role = role(child);
        if (role == TableWrites.Role.ROW || role == TableWrites.Role.ROW_GROUP) {
            layoutSeen = true;
            rowOrGroup(child, role, empty);
        } else if (role == TableWrites.Role.COLUMNS) {
            layoutSeen = true;
            xml.copyElement(empty);
        } else {
            // what follows the rows (named ranges, LibreOffice's conditional formats) comes after
            // the rows this writer adds
            if (layoutSeen) {
                xml.insertBefore(writes.appendRows());
            }
            xml.copyElement(empty);
        }
    }

    private void rowOrGroup(RawTag tag, TableWrites.Role role, boolean empty)
            throws IOException, XMLStreamException {
        if (role == TableWrites.Role.ROW) {
            row(tag, empty);
            return;
        }
        if (empty) {
            return;
        }
        xml.enter(tag);
        xml.forEachChild((child, childEmpty) -> {
            TableWrites.Role childRole = role(child);
            if (childRole == TableWrites.Role.ROW || childRole == TableWrites.Role.ROW_GROUP) {
                rowOrGroup(child, childRole, childEmpty);
            } else {
                xml.copyElement(childEmpty);
            }
        });
        xml.leave();
    }

    /** Copies a row element that gets no write, and parses and splits one that does. */
    private void row(RawTag tag, boolean empty) throws IOException, XMLStreamException {
        String repeat = xml.attribute(tag, TABLE, CellMarkup.ROWS_REPEATED).orElse("1");
        TableWrites.RowHits hits = writes.passRow(OdfXml.countOf(repeat));
        if (hits.isEmpty()) {
            xml.copyElement(empty);
            return;
        }
        xml.write(writes.split(xml.takeElement(), hits));
    }

    private TableWrites.Role role(RawTag tag) {
        return TableWrites.Role.of(xml.namespaceOf(tag), tag.localName());
    }
}
