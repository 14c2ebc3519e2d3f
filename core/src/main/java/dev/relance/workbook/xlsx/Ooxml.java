package dev.relance.workbook.xlsx;

import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Namespaces, relationship types and content types of the SpreadsheetML parts that Relance reads
 * and writes. Both the usual (transitional) namespaces and those of strict Office Open XML are
 * accepted on input.
 */
final class Ooxml {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    static final String RELATIONSHIPS_NS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String STRICT_RELATIONSHIPS_NS =
            "http://purl.oclc.org/ooxml/officeDocument/relationships";

    static final String PACKAGE_RELATIONSHIPS_NS =
            "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CONTENT_TYPES_NS =
            "http://schemas.openxmlformats.org/package/2006/content-types";

    static final String OFFICE_DOCUMENT = "officeDocument";
    static final String WORKSHEET = "worksheet";
    static final String STYLES = "styles";
    static final String SHARED_STRINGS = "sharedStrings";
    static final String CALC_CHAIN = "calcChain";

    static final String WORKSHEET_CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    static final String STYLES_CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

    private static final Set<String> MAIN_NAMESPACES = Set.of(MAIN_NS, STRICT_MAIN_NS);
    private static final Set<String> RELATIONSHIP_NAMESPACES =
            Set.of(RELATIONSHIPS_NS, STRICT_RELATIONSHIPS_NS);

    private Ooxml() {
    }

    /**
     * Returns whether the reader is on a SpreadsheetML element with that local name. The prefix
     * does not matter: some writers use {@code <x:row>} where Excel writes {@code <row>}.
     */
    static boolean isElement(XMLStreamReader reader, String localName) {
        return reader.getLocalName().equals(localName)
                && MAIN_NAMESPACES.contains(namespaceOf(reader));
    }

    static boolean isStart(XMLStreamReader reader, String localName) {
        return reader.getEventType() == XMLStreamConstants.START_ELEMENT
                && isElement(reader, localName);
    }

    static boolean isEnd(XMLStreamReader reader, String localName) {
        return reader.getEventType() == XMLStreamConstants.END_ELEMENT
                && isElement(reader, localName);
    }

    /** Returns the relationships namespace that goes with a SpreadsheetML namespace. */
    static String relationshipsNamespaceFor(String mainNamespace) {
        return STRICT_MAIN_NS.equals(mainNamespace) ? STRICT_RELATIONSHIPS_NS : RELATIONSHIPS_NS;
    }

    /** Returns a relationship id attribute such as {@code r:id}, in either namespace. */
    static String relationshipAttribute(XMLStreamReader reader, String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(localName)
                    && RELATIONSHIP_NAMESPACES.contains(reader.getAttributeNamespace(i))) {
                return reader.getAttributeValue(i);
            }
        }
        return "";
    }

    /** Returns an attribute without namespace, or the empty string when it is absent. */
    static String attribute(XMLStreamReader reader, String localName) {
        // a walk over the few attributes of an element is several times faster than the parser's
        // lookup in any namespace, and cells are read by the million
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(localName)) {
                return reader.getAttributeValue(i);
            }
        }
        return "";
    }

    /**
     * Returns whether a relationship type has the given last segment. The segment is compared
     * instead of the whole URI so that strict and transitional files both match.
     */
    static boolean hasRelationshipType(String type, String lastSegment) {
        return type.endsWith("/" + lastSegment);
    }

    private static String namespaceOf(XMLStreamReader reader) {
        String namespace = reader.getNamespaceURI();
        return namespace == null ? "" : namespace;
    }
}
