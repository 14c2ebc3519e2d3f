package dev.relance.workbook.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.XMLStreamWriter2;

import dev.relance.RelanceException;
import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.WorkbookEdit.CellWrite;

/**
 * Streams a worksheet part from source to target, merging cell writes into {@code <sheetData>}
 * and widening {@code <dimension>} to cover them. Everything else is copied as it is. One editor
 * edits one sheet.
 */
final class SheetEditor implements SheetSplicer.RowEdits {

    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate FIRST_DAY_AFTER_FAKE_LEAP_DAY = LocalDate.of(1900, 3, 1);

    private final String sheetName;
    private final NavigableMap<Integer, NavigableMap<Integer, CellValue>> writes = new TreeMap<>();
    private final CellStyles styles;
    private final int dateStyle;
    private final boolean date1904;

    private XMLStreamReader2 in;
    private XMLStreamWriter2 out;
    private XmlCopy.ElementName sheetDataName = new XmlCopy.ElementName("", Ooxml.MAIN_NS);
    private int rowIndex = -1;
    private boolean formulaOverwritten;
    private boolean mayHaveFormula;

    /**
     * Creates an editor for one sheet.
     *
     * @param dateStyle the cell format index for new date cells; unused when no date is written
     */
    SheetEditor(String sheetName, List<CellWrite> cells, CellStyles styles, int dateStyle,
            boolean date1904) {
        this.sheetName = sheetName;
        this.styles = styles;
        this.dateStyle = dateStyle;
        this.date1904 = date1904;
        // A later write to the same cell wins, as it would if the writes were made one by one.
        cells.forEach(write -> writes.computeIfAbsent(write.ref().row(), row -> new TreeMap<>())
                .put(write.ref().column(), write.value()));
    }

    /** Returns a new, empty worksheet part in the given SpreadsheetML namespace. */
    static String emptySheet(String namespace) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"" + namespace + "\"><dimension ref=\"A1\"/><sheetData/>"
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" "
                + "header=\"0.3\" footer=\"0.3\"/></worksheet>";
    }

    /** Returns the edited part, edited event by event: for new sheets, which are small. */
    byte[] edit(InputStream source) throws XMLStreamException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        editEvents(source, target);
        return target.toByteArray();
    }

    byte[] edit(String source) throws XMLStreamException {
        return edit(new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes the edited part to the target, which stays open, copying the rows without writes
     * as their bytes: only the rows with writes are parsed and written again. The part must be
     * one that {@link SheetSplicer#canSplice} accepts.
     */
    void splice(InputStream source, OutputStream target) throws XMLStreamException, IOException {
        SheetSplicer splicer = new SheetSplicer(source, target, this);
        splicer.splice();
        mayHaveFormula |= splicer.formulaCopied();
    }

    /** Writes the edited part to the target, which stays open, event by event. */
    void edit(InputStream source, OutputStream target) throws XMLStreamException {
        FormulaScan scan = new FormulaScan();
        editEvents(source, scan.watching(target));
        mayHaveFormula |= scan.found();
    }

    /** Returns whether the part written may contain a formula. */
    boolean mayHaveFormula() {
        return mayHaveFormula;
    }

    private void editEvents(InputStream source, OutputStream target) throws XMLStreamException {
        in = Stax.reader(source);
        out = Stax.writer(target);
        XmlCopy.event(in, out);
        while (in.hasNext()) {
            in.next();
            editEvent();
        }
        out.writeEndDocument();
        out.close();
        in.closeCompletely();
    }

    @Override
    public String dimension(String ref) {
        return widenDimension(ref);
    }

    @Override
    public int rowIndex(String number) {
        rowIndex = parseRowNumber(number, rowIndex + 1);
        return rowIndex;
    }

    @Override
    public boolean hasWrites(int row) {
        return writes.containsKey(row);
    }

    @Override
    public boolean hasPendingWrites() {
        return !writes.isEmpty();
    }

    @Override
    public byte[] newRowsBefore(int row, XmlCopy.ElementName sheetData) throws XMLStreamException {
        // Set before every row: the cells of a row edited next take the same prefix.
        sheetDataName = sheetData;
        if (writes.isEmpty() || writes.firstKey() >= row) {
            return new byte[0];
        }
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        // One fragment per row: the XML writer refuses a second element at the top level.
        while (!writes.isEmpty() && writes.firstKey() < row) {
            int next = writes.firstKey();
            rows.writeBytes(fragment(() -> writeNewRowsBefore(next + 1)));
        }
        return rows.toByteArray();
    }

    @Override
    public byte[] editRow(int row, byte[] wrappedRow) throws XMLStreamException {
        in = Stax.reader(new ByteArrayInputStream(wrappedRow));
        in.nextTag();
        in.nextTag();
        rowIndex = row - 1;
        byte[] edited = fragment(this::editRow);
        in.closeCompletely();
        FormulaScan scan = new FormulaScan();
        scan.scan(edited, 0, edited.length);
        mayHaveFormula |= scan.found();
        return edited;
    }

    /** Returns what the body writes, as a fragment of a part. */
    private byte[] fragment(FragmentBody body) throws XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        out = Stax.writer(bytes);
        body.write();
        out.close();
        return bytes.toByteArray();
    }

    @FunctionalInterface
    private interface FragmentBody {
        void write() throws XMLStreamException;
    }

    /** Returns whether a cell that held a formula was replaced or cleared. */
    boolean hasOverwrittenFormula() {
        return formulaOverwritten;
    }

    private void editEvent() throws XMLStreamException {
        if (Ooxml.isStart(in, "dimension")) {
            XmlCopy.startElement(in, out, "ref", widenDimension(Ooxml.attribute(in, "ref")));
        } else if (Ooxml.isStart(in, "sheetData")) {
            sheetDataName = XmlCopy.ElementName.of(in);
            XmlCopy.event(in, out);
        } else if (Ooxml.isEnd(in, "sheetData")) {
            writeNewRowsBefore(Integer.MAX_VALUE);
            XmlCopy.event(in, out);
        } else if (Ooxml.isStart(in, "row")) {
            editRow();
        } else {
            XmlCopy.event(in, out);
        }
    }

    private void editRow() throws XMLStreamException {
        // A row without an r attribute follows the previous one.
        rowIndex = parseRowNumber(Ooxml.attribute(in, "r"), rowIndex + 1);
        writeNewRowsBefore(rowIndex);
        NavigableMap<Integer, CellValue> rowWrites = writes.remove(rowIndex);
        if (rowWrites == null) {
            XmlCopy.element(in, out);
            return;
        }

        // The spans attribute is an optional hint of the columns in use, stale once cells move.
        XmlCopy.startElement(in, out, "spans", "");
        mergeCells(rowWrites);
    }

    /** Copies the cells of the row the reader is in, replacing, inserting and removing writes. */
    private void mergeCells(NavigableMap<Integer, CellValue> rowWrites) throws XMLStreamException {
        int columnIndex = -1;
        while (in.hasNext()) {
            in.next();
            if (Ooxml.isEnd(in, "row")) {
                break;
            }
            if (!Ooxml.isStart(in, "c")) {
                XmlCopy.event(in, out);
                continue;
            }
            columnIndex = parseColumn(Ooxml.attribute(in, "r"), columnIndex + 1);
            writeCells(rowWrites.headMap(columnIndex, false));
            CellValue replacement = rowWrites.remove(columnIndex);
            if (replacement == null) {
                XmlCopy.element(in, out);
            } else {
                replaceCell(columnIndex, replacement);
            }
        }
        writeCells(rowWrites);
        XmlCopy.event(in, out);
    }

    private void replaceCell(int columnIndex, CellValue replacement) throws XMLStreamException {
        String style = Ooxml.attribute(in, "s");
        // NOTE: overwriting the anchor of a shared formula (<f t="shared" ref=..>) leaves the
        // cells that share it without their formula text; Relance writes no such cells today.
        formulaOverwritten |= containsFormula();
        writeCell(new CellRef(rowIndex, columnIndex), replacement,
                style.isEmpty() ? Optional.empty() : Optional.of(CellStyles.parseIndex(style)));
    }

    /** Moves past the cell the reader is on, returning whether it has an {@code <f>}. */
    private boolean containsFormula() throws XMLStreamException {
        boolean formula = false;
        int depth = 1;
        while (depth > 0) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                formula |= Ooxml.isElement(in, "f");
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return formula;
    }

    private void writeNewRowsBefore(int rowLimit) throws XMLStreamException {
        var before = writes.headMap(rowLimit, false);
        for (Map.Entry<Integer, NavigableMap<Integer, CellValue>> row : before.entrySet()) {
            if (row.getValue().values().stream().allMatch(CellValue.Empty.class::isInstance)) {
                // Clearing cells of a row that is not there leaves nothing to write.
                continue;
            }
            XmlCopy.startElementLike(out, sheetDataName, "row");
            out.writeAttribute("r", Integer.toString(row.getKey() + 1));
            int saved = rowIndex;
            rowIndex = row.getKey();
            writeCells(row.getValue());
            rowIndex = saved;
            out.writeEndElement();
        }
        before.clear();
    }

    /** Writes new cells in the current row and removes them from the pending writes. */
    private void writeCells(NavigableMap<Integer, CellValue> cells) throws XMLStreamException {
        for (Map.Entry<Integer, CellValue> cell : cells.entrySet()) {
            writeCell(new CellRef(rowIndex, cell.getKey()), cell.getValue(), Optional.empty());
        }
        cells.clear();
    }

    /**
     * Writes one cell. Text is an inline string, so that the shared string table stays as it
     * was, and it stays text even when it starts with {@code =}: only an {@code <f>} makes a
     * formula. An existing cell's style is kept, except that a date needs a date format.
     */
    private void writeCell(CellRef ref, CellValue value, Optional<Integer> existingStyle)
            throws XMLStreamException {
        if (value instanceof CellValue.Empty) {
            return;
        }
        XmlCopy.startElementLike(out, sheetDataName, "c");
        out.writeAttribute("r", ref.toString());
        Optional<Integer> style = value instanceof CellValue.DateValue
                ? Optional.of(existingStyle.filter(styles::isDate).orElse(dateStyle))
                : existingStyle;
        if (style.isPresent()) {
            out.writeAttribute("s", Integer.toString(style.get()));
        }
        writeContent(ref, value);
        out.writeEndElement();
    }

    private void writeContent(CellRef ref, CellValue value) throws XMLStreamException {
        if (value instanceof CellValue.Text text) {
            out.writeAttribute("t", "inlineStr");
            XmlCopy.startElementLike(out, sheetDataName, "is");
            XmlCopy.startElementLike(out, sheetDataName, "t");
            // xml:space="preserve" keeps leading and trailing spaces when Excel reads the text.
            out.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
            out.writeCharacters(OoxmlText.encode(text.text()));
            out.writeEndElement();
            out.writeEndElement();
        } else if (value instanceof CellValue.Number number) {
            writeValue(number.value().toPlainString());
        } else if (value instanceof CellValue.DateValue date) {
            writeValue(Long.toString(serial(ref, date.date())));
        }
    }

    private void writeValue(String text) throws XMLStreamException {
        XmlCopy.startElementLike(out, sheetDataName, "v");
        out.writeCharacters(text);
        out.writeEndElement();
    }

    /**
     * Converts a date to a serial in the workbook's epoch. In the 1900 epoch Excel counts a
     * 1900-02-29 that never existed, as Lotus 1-2-3 did: from 1900-03-01 on, serials are one
     * higher than the days since 1899-12-31.
     */
    private long serial(CellRef ref, LocalDate date) {
        LocalDate epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
        long days = ChronoUnit.DAYS.between(epoch, date);
        if (days < (date1904 ? 0 : 1)) {
            throw new RelanceException("cannot write " + date + ": the workbook's dates start on "
                    + (date1904 ? EPOCH_1904 : EPOCH_1900.plusDays(1)), null, sheetName,
                    ref.toString(), date.toString(), null);
        }
        boolean afterFakeLeapDay = !date1904 && !date.isBefore(FIRST_DAY_AFTER_FAKE_LEAP_DAY);
        return afterFakeLeapDay ? days + 1 : days;
    }

    private String widenDimension(String ref) {
        Optional<CellRange> covered = writtenRange();
        if (covered.isEmpty()) {
            return ref;
        }
        CellRange range;
        try {
            range = CellRange.parse(ref);
        } catch (IllegalArgumentException ignored) {
            // The dimension is a hint; a missing or garbled one is replaced by what is written.
            range = covered.get();
        }
        return range.including(covered.get().first()).including(covered.get().last()).toString();
    }

    private Optional<CellRange> writtenRange() {
        Optional<CellRange> range = Optional.empty();
        for (Map.Entry<Integer, NavigableMap<Integer, CellValue>> row : writes.entrySet()) {
            for (Map.Entry<Integer, CellValue> cell : row.getValue().entrySet()) {
                if (!(cell.getValue() instanceof CellValue.Empty)) {
                    CellRef ref = new CellRef(row.getKey(), cell.getKey());
                    range = Optional.of(range.map(found -> found.including(ref))
                            .orElse(new CellRange(ref, ref)));
                }
            }
        }
        return range;
    }

    private int parseRowNumber(String number, int next) {
        if (number.isEmpty()) {
            return next;
        }
        try {
            return Integer.parseInt(number.trim()) - 1;
        } catch (NumberFormatException e) {
            throw damaged("row number " + number + " is not a number", number, e);
        }
    }

    private int parseColumn(String a1, int next) {
        if (a1.isEmpty()) {
            return next;
        }
        try {
            return CellRef.parse(a1.trim()).column();
        } catch (IllegalArgumentException e) {
            throw damaged("cell reference " + a1 + " is not valid", a1, e);
        }
    }

    private RelanceException damaged(String what, String value, Throwable cause) {
        return new RelanceException("the workbook is damaged: " + what, null, sheetName, null,
                value, cause);
    }

}
