package dev.relance.workbook.ods;

import static dev.relance.workbook.ods.ContentTokens.END;
import static dev.relance.workbook.ods.ContentTokens.END_OF_INPUT;
import static dev.relance.workbook.ods.ContentTokens.START;
import static dev.relance.workbook.ods.ContentTokens.TEXT;
import static dev.relance.workbook.XmlBytes.ascii;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import dev.relance.workbook.ReadLimits;
import dev.relance.workbook.RowSink;
import dev.relance.workbook.SheetSelector;
import dev.relance.workbook.WorkbookFormat;

/**
 * Streams the sheets out of {@code content.xml} from its tokens, as {@link ContentParser} does
 * from the XML parser's events, element for element and with the same cells: a sheet saved by
 * LibreOffice is tens of millions of tags, and comparing their names as bytes costs a fraction of
 * resolving them. {@link OdsReader} uses the parser for the parts {@link ContentTokens#readRoot}
 * declines.
 */
final class ContentScanner {

    private static final byte[] STYLE_ELEMENT = ascii("style:style");
    private static final byte[] TABLE_PROPERTIES = ascii("style:table-properties");
    private static final byte[] TABLE_ELEMENT = ascii("table:table");
    private static final byte[] ROW = ascii("table:table-row");
    private static final byte[] CELL = ascii("table:table-cell");
    private static final byte[] COVERED_CELL = ascii("table:covered-table-cell");
    private static final byte[] HEADER_ROWS = ascii("table:table-header-rows");
    private static final byte[] ROW_GROUP = ascii("table:table-row-group");
    private static final byte[] ROWS = ascii("table:table-rows");
    private static final byte[] PARAGRAPH = ascii("text:p");
    private static final byte[] HEADING = ascii("text:h");
    private static final byte[] SPACES = ascii("text:s");
    private static final byte[] TAB = ascii("text:tab");
    private static final byte[] LINE_BREAK = ascii("text:line-break");
    private static final byte[] ANNOTATION = ascii("office:annotation");
    private static final byte[] NOTE = ascii("text:note");

    private static final byte[] STYLE_NAME = ascii("style:name");
    private static final byte[] STYLE_FAMILY = ascii("style:family");
    private static final byte[] DISPLAY = ascii("table:display");
    private static final byte[] TABLE_NAME = ascii("table:name");
    private static final byte[] TABLE_STYLE_NAME = ascii("table:style-name");
    private static final byte[] ROWS_REPEATED = ascii("table:number-rows-repeated");
    private static final byte[] SPACE_COUNT = ascii("text:c");

    private static final byte[] VALUE_TYPE = ascii("office:value-type");
    private static final byte[] VALUE = ascii("office:value");
    private static final byte[] DATE_VALUE = ascii("office:date-value");
    private static final byte[] BOOLEAN_VALUE = ascii("office:boolean-value");
    private static final byte[] STRING_VALUE = ascii("office:string-value");
    private static final byte[] CALCEXT_VALUE_TYPE = ascii("calcext:value-type");
    private static final byte[] FORMULA = ascii("table:formula");
    private static final byte[] COLUMNS_REPEATED = ascii("table:number-columns-repeated");
    private static final byte[] COLUMNS_SPANNED = ascii("table:number-columns-spanned");
    private static final byte[] ROWS_SPANNED = ascii("table:number-rows-spanned");

    private final ContentTokens tokens;
    private final ReadLimits limits;
    private final Set<String> hiddenTableStyles = new HashSet<>();

    ContentScanner(ContentTokens tokens, ReadLimits limits) {
        this.tokens = tokens;
        this.limits = limits;
    }

    /** Streams the tables the selector chooses, in document order; skips the others. */
    void stream(SheetSelector selector) throws IOException, XMLStreamException {
        selector.start(WorkbookFormat.ODS, false);
        int tables = 0;
        for (int kind = tokens.next(); kind != END_OF_INPUT; kind = tokens.next()) {
            if (kind != START) {
                continue;
            }
            // automatic styles come before the body, so a table's style is known when it starts
            if (tokens.isName(STYLE_ELEMENT)) {
                readStyle();
            } else if (tokens.isName(TABLE_ELEMENT)) {
                ReadLimits.checkSheets(tables + 1L);
                readTable(selector, tables++);
            } else {
                // a damaged table:table would drop a sheet
                tokens.requireWellFormedTag();
            }
        }
    }

    /** Notes a table style that hides its tables ({@code table:display="false"}). */
    private void readStyle() throws IOException, XMLStreamException {
        String name = tokens.attribute(STYLE_NAME, "");
        boolean tableFamily = tokens.attribute(STYLE_FAMILY, "").equals("table");
        for (int depth = 1; depth > 0; ) {
            int kind = tokens.next();
            if (kind == START) {
                depth++;
                if (tableFamily && tokens.isName(TABLE_PROPERTIES)
                        && tokens.attribute(DISPLAY, "true").equals("false")) {
                    hiddenTableStyles.add(name);
                    ReadLimits.checkEntries(hiddenTableStyles.size(), OdsPackage.CONTENT);
                }
            } else if (kind == END) {
                depth--;
            }
        }
    }

    private void readTable(SheetSelector selector, int position) throws IOException, XMLStreamException {
        String name = tokens.attribute(TABLE_NAME, "");
        boolean hidden = hiddenTableStyles.contains(tokens.attribute(TABLE_STYLE_NAME, ""));
        Optional<RowSink> sink = selector.select(name, hidden, position);
        if (sink.isEmpty()) {
            // the table's markup is still read, but no cell of it is built
            skipElement();
            return;
        }
        SheetBuilder sheet = new SheetBuilder(sink.get());
        while (true) {
            int kind = tokens.next();
            if (kind == END && tokens.isName(TABLE_ELEMENT)) {
                sheet.end();
                return;
            }
            if (kind == START) {
                if (sink.get().isDone()) {
                    // the rest of the table is read past, without building its cells
                    skipElement();
                } else if (tokens.isName(ROW)) {
                    readRow(sheet, name);
                } else if (!isRowGroup()) {
                    // columns, forms, shapes, named ranges: nothing the cell view shows
                    tokens.requireWellFormedTag();
                    skipElement();
                }
            }
        }
    }

    /** Header rows and row groups only wrap rows; their rows are read as the table's own. */
    private boolean isRowGroup() {
        return tokens.isName(HEADER_ROWS) || tokens.isName(ROW_GROUP) || tokens.isName(ROWS);
    }

    private void readRow(SheetBuilder sheet, String sheetName) throws IOException, XMLStreamException {
        int repeat = OdfXml.countOf(tokens.attribute(ROWS_REPEATED, "1"));
        int rowIndex = Math.min(sheet.nextRow(), OdfXml.MAX_ROWS - 1);
        List<CellRun> runs = new ArrayList<>();
        long column = 0;
        while (true) {
            int kind = tokens.next();
            if (kind == END) {
                sheet.addRows(runs, repeat);
                return;
            }
            if (kind != START) {
                continue;
            }
            if (column < OdfXml.MAX_COLUMNS && (tokens.isName(CELL) || tokens.isName(COVERED_CELL))) {
                CellRun run = readCell(sheetName, rowIndex, (int) column);
                runs.add(run);
                column += run.repeat();
            } else {
                // cells past the last column LibreOffice allows are dropped, not kept in memory
                tokens.requireWellFormedTag();
                skipElement();
            }
        }
    }

    /** Reads the cell element the tokens are on, up to and including its end tag. */
    private CellRun readCell(String sheet, int row, int column) throws IOException, XMLStreamException {
        boolean covered = tokens.isName(COVERED_CELL);
        CellReader.Attributes attributes = attributes();
        List<String> paragraphs;
        if (covered || attributes.hasTypedValue()) {
            // a typed value is read from its attribute, and the text shown only read past
            skipElement();
            paragraphs = List.of();
        } else {
            paragraphs = readParagraphs();
        }
        return CellReader.run(covered, attributes, paragraphs, new CellReader.Place(sheet, row, column, limits));
    }

    /** Reads the attributes of a cell in one walk over them. */
    private CellReader.Attributes attributes() throws XMLStreamException {
        String valueType = "";
        String calcextType = "";
        String value = "";
        String dateValue = "";
        String booleanValue = "";
        String stringValue = "";
        String formula = "";
        String repeat = "1";
        String columnsSpanned = "1";
        String rowsSpanned = "1";
        for (int at = tokens.attributesStart(); (at = tokens.nextAttribute(at)) >= 0; ) {
            if (tokens.attributeIs(VALUE_TYPE)) {
                valueType = tokens.attributeValue();
            } else if (tokens.attributeIs(VALUE)) {
                value = tokens.attributeValue();
            } else if (tokens.attributeIs(CALCEXT_VALUE_TYPE)) {
                calcextType = tokens.attributeValue();
            } else if (tokens.attributeIs(DATE_VALUE)) {
                dateValue = tokens.attributeValue();
            } else if (tokens.attributeIs(COLUMNS_REPEATED)) {
                repeat = tokens.attributeValue();
            } else if (tokens.attributeIs(BOOLEAN_VALUE)) {
                booleanValue = tokens.attributeValue();
            } else if (tokens.attributeIs(STRING_VALUE)) {
                stringValue = tokens.attributeValue();
            } else if (tokens.attributeIs(FORMULA)) {
                formula = tokens.attributeValue();
            } else if (tokens.attributeIs(COLUMNS_SPANNED)) {
                columnsSpanned = tokens.attributeValue();
            } else if (tokens.attributeIs(ROWS_SPANNED)) {
                rowsSpanned = tokens.attributeValue();
            }
        }
        return new CellReader.Attributes(valueType, calcextType, value, dateValue, booleanValue, stringValue,
                formula, repeat, columnsSpanned, rowsSpanned);
    }

    /**
     * Reads the cell's paragraphs, up to the cell's end tag. Once they hold more text than a
     * cell may, the rest is read but not kept: the text is reported as too long anyway.
     */
    private List<String> readParagraphs() throws IOException, XMLStreamException {
        List<String> paragraphs = new ArrayList<>();
        long length = 0;
        while (true) {
            int kind = tokens.next();
            if (kind == END) {
                return paragraphs;
            }
            if (kind == START) {
                if (tokens.isName(PARAGRAPH) || tokens.isName(HEADING)) {
                    String paragraph = readParagraph();
                    if (length <= ReadLimits.MAX_TEXT_LENGTH) {
                        paragraphs.add(paragraph);
                        length += paragraph.length() + 1;
                    }
                } else {
                    // a comment (office:annotation) or a drawing is not the cell's value
                    tokens.requireWellFormedTag();
                    skipElement();
                }
            }
        }
    }

    private String readParagraph() throws IOException, XMLStreamException {
        int kind = tokens.next();
        if (kind == END) {
            return "";
        }
        ParagraphText text = new ParagraphText();
        if (kind == TEXT) {
            String literal = tokens.text();
            kind = tokens.next();
            if (kind == END && ParagraphText.isCollapsed(literal)) {
                // most paragraphs are one piece of text with nothing to collapse: kept as decoded
                return literal;
            }
            text.appendLiteral(literal);
        }
        for (int depth = 1; ; kind = tokens.next()) {
            if (kind == TEXT) {
                text.appendLiteral(tokens.text());
            } else if (kind == START) {
                depth += readInline(text);
            } else if (kind == END) {
                depth--;
                if (depth == 0) {
                    return text.toString();
                }
            }
        }
    }

    /**
     * Handles an element inside a paragraph and returns 1 when the tokens went into it (a span,
     * a link), 0 when it was read whole.
     */
    private int readInline(ParagraphText text) throws IOException, XMLStreamException {
        if (tokens.isName(SPACES)) {
            // ODF collapses typed spaces; each run beyond the first is written as text:s
            int count = OdfXml.countOf(tokens.attribute(SPACE_COUNT, "1"));
            text.appendKept(" ".repeat(Math.min(count, ParagraphText.MAX_LENGTH)));
        } else if (tokens.isName(TAB)) {
            text.appendKept("\t");
        } else if (tokens.isName(LINE_BREAK)) {
            text.appendKept("\n");
        } else if (!tokens.isName(ANNOTATION) && !tokens.isName(NOTE)) {
            return 1;
        }
        skipElement();
        return 0;
    }

    /** Reads past the element whose start tag the tokens are on, up to its end tag. */
    private void skipElement() throws IOException, XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int kind = tokens.next();
            if (kind == START) {
                depth++;
            } else if (kind == END) {
                depth--;
            }
        }
    }
}
