package dev.relance.workbook.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.XMLStreamWriter2;

/**
 * Changes to a list-like part such as {@code [Content_Types].xml}, the relationships or the
 * {@code <sheets>} of the workbook: elements appended at the end of one parent element, and
 * elements removed wherever they are. Everything else is copied as it is.
 */
final class PartEdit {

    /** Writes one new element; {@code parent} is the reader on the parent's end tag. */
    @FunctionalInterface
    interface Addition {
        void write(XMLStreamWriter2 out, XMLStreamReader parent) throws XMLStreamException;
    }

    private final String parentName;
    private final List<Addition> additions = new ArrayList<>();
    private final List<Predicate<XMLStreamReader>> removals = new ArrayList<>();
    private boolean parentFound;

    /** Creates an edit that appends to the element with that local name, in any namespace. */
    PartEdit(String parentName) {
        this.parentName = parentName;
    }

    void add(Addition addition) {
        additions.add(addition);
    }

    /** Removes every element, with its content, for which the test holds on its start tag. */
    void remove(Predicate<XMLStreamReader> removal) {
        removals.add(removal);
    }

    boolean isEmpty() {
        return additions.isEmpty() && removals.isEmpty();
    }

    /**
     * Returns the edited part.
     *
     * @throws XMLStreamException also when there are additions but no parent to add them to
     */
    byte[] apply(InputStream source) throws XMLStreamException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        XMLStreamReader2 in = Stax.reader(source);
        XMLStreamWriter2 out = Stax.writer(target);
        XmlCopy.event(in, out);
        while (in.hasNext()) {
            in.next();
            if (in.isStartElement() && isRemoved(in)) {
                XmlCopy.skipElement(in);
            } else {
                addAtParentEnd(in, out);
                XmlCopy.event(in, out);
            }
        }
        if (!parentFound && !additions.isEmpty()) {
            throw new XMLStreamException("no <" + parentName + "> element to add to");
        }
        out.writeEndDocument();
        out.close();
        in.closeCompletely();
        return target.toByteArray();
    }

    private boolean isRemoved(XMLStreamReader in) {
        return removals.stream().anyMatch(removal -> removal.test(in));
    }

    private void addAtParentEnd(XMLStreamReader2 in, XMLStreamWriter2 out)
            throws XMLStreamException {
        if (parentFound || !in.isEndElement() || !in.getLocalName().equals(parentName)) {
            return;
        }
        parentFound = true;
        for (Addition addition : additions) {
            addition.write(out, in);
        }
    }
}
