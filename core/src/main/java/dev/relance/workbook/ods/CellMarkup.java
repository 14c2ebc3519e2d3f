package dev.relance.workbook.ods;

import static dev.relance.workbook.ods.OdfXml.CALCEXT;
import static dev.relance.workbook.ods.OdfXml.OFFICE;
import static dev.relance.workbook.ods.OdfXml.TABLE;
import static dev.relance.workbook.ods.OdfXml.TEXT;

import java.util.ArrayList;
import java.util.List;

import javax.xml.namespace.QName;

import dev.relance.workbook.CellValue;

/** Builds the rows and cells the writer adds or changes, in the document's own prefixes. */
final class CellMarkup {

    static final String ROWS_REPEATED = "number-rows-repeated";
    static final String COLUMNS_REPEATED = "number-columns-repeated";

    /** Attributes that describe a cell's old value, removed when the cell gets a new one. */
    private static final List<String[]> VALUE_ATTRIBUTES = List.of(
            new String[] {OFFICE, "value-type"}, new String[] {OFFICE, "value"},
            new String[] {OFFICE, "date-value"}, new String[] {OFFICE, "time-value"},
            new String[] {OFFICE, "boolean-value"}, new String[] {OFFICE, "string-value"},
            new String[] {OFFICE, "currency"}, new String[] {CALCEXT, "value-type"},
            new String[] {TABLE, "formula"}, new String[] {TABLE, COLUMNS_REPEATED});

    private final Prefixes prefixes;
    private final String dateCellStyle;

    CellMarkup(Prefixes prefixes, String dateCellStyle) {
        this.prefixes = prefixes;
        this.dateCellStyle = dateCellStyle;
    }

    /** Returns a name in the document's prefix for the namespace. */
    QName name(String namespace, String localName) {
        return prefixes.name(namespace, localName);
    }

    /** Returns the element repeated {@code count} times. */
    XmlElement repeated(XmlElement element, String repeatAttribute, int count) {
        return count == 1 ? element.withoutAttribute(TABLE, repeatAttribute)
                : element.withAttribute(prefixes.name(TABLE, repeatAttribute), Integer.toString(count));
    }

    /** Returns a row without cells. The writer always adds at least one. */
    XmlElement emptyRow() {
        return XmlElement.of(prefixes.name(TABLE, "table-row"));
    }

    /** Returns repeated empty rows, the gap before a row the writer adds. ODF requires a cell in each row. */
    XmlElement emptyRows(int count) {
        return repeated(emptyRow().withChildren(List.of(emptyCell())), ROWS_REPEATED, count);
    }

    XmlElement emptyCell() {
        return XmlElement.of(prefixes.name(TABLE, "table-cell"));
    }

    XmlElement emptyCells(int count) {
        return repeated(emptyCell(), COLUMNS_REPEATED, count);
    }

    /**
     * Returns {@code template} holding {@code value}. The template's style, comment and other
     * content stay; its old value, formula and repeat go. A covered cell becomes a plain cell.
     */
    XmlElement cell(XmlElement template, CellValue value) {
        // NOTE: a written covered cell stays under its merge, so LibreOffice keeps it hidden
        // until the merge is undone; the writer does not unmerge ranges.
        XmlElement cell = template.withName(prefixes.name(TABLE, "table-cell"));
        for (String[] attribute : VALUE_ATTRIBUTES) {
            cell = cell.withoutAttribute(attribute[0], attribute[1]);
        }
        List<XmlNode> otherContent = new ArrayList<>(cell.children().stream().filter(child -> !isParagraph(child))
                .toList());
        if (value instanceof CellValue.Text text && !text.text().isEmpty()) {
            return withText(cell, otherContent, text.text());
        }
        if (value instanceof CellValue.Number number) {
            return withValue(cell, otherContent, "float", "value", number.value().toPlainString(), number.display());
        }
        if (value instanceof CellValue.DateValue date) {
            // a date needs a date format, or LibreOffice shows the day's serial number
            XmlElement styled = cell.withAttribute(prefixes.name(TABLE, "style-name"), dateCellStyle);
            return withValue(styled, otherContent, "date", "date-value", date.date().toString(), date.display());
        }
        return cell.withChildren(otherContent);
    }

    /** Always a string cell, never a formula, even when the text starts with '='. */
    private XmlElement withText(XmlElement cell, List<XmlNode> otherContent, String text) {
        XmlElement typed = withCalcextType(cell.withAttribute(prefixes.name(OFFICE, "value-type"), "string"),
                "string");
        otherContent.addAll(Paragraphs.of(text, prefixes));
        return typed.withChildren(otherContent);
    }

    private XmlElement withValue(XmlElement cell, List<XmlNode> otherContent, String type, String valueAttribute,
            String value, String display) {
        XmlElement typed = cell.withAttribute(prefixes.name(OFFICE, "value-type"), type)
                .withAttribute(prefixes.name(OFFICE, valueAttribute), value);
        otherContent.addAll(Paragraphs.of(display, prefixes));
        return withCalcextType(typed, type).withChildren(otherContent);
    }

    /** Repeats the value type in the calcext namespace, as LibreOffice does, if the file declares it. */
    private XmlElement withCalcextType(XmlElement cell, String type) {
        return prefixes.isDeclared(CALCEXT) ? cell.withAttribute(prefixes.name(CALCEXT, "value-type"), type)
                : cell;
    }

    private static boolean isParagraph(XmlNode node) {
        return node instanceof XmlElement element && (element.is(TEXT, "p") || element.is(TEXT, "h"));
    }
}
