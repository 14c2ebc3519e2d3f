package dev.relance.workbook.ods;

import static dev.relance.workbook.ods.OdfXml.TABLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import dev.relance.workbook.CellValue;

/** Sets cells in one buffered {@code table:table-row}. */
final class RowEditor {

    private final CellMarkup markup;

    RowEditor(CellMarkup markup) {
        this.markup = markup;
    }

    /**
     * Returns a single row (its repeat removed) with the cells set. A cell written inside a
     * repeated cell splits the repeat into the cells before it, itself and the cells after it,
     * so that the other repeats stay compressed. A cell past the row's end is added after a
     * repeated empty cell that fills the gap.
     */
    XmlElement edit(XmlElement row, NavigableMap<Integer, CellValue> cells) {
        NavigableMap<Integer, CellValue> remaining = new TreeMap<>(cells);
        List<XmlNode> children = new ArrayList<>();
        long column = 0;
        for (XmlNode child : row.children()) {
            if (!(child instanceof XmlElement cell && isCell(cell))) {
                children.add(child);
                continue;
            }
            long end = column + OdfXml.countOf(cell.attribute(TABLE, CellMarkup.COLUMNS_REPEATED).orElse("1"));
            NavigableMap<Integer, CellValue> hits = remaining.subMap((int) Math.min(column, Integer.MAX_VALUE),
                    true, (int) Math.min(end, Integer.MAX_VALUE), false);
            splitCell(children, cell, column, end, hits);
            hits.clear();
            column = end;
        }
        appendCells(children, column, remaining);
        return row.withoutAttribute(TABLE, CellMarkup.ROWS_REPEATED).withChildren(children);
    }

    private void splitCell(List<XmlNode> children, XmlElement cell, long start, long end,
            Map<Integer, CellValue> hits) {
        long cursor = start;
        for (Map.Entry<Integer, CellValue> hit : hits.entrySet()) {
            if (hit.getKey() > cursor) {
                children.add(markup.repeated(cell, CellMarkup.COLUMNS_REPEATED, (int) (hit.getKey() - cursor)));
            }
            children.add(markup.cell(cell, hit.getValue()));
            cursor = hit.getKey() + 1L;
        }
        if (end > cursor) {
            children.add(markup.repeated(cell, CellMarkup.COLUMNS_REPEATED, (int) (end - cursor)));
        }
    }

    /** Adds the cells past the row's last one, each after a gap of empty cells. */
    private void appendCells(List<XmlNode> children, long firstFree, Map<Integer, CellValue> cells) {
        long column = firstFree;
        for (Map.Entry<Integer, CellValue> cell : cells.entrySet()) {
            if (cell.getKey() > column) {
                children.add(markup.emptyCells((int) (cell.getKey() - column)));
            }
            children.add(markup.cell(markup.emptyCell(), cell.getValue()));
            column = cell.getKey() + 1L;
        }
    }

    private static boolean isCell(XmlElement element) {
        return element.is(TABLE, "table-cell") || element.is(TABLE, "covered-table-cell");
    }
}
