package dev.relance.workbook.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;

import dev.relance.RelanceException;
import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.ReadLimits;
import dev.relance.workbook.RowSink;

/**
 * Reads one worksheet part as a stream of rows, handing each row to a sink as soon as it is
 * complete. {@code <mergeCells>} follows {@code <sheetData>}, so merged ranges are known only
 * once every cell has been read: when they cover cells, the reader restarts the sink and the
 * part is read a second time with the covered cells filled. One parser reads one sheet.
 *
 * <p>The part is read with {@link SheetScanner}, straight from its bytes; a part the scanner
 * cannot read (another shape, or malformed) is read again from its start with the XML parser,
 * which gives the same rows for any part the scanner reads.
 */
final class SheetParser {

    /** The largest date serial Excel shows, 9999-12-31; larger numbers stay numbers. */
    private static final double MAX_DATE_SERIAL = 2_958_465;
    /** The serial of 1900-03-01, the first date after the 1900-02-29 that Excel counts. */
    private static final double FIRST_REAL_SERIAL = 61;
    /** The day serial 0 stands for, counting back over the phantom day: 1899-12-30. */
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private final XlsxPackage xlsx;
    private final String sheetName;
    private final SharedStrings strings;
    private final CellStyles styles;
    private final boolean date1904;

    private List<CellRange> merges = new ArrayList<>();
    private int rowIndex = -1;
    private int columnIndex = -1;

    SheetParser(XlsxPackage xlsx, String sheetName, SharedStrings strings, CellStyles styles,
            boolean date1904) {
        this.xlsx = xlsx;
        this.sheetName = sheetName;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** Streams the rows of the part to the sink, then ends it. */
    void stream(String partName, RowSink sink) {
        RowAssembler first = read(partName, sink, MergeFill.NONE);
        MergeFill fill = new MergeFill(List.copyOf(merges), first.lastRow(), first.lastColumn());
        if (fill.coversCells()) {
            restart(sink);
            read(partName, sink, fill);
        }
        sink.end();
    }

    /**
     * Reads the part with the byte scanner, or, when the part is not in the shape the scanner
     * reads, again from its start with the XML parser.
     */
    private RowAssembler read(String partName, RowSink sink, MergeFill fill) {
        RowAssembler scanned = new RowAssembler(sink, fill);
        if (xlsx.scan(partName, scanner -> scan(scanner, scanned))) {
            return scanned;
        }
        restart(sink);
        RowAssembler parsed = new RowAssembler(sink, fill);
        xlsx.parse(partName, reader -> read(reader, parsed));
        return parsed;
    }

    private void restart(RowSink sink) {
        sink.restart();
        merges = new ArrayList<>();
        rowIndex = -1;
        columnIndex = -1;
    }

    /** Reads the part with the scanner to its end. */
    private void scan(SheetScanner scanner, RowAssembler rows) throws IOException, SheetScanner.NotScannable {
        while (true) {
            switch (scanner.next()) {
                case ROW -> {
                    rowIndex = rowIndex(scanner.rowNumber(), rowIndex + 1);
                    columnIndex = -1;
                }
                case CELL -> put(scanner.cell(), rows);
                case MERGE -> readMerge(scanner.mergeRef());
                case END -> {
                    rows.finish();
                    return;
                }
            }
        }
    }

    /** Reads the part from the reader's position to its end. */
    private RowAssembler read(XMLStreamReader reader, RowAssembler rows) throws XMLStreamException {
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                readElement(reader, rows);
            }
        }
        rows.finish();
        return rows;
    }

    private void readElement(XMLStreamReader reader, RowAssembler rows) throws XMLStreamException {
        // the local name first, which the parser interns: a cell costs one switch, not three
        // namespace tests
        switch (reader.getLocalName()) {
            case "c" -> {
                if (Ooxml.isElement(reader, "c")) {
                    readCell(reader, rows);
                }
            }
            case "row" -> {
                if (Ooxml.isElement(reader, "row")) {
                    // A row or cell without an r attribute follows the previous one.
                    rowIndex = rowIndex(Ooxml.attribute(reader, "r"), rowIndex + 1);
                    columnIndex = -1;
                }
            }
            case "mergeCell" -> {
                if (Ooxml.isElement(reader, "mergeCell")) {
                    readMerge(Ooxml.attribute(reader, "ref"));
                }
            }
            default -> {
                // sheet properties, column widths and the like do not change cell values
            }
        }
    }

    /** Returns the index a row's {@code r} attribute gives, or the next one when it is empty. */
    private int rowIndex(String number, int next) {
        if (number.isEmpty()) {
            return next;
        }
        try {
            return Integer.parseInt(number.trim()) - 1;
        } catch (NumberFormatException e) {
            throw damaged("row number " + number + " is not a number", null, number, e);
        }
    }

    private void readCell(XMLStreamReader reader, RowAssembler rows) throws XMLStreamException {
        put(RawCell.read(reader), rows);
    }

    private void put(RawCell raw, RowAssembler rows) {
        locate(raw.ref());
        CellValue value = toValue(raw);
        if (value instanceof CellValue.Text text && ReadLimits.isTooLong(text.text())) {
            throw xlsx.limits().textTooLong(sheetName, here().toString(), text.text());
        }
        rows.put(rowIndex, columnIndex, value);
    }

    /**
     * Moves to the cell a reference names, or to the next cell when it names none. References
     * are plain {@code B8} in nearly every file and are read in place, without a copy; anything
     * else goes through {@link CellRef#parse}, which reports what is wrong.
     */
    private void locate(String a1) {
        if (a1.isEmpty()) {
            rowIndex = Math.max(rowIndex, 0);
            columnIndex++;
            return;
        }
        int length = a1.length();
        int i = 0;
        int column = 0;
        while (i < length && i < 4 && isAsciiLetter(a1.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(a1.charAt(i)) - 'A' + 1);
            i++;
        }
        int row = 0;
        int digits = i;
        while (digits < length && digits - i < 8 && a1.charAt(digits) >= '0' && a1.charAt(digits) <= '9') {
            row = row * 10 + (a1.charAt(digits) - '0');
            digits++;
        }
        if (i > 0 && digits > i && digits == length && row > 0 && row <= CellRef.MAX_ROWS
                && column <= CellRef.MAX_COLUMNS) {
            rowIndex = row - 1;
            columnIndex = column - 1;
            return;
        }
        try {
            CellRef ref = CellRef.parse(a1.trim());
            rowIndex = ref.row();
            columnIndex = ref.column();
        } catch (IllegalArgumentException e) {
            throw damaged("cell reference " + a1 + " is not valid", null, a1, e);
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Returns the cell being read, for messages. */
    private CellRef here() {
        return new CellRef(rowIndex, columnIndex);
    }

    private CellValue toValue(RawCell raw) {
        if (raw.hasFormulaWithoutValue()) {
            return new CellValue.FormulaWithoutValue(raw.formula());
        }
        return switch (raw.type()) {
            case "s" -> sharedString(raw.value());
            case "inlineStr" -> new CellValue.Text(raw.inlineText());
            case "str" -> new CellValue.Text(OoxmlText.decode(raw.value()));
            case "b" -> new CellValue.Bool(WorkbookPart.isTrue(raw.value()));
            case "e" -> new CellValue.Error(raw.value());
            case "d" -> isoDate(raw.value());
            default -> number(raw);
        };
    }

    private CellValue sharedString(String index) {
        if (index.isBlank()) {
            return CellValue.EMPTY;
        }
        try {
            return strings.find(Integer.parseInt(index.trim()))
                    .<CellValue>map(CellValue.Text::new)
                    .orElseThrow(() -> damaged("shared string " + index + " does not exist",
                            here(), index, null));
        } catch (NumberFormatException e) {
            throw damaged("shared string index " + index + " is not a number", here(), index, e);
        }
    }

    /** Reads a {@code t="d"} cell, which stores an ISO 8601 date, with or without a time. */
    private static CellValue isoDate(String iso) {
        String trimmed = iso.trim();
        try {
            return new CellValue.DateValue(LocalDate.parse(trimmed.substring(0, Math.min(10,
                    trimmed.length()))));
        } catch (DateTimeParseException ignored) {
            // Keep what the cell shows so that the ledger can report it at this cell.
            return new CellValue.Text(trimmed);
        }
    }

    private CellValue number(RawCell raw) {
        String text = raw.value().trim();
        if (text.isEmpty()) {
            return CellValue.EMPTY;
        }
        if (styles.isDate(raw.styleIndex())) {
            int wholeDays = wholeDays(text);
            if (wholeDays >= (date1904 ? 0 : FIRST_REAL_SERIAL) && wholeDays <= MAX_DATE_SERIAL) {
                // the usual date cell, a whole day count: no decimal to build on the way
                return new CellValue.DateValue((date1904 ? EPOCH_1904 : EPOCH_1900).plusDays(wholeDays));
            }
        }
        BigDecimal value;
        try {
            // Straight from the stored decimal text: a detour through double would add digits.
            value = new BigDecimal(text);
        } catch (NumberFormatException ignored) {
            // Keep what the cell shows so that the ledger can report it at this cell.
            return new CellValue.Text(text);
        }
        if (!ReadLimits.isSpreadsheetNumber(value)) {
            return new CellValue.Text(text);
        }
        return styles.isDate(raw.styleIndex()) ? toDate(value) : new CellValue.Number(value);
    }

    /** Returns the number of a text of one to seven digits, or -1 for any other text. */
    private static int wholeDays(String text) {
        int length = text.length();
        if (length > 7) {
            return -1;
        }
        int days = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            days = days * 10 + (c - '0');
        }
        return days;
    }

    /**
     * Converts a date serial in the workbook's epoch. In the 1900 epoch Excel counts a
     * 1900-02-29 that never existed (serial 60), as Lotus 1-2-3 did, so serials 1 to 59 are a day
     * off from later ones; POI's {@link DateUtil#getLocalDateTime(double, boolean)} corrects that.
     */
    private CellValue toDate(BigDecimal serial) {
        double days = serial.doubleValue();
        if (!DateUtil.isValidExcelDate(days) || days > MAX_DATE_SERIAL) {
            return new CellValue.Number(serial);
        }
        if (days == Math.rint(days) && (date1904 || days >= FIRST_REAL_SERIAL)) {
            // a whole day past the phantom 1900-02-29 is a plain count of days from the epoch
            return new CellValue.DateValue((date1904 ? EPOCH_1904 : EPOCH_1900).plusDays((long) days));
        }
        try {
            return new CellValue.DateValue(DateUtil.getLocalDateTime(days, date1904).toLocalDate());
        } catch (DateTimeException | ArithmeticException ignored) {
            // No calendar date fits this serial; the number itself is the honest reading.
            return new CellValue.Number(serial);
        }
    }

    private void readMerge(String ref) {
        ReadLimits.checkEntries(merges.size() + 1L, "the merged cells of sheet " + sheetName);
        try {
            merges.add(CellRange.parse(ref));
        } catch (IllegalArgumentException e) {
            throw damaged("merged range " + ref + " is not valid", null, ref, e);
        }
    }

    private RelanceException damaged(String what, CellRef ref, String value, Throwable cause) {
        return new RelanceException("the workbook is damaged: " + what, xlsx.file(), sheetName,
                ref == null ? null : ref.toString(), value, cause);
    }
}
