package dev.relance.workbook.ods;

import static dev.relance.workbook.ods.OdfXml.TABLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import dev.relance.workbook.CellValue;
import dev.relance.workbook.WorkbookEdit.CellWrite;

/**
 * The cells to write into one table, and how far its rows have been passed. It decides which row
 * elements get a write, what replaces them, and which rows come after the table's last one.
 * Both ways of writing {@code content.xml}, event by event and as bytes, use it, so that they
 * split rows alike.
 */
final class TableWrites {

    /** The kind of a child of a table, or of a group of rows in it, as the writer handles it. */
    enum Role {
        ROW, ROW_GROUP, COLUMNS, OTHER;

        private static final Set<String> ROW_GROUPS = Set.of("table-header-rows", "table-row-group", "table-rows");
        private static final Set<String> COLUMN_ELEMENTS = Set.of("table-column", "table-columns",
                "table-header-columns", "table-column-group");

        static Role of(String namespace, String localName) {
            if (!TABLE.equals(namespace)) {
                return OTHER;
            }
            if (localName.equals("table-row")) {
                return ROW;
            }
            if (ROW_GROUPS.contains(localName)) {
                return ROW_GROUP;
            }
            return COLUMN_ELEMENTS.contains(localName) ? COLUMNS : OTHER;
        }
    }

    /**
     * The writes that fall in one row element.
     *
     * @param first the index from 0 of the element's first row
     * @param end   the index after its last row, which is later than {@code first + 1} when it
     *              is repeated
     * @param cells the cells written in it, by row then column, and empty when none is
     */
    record RowHits(long first, long end, NavigableMap<Integer, NavigableMap<Integer, CellValue>> cells) {

        boolean isEmpty() {
            return cells.isEmpty();
        }
    }

    private final CellMarkup markup;
    private final RowEditor rows;
    /** Cells still to write, by row then column; a row leaves the map once written. */
    private final NavigableMap<Integer, NavigableMap<Integer, CellValue>> writes = new TreeMap<>();
    private long nextRow;
    private boolean rowsAppended;

    TableWrites(CellMarkup markup, List<CellWrite> cells) {
        this.markup = markup;
        this.rows = new RowEditor(markup);
        // a later write to the same cell wins, as it would when typed
        for (CellWrite cell : cells) {
            writes.computeIfAbsent(cell.ref().row(), row -> new TreeMap<>()).put(cell.ref().column(), cell.value());
        }
    }

    /**
     * Passes the next row element, which stands for {@code repeat} rows, and returns the writes
     * that fall in it. They leave the cells still to write.
     */
    RowHits passRow(int repeat) {
        long first = nextRow;
        long end = first + repeat;
        nextRow = end;
        NavigableMap<Integer, NavigableMap<Integer, CellValue>> hits = writes.subMap(
                (int) Math.min(first, Integer.MAX_VALUE), true, (int) Math.min(end, Integer.MAX_VALUE), false);
        RowHits passed = new RowHits(first, end, new TreeMap<>(hits));
        hits.clear();
        return passed;
    }

    /**
     * Returns what replaces a row element that gets writes. LibreOffice ends each table with one
     * empty row repeated up to row 1,048,576, so a new row past the data falls in that run: the
     * run is split around it and keeps the table at its size.
     */
    List<XmlElement> split(XmlElement row, RowHits hits) {
        List<XmlElement> replacement = new ArrayList<>();
        long cursor = hits.first();
        for (Map.Entry<Integer, NavigableMap<Integer, CellValue>> hit : hits.cells().entrySet()) {
            if (hit.getKey() > cursor) {
                replacement.add(markup.repeated(row, CellMarkup.ROWS_REPEATED, (int) (hit.getKey() - cursor)));
            }
            replacement.add(rows.edit(row, hit.getValue()));
            cursor = hit.getKey() + 1L;
        }
        if (hits.end() > cursor) {
            replacement.add(markup.repeated(row, CellMarkup.ROWS_REPEATED, (int) (hits.end() - cursor)));
        }
        return replacement;
    }

    /**
     * Returns the rows past the rows passed, each after a gap of empty rows, the first time it is
     * called, and nothing after that.
     */
    List<XmlElement> appendRows() {
        if (rowsAppended) {
            return List.of();
        }
        rowsAppended = true;
        List<XmlElement> added = new ArrayList<>();
        for (Map.Entry<Integer, NavigableMap<Integer, CellValue>> row : writes.entrySet()) {
            if (row.getKey() > nextRow) {
                added.add(markup.emptyRows((int) (row.getKey() - nextRow)));
            }
            added.add(rows.edit(markup.emptyRow(), row.getValue()));
            nextRow = row.getKey() + 1L;
        }
        writes.clear();
        return added;
    }

    /** Returns a new table of this name holding only the cells. */
    XmlElement newTable(String name) {
        int columns = writes.values().stream().mapToInt(NavigableMap::lastKey).max().orElse(0) + 1;
        List<XmlNode> content = new ArrayList<>();
        // ODF wants at least one column description before the rows
        content.add(markup.repeated(XmlElement.of(markup.name(TABLE, "table-column")),
                CellMarkup.COLUMNS_REPEATED, columns));
        content.addAll(appendRows());
        return XmlElement.of(markup.name(TABLE, "table")).withAttribute(markup.name(TABLE, "name"), name)
                .withChildren(content);
    }
}
