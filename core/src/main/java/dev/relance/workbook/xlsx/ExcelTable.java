package dev.relance.workbook.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.XMLStreamWriter2;

import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.WorkbookEdit.CellWrite;

/**
 * An Excel table (a list object, part {@code xl/tables/tableN.xml}) on an edited sheet. Rows written
 * right below a table join it, as they would if typed there in Excel, so that its filters, styles
 * and structured references cover them. Rows at its bottom whose table cells are all cleared leave
 * it, so that an undo gives the table back its former size.
 *
 * @param ref        the table's range, header and totals rows included
 * @param headerRows the number of header rows (0 or 1)
 * @param totalsRows the number of totals rows at the bottom
 */
record ExcelTable(CellRange ref, int headerRows, int totalsRows) {

    /** Reads the {@code <table>} element's range and row counts. */
    static ExcelTable parse(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT
                    && Ooxml.isElement(reader, "table")) {
                return new ExcelTable(CellRange.parse(Ooxml.attribute(reader, "ref")),
                        count(Ooxml.attribute(reader, "headerRowCount"), 1),
                        count(Ooxml.attribute(reader, "totalsRowCount"), 0));
            }
        }
        throw new XMLStreamException("no <table> element");
    }

    /**
     * Returns the table's new range after the writes, when it changes. A table with a totals row
     * keeps its range: rows below the totals are not part of it.
     */
    Optional<CellRange> resized(List<CellWrite> writes) {
        if (totalsRows > 0) {
            return Optional.empty();
        }
        NavigableMap<Integer, NavigableMap<Integer, CellValue>> rows = byRow(writes);
        int last = ref.last().row();
        int grown = last;
        while (hasValueInColumns(rows.get(grown + 1))) {
            grown++;
        }
        int shrunk = last;
        // A table keeps at least one data row below its header.
        while (shrunk > ref.first().row() + headerRows && clearsEveryColumn(rows.get(shrunk))) {
            shrunk--;
        }
        int newLast = grown > last ? grown : shrunk;
        if (newLast == last) {
            return Optional.empty();
        }
        return Optional.of(new CellRange(ref.first(), new CellRef(newLast, ref.last().column())));
    }

    /**
     * Returns the table part with its range moved to {@code newRef}. Every {@code ref} in the part
     * that ended on the table's last row (the table's, its filter's, its sort's) ends on the new
     * last row; the rest is copied as it is.
     */
    byte[] rewrite(InputStream source, CellRange newRef) throws XMLStreamException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        XMLStreamReader2 in = Stax.reader(source);
        XMLStreamWriter2 out = Stax.writer(target);
        XmlCopy.event(in, out);
        while (in.hasNext()) {
            in.next();
            String range = in.isStartElement() ? Ooxml.attribute(in, "ref") : "";
            if (!range.isEmpty() && endsOnLastRow(range)) {
                XmlCopy.startElement(in, out, "ref", withLastRow(range, newRef.last().row()));
            } else {
                XmlCopy.event(in, out);
            }
        }
        out.writeEndDocument();
        out.close();
        in.closeCompletely();
        return target.toByteArray();
    }

    private boolean endsOnLastRow(String range) {
        try {
            return CellRange.parse(range).last().row() == ref.last().row();
        } catch (IllegalArgumentException ignored) {
            // A range Relance cannot read is left as it is.
            return false;
        }
    }

    private static String withLastRow(String range, int lastRow) {
        CellRange parsed = CellRange.parse(range);
        return new CellRange(parsed.first(), new CellRef(lastRow, parsed.last().column()))
                .toString();
    }

    private boolean hasValueInColumns(NavigableMap<Integer, CellValue> row) {
        return row != null && row.subMap(ref.first().column(), true, ref.last().column(), true)
                .values().stream().anyMatch(value -> !(value instanceof CellValue.Empty));
    }

    private boolean clearsEveryColumn(NavigableMap<Integer, CellValue> row) {
        if (row == null) {
            return false;
        }
        for (int column = ref.first().column(); column <= ref.last().column(); column++) {
            if (!(row.get(column) instanceof CellValue.Empty)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the writes by row and column; a later write to a cell wins. */
    private static NavigableMap<Integer, NavigableMap<Integer, CellValue>> byRow(
            List<CellWrite> writes) {
        NavigableMap<Integer, NavigableMap<Integer, CellValue>> rows = new TreeMap<>();
        writes.forEach(write -> rows.computeIfAbsent(write.ref().row(), row -> new TreeMap<>())
                .put(write.ref().column(), write.value()));
        return rows;
    }

    private static int count(String value, int absent) {
        try {
            return value.isBlank() ? absent : Integer.parseInt(value.trim());
        } catch (NumberFormatException ignored) {
            // A garbled count is read as the default, as Excel does for a missing one.
            return absent;
        }
    }
}
