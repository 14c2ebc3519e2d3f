package dev.relance.workbook.xlsx;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.XMLStreamWriter2;

/**
 * Copies StAX events from a part being read to the part being written, so that every element,
 * attribute and namespace declaration an edit does not touch comes out as it came in.
 */
final class XmlCopy {

    private XmlCopy() {
    }

    /**
     * Writes the XML declaration in UTF-8, keeping the source's {@code standalone} flag. It is
     * written raw, with double quotes as Excel writes it, because the writer would use single
     * quotes.
     */
    static void startDocument(XMLStreamReader in, XMLStreamWriter2 out) throws XMLStreamException {
        String standalone = in.standaloneSet()
                ? (in.isStandalone() ? " standalone=\"yes\"" : " standalone=\"no\"")
                : "";
        out.writeRaw("<?xml version=\"1.0\" encoding=\"UTF-8\"" + standalone + "?>\r\n");
    }

    /**
     * Copies the reader's current event. A document type declaration is dropped: the reader does
     * not process DTDs, and a workbook part has no use for one.
     */
    static void event(XMLStreamReader2 in, XMLStreamWriter2 out) throws XMLStreamException {
        int event = in.getEventType();
        if (event == XMLStreamConstants.START_DOCUMENT) {
            startDocument(in, out);
        } else if (event != XMLStreamConstants.DTD && event != XMLStreamConstants.END_DOCUMENT) {
            out.copyEventFromReader(in, false);
        }
    }

    /** Copies the element the reader is on, with everything inside, leaving it on the end tag. */
    static void element(XMLStreamReader2 in, XMLStreamWriter2 out) throws XMLStreamException {
        int depth = 0;
        do {
            int event = in.getEventType();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
            event(in, out);
            if (depth > 0) {
                in.next();
            }
        } while (depth > 0);
    }

    /** Moves past the element the reader is on, leaving it on the element's end tag. */
    static void skipElement(XMLStreamReader in) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * Copies the start tag the reader is on with one unprefixed attribute set to a new value,
     * or left out when the value is empty. The attribute keeps its place among the others.
     */
    static void startElement(XMLStreamReader in, XMLStreamWriter2 out, String attribute,
            String value) throws XMLStreamException {
        out.writeStartElement(prefixOf(in.getPrefix()), in.getLocalName(), in.getNamespaceURI());
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            String prefix = in.getNamespacePrefix(i);
            if (prefix == null || prefix.isEmpty()) {
                out.writeDefaultNamespace(in.getNamespaceURI(i));
            } else {
                out.writeNamespace(prefix, in.getNamespaceURI(i));
            }
        }
        boolean written = false;
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String namespace = in.getAttributeNamespace(i);
            boolean unprefixed = namespace == null || namespace.isEmpty();
            if (unprefixed && in.getAttributeLocalName(i).equals(attribute)) {
                written = writeAttribute(out, attribute, value);
            } else if (unprefixed) {
                out.writeAttribute(in.getAttributeLocalName(i), in.getAttributeValue(i));
            } else {
                out.writeAttribute(in.getAttributePrefix(i), namespace, in.getAttributeLocalName(i),
                        in.getAttributeValue(i));
            }
        }
        if (!written) {
            writeAttribute(out, attribute, value);
        }
    }

    /** Writes the start tag of a new element in the same namespace and prefix as {@code like}. */
    static void startElementLike(XMLStreamWriter2 out, ElementName like, String localName)
            throws XMLStreamException {
        out.writeStartElement(like.prefix(), localName, like.namespace());
    }

    static String prefixOf(String prefix) {
        return prefix == null ? "" : prefix;
    }

    private static boolean writeAttribute(XMLStreamWriter2 out, String name, String value)
            throws XMLStreamException {
        if (!value.isEmpty()) {
            out.writeAttribute(name, value);
        }
        return true;
    }

    /**
     * The prefix and namespace that new elements copy from an existing one, so that they join
     * a part that writes {@code <x:row>} as {@code <x:c>}.
     */
    record ElementName(String prefix, String namespace) {

        static ElementName of(XMLStreamReader in) {
            return new ElementName(prefixOf(in.getPrefix()), in.getNamespaceURI());
        }
    }
}
