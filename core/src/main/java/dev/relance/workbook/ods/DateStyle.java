package dev.relance.workbook.ods;

import static dev.relance.workbook.ods.OdfXml.NUMBER;
import static dev.relance.workbook.ods.OdfXml.STYLE;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import dev.relance.workbook.ReadLimits;

/**
 * The date format the writer adds once to {@code content.xml} for the date cells it writes: a
 * {@code number:date-style} showing {@code 2026-03-01}, and the cell style that uses it. ISO
 * order reads the same to French and English users and matches {@code CellValue#display()}.
 */
final class DateStyle {

    private final String dataStyleName;
    private final String cellStyleName;

    private DateStyle(String dataStyleName, String cellStyleName) {
        this.dataStyleName = dataStyleName;
        this.cellStyleName = cellStyleName;
    }

    /** Picks names that no style of the document uses. */
    static DateStyle named(Set<String> usedNames) {
        return new DateStyle(unusedName("RelanceDate", usedNames), unusedName("RelanceDateCell", usedNames));
    }

    /** Collects every {@code style:name} in a part, such as styles.xml. */
    static Set<String> namesIn(InputStream part) throws XMLStreamException {
        Set<String> names = new HashSet<>();
        XMLStreamReader xml = OdfXml.reader(part, OdsPackage.STYLES);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    String name = OdfXml.attribute(xml, STYLE, "name", "");
                    if (!name.isEmpty()) {
                        names.add(name);
                        ReadLimits.checkEntries(names.size(), OdsPackage.STYLES);
                    }
                }
            }
            return names;
        } finally {
            xml.close();
        }
    }

    String cellStyleName() {
        return cellStyleName;
    }

    /** Writes the two styles, as children of office:automatic-styles. */
    void write(XMLStreamWriter out, Prefixes prefixes) throws XMLStreamException {
        for (XmlElement style : elements(prefixes)) {
            style.write(out);
        }
    }

    /** Returns the two styles: the date format, then the cell style that uses it. */
    List<XmlElement> elements(Prefixes prefixes) {
        XmlElement longPart = XmlElement.of(prefixes.name(NUMBER, "year"))
                .withAttribute(prefixes.name(NUMBER, "style"), "long");
        XmlElement dash = XmlElement.of(prefixes.name(NUMBER, "text")).withChildren(List.of(new XmlNode.Text("-")));
        XmlElement dataStyle = XmlElement.of(prefixes.name(NUMBER, "date-style"))
                .withAttribute(prefixes.name(STYLE, "name"), dataStyleName)
                .withChildren(List.of(longPart, dash, longPart.withName(prefixes.name(NUMBER, "month")), dash,
                        longPart.withName(prefixes.name(NUMBER, "day"))));
        XmlElement cellStyle = XmlElement.of(prefixes.name(STYLE, "style"))
                .withAttribute(prefixes.name(STYLE, "name"), cellStyleName)
                .withAttribute(prefixes.name(STYLE, "family"), "table-cell")
                .withAttribute(prefixes.name(STYLE, "data-style-name"), dataStyleName);
        return List.of(dataStyle, cellStyle);
    }

    private static String unusedName(String base, Set<String> usedNames) {
        String name = base;
        for (int suffix = 2; usedNames.contains(name); suffix++) {
            name = base + suffix;
        }
        usedNames.add(name);
        return name;
    }
}
