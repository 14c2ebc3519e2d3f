package dev.relance.workbook.ods;

import static dev.relance.workbook.ods.OdfXml.CALCEXT;
import static dev.relance.workbook.ods.OdfXml.OFFICE;
import static dev.relance.workbook.ods.OdfXml.TABLE;
import static dev.relance.workbook.ods.OdfXml.TEXT;
import static dev.relance.workbook.ods.OdfXml.count;
import static dev.relance.workbook.ods.OdfXml.isElement;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.relance.RelanceException;
import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.ReadLimits;

/** Reads one cell element of {@code content.xml} into a {@link CellRun}. */
final class CellReader {

    private static final List<String> OFFICE_NAMES =
            List.of("value-type", "value", "date-value", "boolean-value", "string-value");
    private static final List<String> TABLE_NAMES = List.of("formula", "number-columns-repeated",
            "number-columns-spanned", "number-rows-spanned");

    private final XMLStreamReader xml;
    private final ReadLimits limits;

    CellReader(XMLStreamReader xml, ReadLimits limits) {
        this.xml = xml;
        this.limits = limits;
    }

    /**
     * Reads the cell element the reader is on, up to and including its end tag.
     *
     * @param sheet  the table's name, for errors
     * @param row    the cell's 0-based row, for errors
     * @param column the cell's 0-based column, for errors
     */
    CellRun read(String sheet, int row, int column) throws XMLStreamException {
        boolean covered = isElement(xml, TABLE, "covered-table-cell");
        Attributes attributes = Attributes.of(xml);
        // A typed value is read from its attribute, so the text shown is only read past: most
        // cells of a large sheet are numbers and dates.
        if (covered || attributes.hasTypedValue()) {
            OdfXml.skipElement(xml);
        }
        List<String> paragraphs = covered || attributes.hasTypedValue() ? List.of() : readParagraphs();
        return run(covered, attributes, paragraphs, new Place(sheet, row, column, limits));
    }

    /** The place of a cell, for errors: its table's name, 0-based row and column, and the read's limits. */
    record Place(String sheet, int row, int column, ReadLimits limits) {
    }

    /**
     * Returns the cell that attributes and paragraphs make, as read by this reader or by
     * {@link ContentScanner}.
     */
    static CellRun run(boolean covered, Attributes attributes, List<String> paragraphs, Place place) {
        int repeat = OdfXml.countOf(attributes.repeat());
        int columnsSpanned = OdfXml.countOf(attributes.columnsSpanned());
        int rowsSpanned = OdfXml.countOf(attributes.rowsSpanned());
        // a covered cell may keep the text it had before the merge; the merge's value wins
        CellValue value = covered ? CellValue.EMPTY : valueOf(attributes, paragraphs, place);
        if (value instanceof CellValue.Text text && ReadLimits.isTooLong(text.text())) {
            throw place.limits().textTooLong(place.sheet(), new CellRef(place.row(), place.column()).toString(),
                    text.text());
        }
        return new CellRun(value, repeat, covered, columnsSpanned, rowsSpanned);
    }

    private static CellValue valueOf(Attributes cell, List<String> paragraphs, Place place) {
        // LibreOffice saves an error result as a float 0 and marks the error only in its calcext namespace
        if (cell.calcextType().equals("error")) {
            return new CellValue.Error(display(paragraphs));
        }
        try {
            return switch (cell.valueType()) {
                case "float", "percentage", "currency" -> numberOf(cell.value());
                case "date" -> new CellValue.DateValue(dateOf(cell.dateValue()));
                case "boolean" -> new CellValue.Bool(booleanOf(cell.booleanValue()));
                case "string" -> textOf(cell.stringValue().isEmpty() ? display(paragraphs) : cell.stringValue());
                case "" -> cell.formula().isEmpty() ? textOf(display(paragraphs)) : formulaOf(cell.formula());
                // time, and any value type a newer version may add, read as the text shown
                default -> textOf(display(paragraphs));
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            String where = new CellRef(place.row(), place.column()).toString();
            throw new RelanceException("cell " + where + " of sheet " + place.sheet() + " has a "
                    + cell.valueType() + " value that cannot be read: " + cell.rawValue(), place.limits().file(),
                    place.sheet(), where, cell.rawValue(), e);
        }
    }

    /** Returns the text a cell shows: its paragraphs, one per line. */
    private static String display(List<String> paragraphs) {
        return paragraphs.size() == 1 ? paragraphs.get(0) : String.join("\n", paragraphs);
    }

    /** Reads a number, or keeps it as text when no spreadsheet could hold it, such as 1E+1000000000. */
    private static CellValue numberOf(String value) {
        BigDecimal number = new BigDecimal(value);
        return ReadLimits.isSpreadsheetNumber(number) ? new CellValue.Number(number) : new CellValue.Text(value);
    }

    /** Parses the date and drops any time of day: {@code 2026-03-01} or {@code 2026-03-01T10:30:00}. */
    private static LocalDate dateOf(String dateValue) {
        if (isPlainDate(dateValue)) {
            // the usual 2026-03-01, read without a formatter; a day that does not exist goes on
            // to the formatter, which reports it
            try {
                return LocalDate.of(digits(dateValue, 0, 4), digits(dateValue, 5, 7), digits(dateValue, 8, 10));
            } catch (DateTimeException notADay) {
                // reported below
            }
        }
        int time = dateValue.indexOf('T');
        return LocalDate.parse(time < 0 ? dateValue : dateValue.substring(0, time));
    }

    /** Returns whether a date value starts with {@code yyyy-mm-dd} and ends there or at a time. */
    private static boolean isPlainDate(String value) {
        if (value.length() < 10 || (value.length() > 10 && value.charAt(10) != 'T')
                || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (value.charAt(i) < '0' || value.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            number = number * 10 + (value.charAt(i) - '0');
        }
        return number;
    }

    private static boolean booleanOf(String booleanValue) {
        // xsd:boolean also allows 1 and 0
        return switch (booleanValue) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new NumberFormatException("not a boolean: " + booleanValue);
        };
    }

    private static CellValue textOf(String text) {
        return text.isEmpty() ? CellValue.EMPTY : new CellValue.Text(text);
    }

    /** Drops the formula's syntax prefix ({@code of:}, {@code msoxl:}) and its leading '='. */
    private static CellValue formulaOf(String formula) {
        String body = formula.replaceFirst("^[A-Za-z][\\w.-]*:=", "=");
        return new CellValue.FormulaWithoutValue(body.startsWith("=") ? body.substring(1) : body);
    }

    /**
     * Reads the cell's paragraphs, up to the cell's end tag. Once they hold more text than a
     * cell may, the rest is read but not kept: the text is reported as too long anyway.
     */
    private List<String> readParagraphs() throws XMLStreamException {
        List<String> paragraphs = new ArrayList<>();
        long length = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return paragraphs;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (isElement(xml, TEXT, "p") || isElement(xml, TEXT, "h")) {
                    String paragraph = readParagraph();
                    if (length <= ReadLimits.MAX_TEXT_LENGTH) {
                        paragraphs.add(paragraph);
                        length += paragraph.length() + 1;
                    }
                } else {
                    // a comment (office:annotation) or a drawing is not the cell's value
                    OdfXml.skipElement(xml);
                }
            }
        }
    }

    private String readParagraph() throws XMLStreamException {
        ParagraphText text = new ParagraphText();
        for (int depth = 1; depth > 0; ) {
            switch (xml.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.appendLiteral(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> depth += readInline(text);
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                    // comments and processing instructions carry no text
                }
            }
        }
        return text.toString();
    }

    /**
     * Handles an element inside a paragraph and returns 1 when the reader went into it (a span,
     * a link), 0 when it was read whole.
     */
    private int readInline(ParagraphText text) throws XMLStreamException {
        if (isElement(xml, TEXT, "s")) {
            // ODF collapses typed spaces; each run beyond the first is written as text:s
            text.appendKept(" ".repeat(Math.min(count(xml, TEXT, "c"), ParagraphText.MAX_LENGTH)));
        } else if (isElement(xml, TEXT, "tab")) {
            text.appendKept("\t");
        } else if (isElement(xml, TEXT, "line-break")) {
            text.appendKept("\n");
        } else if (!isElement(xml, OFFICE, "annotation") && !isElement(xml, TEXT, "note")) {
            return 1;
        }
        OdfXml.skipElement(xml);
        return 0;
    }

    /** The attributes of a cell, read before its content moves the reader on. */
    record Attributes(String valueType, String calcextType, String value, String dateValue,
            String booleanValue, String stringValue, String formula, String repeat,
            String columnsSpanned, String rowsSpanned) {

        /**
         * Reads the attributes in one walk over them, rather than a lookup per name: a sheet of a
         * million rows has ten million cells.
         */
        static Attributes of(XMLStreamReader xml) {
            String[] office = {"", "", "", "", ""};
            String calcextType = "";
            String[] table = {"", "1", "1", "1"};
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                String namespace = xml.getAttributeNamespace(i);
                String name = xml.getAttributeLocalName(i);
                if (OFFICE.equals(namespace)) {
                    put(office, OFFICE_NAMES, name, xml.getAttributeValue(i));
                } else if (TABLE.equals(namespace)) {
                    put(table, TABLE_NAMES, name, xml.getAttributeValue(i));
                } else if (CALCEXT.equals(namespace) && name.equals("value-type")) {
                    calcextType = xml.getAttributeValue(i);
                }
            }
            return new Attributes(office[0], calcextType, office[1], office[2], office[3], office[4],
                    table[0], table[1], table[2], table[3]);
        }

        /**
         * Returns whether the value is in an attribute of its own (a number, date or boolean not
         * marked as an error), so that the text shown is not needed.
         */
        boolean hasTypedValue() {
            return !calcextType.equals("error") && switch (valueType) {
                case "float", "percentage", "currency", "date", "boolean" -> true;
                default -> false;
            };
        }

        private static void put(String[] values, List<String> names, String name, String value) {
            int index = names.indexOf(name);
            if (index >= 0) {
                values[index] = value;
            }
        }

        String rawValue() {
            return value + dateValue + booleanValue;
        }
    }
}
