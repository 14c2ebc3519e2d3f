package dev.relance.workbook.xlsx;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A {@code <c>} element as stored, before its type and style give it a meaning.
 *
 * @param ref        the {@code r} attribute, such as {@code B8}; empty when absent
 * @param type       the {@code t} attribute; {@code n} (number) when absent
 * @param styleIndex the {@code s} attribute, an index into the cell formats
 * @param value      the text of {@code <v>}, empty when absent
 * @param hasValue   whether there is a {@code <v>} element
 * @param formula    the text of {@code <f>}, empty when absent or shared from another cell
 * @param hasFormula whether there is an {@code <f>} element
 * @param inlineText the text of {@code <is>}, for {@code t="inlineStr"}
 */
record RawCell(String ref, String type, int styleIndex, String value, boolean hasValue, String formula,
        boolean hasFormula, String inlineText) {

    /** Reads the cell with the reader on its start tag, leaving the reader on its end tag. */
    static RawCell read(XMLStreamReader reader) throws XMLStreamException {
        String ref = "";
        String type = "";
        String style = "";
        // one walk over the attributes rather than a lookup per name: a sheet may have ten
        // million cells
        for (int i = 0, count = reader.getAttributeCount(); i < count; i++) {
            String name = reader.getAttributeLocalName(i);
            if (name.length() != 1) {
                continue;
            }
            switch (name.charAt(0)) {
                case 'r' -> ref = reader.getAttributeValue(i);
                case 't' -> type = reader.getAttributeValue(i);
                case 's' -> style = reader.getAttributeValue(i);
                default -> {
                    // other attributes (cm, vm, ph) do not change the value
                }
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
            // the local name first: a string switch is cheaper than a namespace test per child
            switch (reader.getLocalName()) {
                case "v" -> {
                    if (Ooxml.isElement(reader, "v")) {
                        value = SharedStrings.readText(reader);
                        hasValue = true;
                    }
                }
                case "f" -> {
                    if (Ooxml.isElement(reader, "f")) {
                        formula = SharedStrings.readText(reader);
                        hasFormula = true;
                    }
                }
                case "is" -> {
                    if (Ooxml.isElement(reader, "is")) {
                        inlineText = SharedStrings.readRichText(reader, "is");
                    }
                }
                default -> {
                    // no other child of a cell contains its value
                }
            }
        }
        return new RawCell(ref, type.isEmpty() ? "n" : type, styleIndex, value, hasValue, formula,
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
