package dev.relance.workbook;

import java.util.function.Supplier;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.util.StreamReader2Delegate;

import dev.relance.RelanceException;

/**
 * An XML reader that fails once elements nest deeper than {@link ReadLimits#MAX_XML_DEPTH}: the
 * parser keeps one scope per open element, so a file of nothing but start tags would otherwise
 * fill memory.
 */
final class DepthLimitedReader extends StreamReader2Delegate {

    private final Supplier<RelanceException> tooDeep;
    private int depth;

    DepthLimitedReader(XMLStreamReader2 reader, Supplier<RelanceException> tooDeep) {
        super(reader);
        this.tooDeep = tooDeep;
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        track(event);
        return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        int event = next();
        while (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            if (event == XMLStreamConstants.CHARACTERS && !isWhiteSpace()) {
                throw new XMLStreamException("expected an element, found text", getLocation());
            }
            event = next();
        }
        return event;
    }

    @Override
    public String getElementText() throws XMLStreamException {
        String text = super.getElementText();
        // the parser moved to the element's end tag without this reader seeing it
        depth--;
        return text;
    }

    private void track(int event) {
        if (event == XMLStreamConstants.START_ELEMENT) {
            depth++;
            if (depth > ReadLimits.MAX_XML_DEPTH) {
                throw tooDeep.get();
            }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
        }
    }
}
