package dev.relance.workbook.xlsx;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.XMLStreamWriter2;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import com.fasterxml.aalto.stax.OutputFactoryImpl;

import dev.relance.workbook.ReadLimits;

/**
 * The StAX factories for package parts. Input never processes a DTD nor resolves an external
 * entity, because a workbook is untrusted input, and readers fail on XML nested too deep. Output
 * does not repair namespaces, so that a copied element keeps the prefixes and declarations it had.
 */
final class Stax {

    private static final XMLInputFactory INPUT = newInputFactory();
    private static final XMLOutputFactory OUTPUT = newOutputFactory();

    private Stax() {
    }

    static XMLStreamReader2 reader(InputStream in) throws XMLStreamException {
        return reader(in, "an XML part");
    }

    /** Returns a reader of the part that fails on elements nested deeper than the limit. */
    static XMLStreamReader2 reader(InputStream in, String partName) throws XMLStreamException {
        return ReadLimits.depthLimited((XMLStreamReader2) INPUT.createXMLStreamReader(in), partName);
    }

    static XMLStreamWriter2 writer(OutputStream out) throws XMLStreamException {
        return (XMLStreamWriter2) OUTPUT.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
    }

    private static XMLInputFactory newInputFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // parse each token whole when reached, so that malformed XML fails in next() with a checked
        // exception rather than later, unchecked, in getText()
        factory.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
        return factory;
    }

    private static XMLOutputFactory newOutputFactory() {
        XMLOutputFactory factory = new OutputFactoryImpl();
        factory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
        return factory;
    }
}
