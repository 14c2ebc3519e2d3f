package dev.relance.workbook.ods;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * A reader and a writer over the same document, for copying it through: whatever is not
 * changed is written exactly as read, with its prefixes, namespace declarations and attributes.
 */
final class XmlStream {

    /** Handles the child element the reader is on, reading it up to its end tag. */
    @FunctionalInterface
    interface ChildHandler {
        void handle() throws XMLStreamException;
    }

    private final XMLStreamReader in;
    private final XMLStreamWriter out;

    XmlStream(XMLStreamReader in, XMLStreamWriter out) {
        this.in = in;
        this.out = out;
    }

    XMLStreamReader in() {
        return in;
    }

    XMLStreamWriter out() {
        return out;
    }

    boolean isElement(String namespace, String localName) {
        return OdfXml.isElement(in, namespace, localName);
    }

    /** Copies the start tag the reader is on. */
    void copyStartTag() throws XMLStreamException {
        XmlElement.readStartTag(in).writeStartTag(out);
    }

    /** Copies the element the reader is on with everything in it. */
    void copyElement() throws XMLStreamException {
        copyStartTag();
        for (int depth = 1; depth > 0; ) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                copyStartTag();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                out.writeEndElement();
            } else {
                copyEvent(event);
            }
        }
    }

    /**
     * Copies the content of the element whose start tag was just handled, giving each child
     * element to {@code handler} and copying text and comments between them. Returns on the
     * element's end tag, which it does not write.
     */
    void forEachChild(ChildHandler handler) throws XMLStreamException {
        while (true) {
            int event = in.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                handler.handle();
            } else {
                copyEvent(event);
            }
        }
    }

    /** Copies an event that is not an element's start or end. */
    void copyEvent(int event) throws XMLStreamException {
        switch (event) {
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> out.writeCharacters(in.getText());
            case XMLStreamConstants.CDATA -> out.writeCData(in.getText());
            case XMLStreamConstants.COMMENT -> out.writeComment(in.getText());
            case XMLStreamConstants.PROCESSING_INSTRUCTION -> out.writeProcessingInstruction(in.getPITarget(),
                    in.getPIData());
            default -> {
                // the document's start and end are written by the caller; ODF has no DTD
            }
        }
    }
}
