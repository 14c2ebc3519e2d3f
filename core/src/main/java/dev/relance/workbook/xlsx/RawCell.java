package dev.relance.workbook.xlsx;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A {@code <c>} element as stored, before its type and style give it a meaning.
 *
 * @param type       the {@code t} attribute; {@code n} (number) when absent
 * @param styleIndex the {@code s} attribute, an index into the cell formats
 * @param value      the text of {@code <v>}, empty when absent
 * @param hasValue   whether there is a {@code <v>} element
 * @param formula    the text of {@code <f>}, empty when absent or shared from another cell
 * @param hasFormula whether there is an {@code <f>} element
 * @param inlineText the text of {@code <is>}, for {@code t="inlineStr"}
 */
record RawCell(String type, int styleIndex, String value, boolean hasValue, String formula,
        boolean hasFormula, String inlineText) {

    /** Reads the cell with the reader on its start tag, leaving the reader on its end tag. */
    static RawCell read(XMLStreamReader reader) throws XMLStreamException {
        String type = "";
        String style = "";
        // one walk over the attributes rather than a lookup per name: a sheet may have ten
        // million cells
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String name = reader.getAttributeLocalName(i);
            if (name.equals("t")) {
                type = reader.getAttributeValue(i);
            } else if (name.equals("s")) {
                style = reader.getAttributeValue(i);
            }
        }
        int styleIndex = CellStyles.parseIndex(style);
        String value = "";
        boolean hasValue = false;
        String formula = "";
        boolean hasFormula = false;
        String inlineText = "";
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT && Ooxml.isElement(reader, "c")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (Ooxml.isElement(reader, "v")) {
                value = SharedStrings.readText(reader);
                hasValue = true;
            } else if (Ooxml.isElement(reader, "f")) {
                formula = SharedStrings.readText(reader);
                hasFormula = true;
            } else if (Ooxml.isElement(reader, "is")) {
                inlineText = SharedStrings.readRichText(reader, "is");
            }
        }
        return new RawCell(type.isEmpty() ? "n" : type, styleIndex, value, hasValue, formula,
                hasFormula, inlineText);
    }

    /**
     * Returns whether the cell has a formula but no cached result. Some libraries write
     * {@code <f>} with an empty {@code <v>}; an empty {@code <v>} is only a result for a formula
     * of type {@code str}, where it stands for an empty string.
     */
    boolean hasFormulaWithoutValue() {
        if (!hasFormula || type.equals("inlineStr")) {
            return false;
        }
        return !hasValue || (value.isEmpty() && !type.equals("str"));
    }
}
