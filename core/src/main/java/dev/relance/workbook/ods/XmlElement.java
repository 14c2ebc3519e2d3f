package dev.relance.workbook.ods;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * An element with its namespace declarations, attributes in document order and children. The
 * copy methods return new elements; an element is not changed once read or built.
 */
final class XmlElement implements XmlNode {

    /** A namespace declaration; the prefix is empty for the default namespace. */
    record Namespace(String prefix, String uri) {
    }

    record Attribute(QName name, String value) {

        boolean is(String namespace, String localName) {
            return name.getLocalPart().equals(localName) && name.getNamespaceURI().equals(namespace);
        }
    }

    private final QName name;
    private final List<Namespace> namespaces;
    private final List<Attribute> attributes;
    private final List<XmlNode> children;

    XmlElement(QName name, List<Namespace> namespaces, List<Attribute> attributes, List<XmlNode> children) {
        this.name = name;
        this.namespaces = List.copyOf(namespaces);
        this.attributes = List.copyOf(attributes);
        this.children = List.copyOf(children);
    }

    /** Returns an element with nothing in it. */
    static XmlElement of(QName name) {
        return new XmlElement(name, List.of(), List.of(), List.of());
    }

    /** Reads the start tag the reader is on, without its content. */
    static XmlElement readStartTag(XMLStreamReader in) {
        List<Namespace> namespaces = new ArrayList<>();
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            namespaces.add(new Namespace(orEmpty(in.getNamespacePrefix(i)), orEmpty(in.getNamespaceURI(i))));
        }
        List<Attribute> attributes = new ArrayList<>();
        for (int i = 0; i < in.getAttributeCount(); i++) {
            QName attribute = new QName(orEmpty(in.getAttributeNamespace(i)), in.getAttributeLocalName(i),
                    orEmpty(in.getAttributePrefix(i)));
            attributes.add(new Attribute(attribute, in.getAttributeValue(i)));
        }
        QName element = new QName(orEmpty(in.getNamespaceURI()), in.getLocalName(), orEmpty(in.getPrefix()));
        return new XmlElement(element, namespaces, attributes, List.of());
    }

    /**
     * Reads the element the reader is on with all it contains, leaving the reader on its
     * end tag. Works without recursion, so deep nesting in a file cannot overflow the stack.
     */
    static XmlElement read(XMLStreamReader in) throws XMLStreamException {
        Deque<XmlElement> open = new ArrayDeque<>();
        Deque<List<XmlNode>> contents = new ArrayDeque<>();
        open.push(readStartTag(in));
        contents.push(new ArrayList<>());
        while (true) {
            switch (in.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    open.push(readStartTag(in));
                    contents.push(new ArrayList<>());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlElement done = open.pop().withChildren(contents.pop());
                    if (open.isEmpty()) {
                        return done;
                    }
                    contents.peek().add(done);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA ->
                        contents.peek().add(new Text(in.getText()));
                case XMLStreamConstants.COMMENT -> contents.peek().add(new Comment(in.getText()));
                case XMLStreamConstants.PROCESSING_INSTRUCTION ->
                        contents.peek().add(new Instruction(in.getPITarget(), in.getPIData()));
                default -> {
                    // nothing else can occur inside an element
                }
            }
        }
    }

    QName name() {
        return name;
    }

    List<Namespace> namespaces() {
        return namespaces;
    }

    List<XmlNode> children() {
        return children;
    }

    boolean is(String namespace, String localName) {
        return name.getLocalPart().equals(localName) && name.getNamespaceURI().equals(namespace);
    }

    Optional<String> attribute(String namespace, String localName) {
        return attributes.stream().filter(attribute -> attribute.is(namespace, localName))
                .map(Attribute::value).findFirst();
    }

    /** Returns a copy with the attribute set, in place when present, else last. */
    XmlElement withAttribute(QName attributeName, String value) {
        List<Attribute> changed = new ArrayList<>(attributes);
        Attribute replacement = new Attribute(attributeName, value);
        int index = indexOf(attributeName);
        if (index >= 0) {
            changed.set(index, replacement);
        } else {
            changed.add(replacement);
        }
        return new XmlElement(name, namespaces, changed, children);
    }

    XmlElement withoutAttribute(String namespace, String localName) {
        List<Attribute> others = attributes.stream().filter(attribute -> !attribute.is(namespace, localName))
                .toList();
        return new XmlElement(name, namespaces, others, children);
    }

    XmlElement withName(QName newName) {
        return new XmlElement(newName, namespaces, attributes, children);
    }

    XmlElement withChildren(List<XmlNode> newChildren) {
        return new XmlElement(name, namespaces, attributes, newChildren);
    }

    XmlElement withNamespace(Namespace declaration) {
        List<Namespace> changed = new ArrayList<>(namespaces);
        changed.add(declaration);
        return new XmlElement(name, changed, attributes, children);
    }

    /** Writes the start tag only: name, namespace declarations and attributes. */
    void writeStartTag(XMLStreamWriter out) throws XMLStreamException {
        out.writeStartElement(name.getPrefix(), name.getLocalPart(), name.getNamespaceURI());
        for (Namespace namespace : namespaces) {
            if (namespace.prefix().isEmpty()) {
                out.writeDefaultNamespace(namespace.uri());
            } else {
                out.writeNamespace(namespace.prefix(), namespace.uri());
            }
        }
        for (Attribute attribute : attributes) {
            QName key = attribute.name();
            out.writeAttribute(key.getPrefix(), key.getNamespaceURI(), key.getLocalPart(), attribute.value());
        }
    }

    /** Writes the whole element, without recursion. */
    @Override
    public void write(XMLStreamWriter out) throws XMLStreamException {
        Deque<Iterator<XmlNode>> open = new ArrayDeque<>();
        writeStartTag(out);
        open.push(children.iterator());
        while (!open.isEmpty()) {
            Iterator<XmlNode> next = open.peek();
            if (!next.hasNext()) {
                out.writeEndElement();
                open.pop();
                continue;
            }
            XmlNode node = next.next();
            if (node instanceof XmlElement element) {
                element.writeStartTag(out);
                open.push(element.children.iterator());
            } else {
                node.write(out);
            }
        }
    }

    private int indexOf(QName attributeName) {
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).is(attributeName.getNamespaceURI(), attributeName.getLocalPart())) {
                return i;
            }
        }
        return -1;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
