package dev.relance.workbook.ods;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import com.fasterxml.aalto.stax.OutputFactoryImpl;

import dev.relance.workbook.ReadLimits;

/** The OpenDocument namespaces and sheet limits, and the StAX factories set up for ODS parts. */
final class OdfXml {

    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
    /** LibreOffice's own namespace; it marks error results and repeats each value type. */
    static final String CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

    /** The largest sheet LibreOffice opens, which is also what its files fill with repeats. */
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;

    private static final XMLInputFactory INPUT = inputFactory();

    private OdfXml() {
    }

    /** Returns a reader factory that never reads a DTD or an external entity, nor parses lazily. */
    static XMLInputFactory inputFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // parse each token whole when reached, so that malformed XML fails in next() with a checked
        // exception rather than later, unchecked, in getText()
        factory.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
        return factory;
    }

    /** Returns a reader of a part that fails on elements nested deeper than the read limits allow. */
    static XMLStreamReader reader(InputStream in, String partName) throws XMLStreamException {
        return ReadLimits.depthLimited((XMLStreamReader2) INPUT.createXMLStreamReader(in), partName);
    }

    /** Returns a writer factory that writes {@code <a/>} for elements without content. */
    static XMLOutputFactory outputFactory() {
        XMLOutputFactory factory = new OutputFactoryImpl();
        factory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
        factory.setProperty("org.codehaus.stax2.automaticEmptyElements", true);
        return factory;
    }

    /** Returns whether the reader is on an element with this namespace and local name. */
    static boolean isElement(XMLStreamReader xml, String namespace, String localName) {
        return localName.equals(xml.getLocalName()) && namespace.equals(xml.getNamespaceURI());
    }

    /** Moves the reader past the end of the element it is on, skipping all it contains. */
    static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Returns the attribute's value, or {@code fallback} when the element does not carry it. */
    static String attribute(XMLStreamReader xml, String namespace, String localName, String fallback) {
        String value = xml.getAttributeValue(namespace, localName);
        return value != null ? value : fallback;
    }

    /**
     * Returns a repeat or span count: at least 1, and 1 when the attribute is missing or not a
     * number, so that a damaged count cannot make a row or a cell vanish.
     */
    static int count(XMLStreamReader xml, String namespace, String localName) {
        return countOf(attribute(xml, namespace, localName, "1"));
    }

    /** Reads a count as {@link #count} does, from the attribute's text. */
    static int countOf(String text) {
        if (text.length() == 1 && text.charAt(0) >= '1' && text.charAt(0) <= '9') {
            // nearly every cell: no attribute, read as "1"
            return text.charAt(0) - '0';
        }
        String value = text.trim();
        if (value.isEmpty()) {
            return 1;
        }
        long count = 0;
        for (int i = 0; i < value.length(); i++) {
            char digit = value.charAt(i);
            if (digit < '0' || digit > '9') {
                return 1;
            }
            // a count beyond int range is hostile or corrupt; the sheet limits cap it anyway
            count = Math.min(count * 10 + (digit - '0'), Integer.MAX_VALUE);
        }
        return (int) Math.max(1, count);
    }
}
