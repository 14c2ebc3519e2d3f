package dev.relance.workbook.ods;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import dev.relance.RelanceException;
import dev.relance.workbook.ReadLimits;
import dev.relance.workbook.splice.RawTag;
import dev.relance.workbook.splice.XmlByteScanner;

/**
 * {@code content.xml} read as bytes and written on: the scanner that copies what is not changed,
 * the namespaces declared by the elements the writer is inside, and the writing of what it
 * changes. Elements the writer builds go through an XML writer one at a time, because that
 * writer rejects a second element at the top level. A row to change is parsed alone, inside an
 * element that declares the namespaces in scope.
 */
final class SplicedXml {

    /** Handles the child element whose start tag is the current token, up to its end. */
    @FunctionalInterface
    interface ChildHandler {
        void handle(RawTag child, boolean empty) throws IOException, XMLStreamException;
    }

    private final XmlByteScanner scanner;
    private final OutputStream target;
    private final XMLOutputFactory output = OdfXml.outputFactory();
    /** The declarations of each element entered, the innermost first. */
    private final Deque<Map<String, String>> scopes = new ArrayDeque<>();
    private boolean restCopied;

    /** @param target receives the part, and is not closed */
    SplicedXml(InputStream source, OutputStream target) {
        this.scanner = new XmlByteScanner(source, target);
        this.target = target;
    }

    XmlByteScanner scanner() {
        return scanner;
    }

    /** Reads the current token as a start or empty-element tag. */
    RawTag tag() throws XMLStreamException {
        return RawTag.parse(scanner.token());
    }

    /**
     * Reads the content of the element just entered, giving each child element to the handler,
     * which must read it to its end, and copying the rest. Returns on the element's end tag, or
     * at the end of the part once {@link #copyRest} has copied it.
     */
    void forEachChild(ChildHandler handler) throws IOException, XMLStreamException {
        while (true) {
            switch (scanner.next()) {
                case START -> handler.handle(tag(), false);
                case EMPTY -> handler.handle(tag(), true);
                case END -> {
                    return;
                }
                case END_OF_INPUT -> {
                    if (restCopied) {
                        return;
                    }
                    throw new XMLStreamException("unexpected end of " + OdsPackage.CONTENT + " inside an element");
                }
                default -> {
                    // comments, processing instructions and CDATA sections are copied
                }
            }
        }
    }

    /** Copies the element whose start tag is the current token, as its bytes. */
    void copyElement(boolean empty) throws IOException, XMLStreamException {
        if (!empty) {
            scanner.copyElementAsIs();
        }
    }

    /** Copies the rest of the part as it is. The elements being read end with it. */
    void copyRest() throws IOException {
        scanner.copyRest();
        restCopied = true;
    }

    boolean restCopied() {
        return restCopied;
    }

    /** Enters an element: its namespace declarations are in scope until {@link #leave}. */
    void enter(RawTag tag) {
        if (scopes.size() > ReadLimits.MAX_XML_DEPTH) {
            throw new RelanceException("the workbook exceeds a read limit: " + OdsPackage.CONTENT
                    + " nests its XML elements more than " + ReadLimits.MAX_XML_DEPTH + " deep (limit: "
                    + ReadLimits.MAX_XML_DEPTH + ")", null, null, null, null, null);
        }
        scopes.push(tag.declaresNamespace() ? tag.namespaceDeclarations() : Map.of());
    }

    void leave() {
        scopes.pop();
    }

    /** Returns the namespaces in scope, by prefix, as they are declared. */
    List<XmlElement.Namespace> namespacesInScope() {
        return inScope().entrySet().stream()
                .map(binding -> new XmlElement.Namespace(binding.getKey(), binding.getValue())).toList();
    }

    /** Returns whether a tag has this namespace and local name. */
    boolean is(RawTag tag, String namespace, String localName) {
        return tag.localName().equals(localName) && namespace.equals(namespaceOf(tag));
    }

    /** Returns the namespace of a tag's name, given the declarations in scope and its own. */
    String namespaceOf(RawTag tag) {
        return uri(tag.prefix(), tag);
    }

    /** Returns the value of the tag's attribute with this namespace and local name. */
    Optional<String> attribute(RawTag tag, String namespace, String localName) {
        for (String name : tag.attributeNames()) {
            int colon = name.indexOf(':');
            // an attribute without a prefix has no namespace, whatever the default one is
            if (colon > 0 && name.startsWith(localName, colon + 1) && name.length() == colon + 1 + localName.length()
                    && namespace.equals(uri(name.substring(0, colon), tag))) {
                return tag.attribute(name);
            }
        }
        return Optional.empty();
    }

    /** Writes elements built in memory before the current token. */
    void insertBefore(List<XmlElement> elements) throws IOException, XMLStreamException {
        if (!elements.isEmpty()) {
            scanner.insertBefore(bytes(elements));
        }
    }

    /**
     * Replaces the current empty-element tag by a start tag with the same attributes, the
     * elements, and an end tag.
     */
    void fillEmpty(RawTag tag, List<XmlElement> elements) throws IOException, XMLStreamException {
        if (elements.isEmpty()) {
            return;
        }
        byte[] emptyTag = scanner.token();
        ByteArrayOutputStream filled = new ByteArrayOutputStream();
        // an empty-element tag ends with "/>", the two bytes replaced by ">"
        filled.write(emptyTag, 0, emptyTag.length - 2);
        filled.write('>');
        filled.writeBytes(bytes(elements));
        filled.writeBytes(("</" + tag.name() + ">").getBytes(StandardCharsets.UTF_8));
        scanner.replace(filled.toByteArray());
    }

    /** Replaces the current tag by the same tag with namespace declarations added. */
    void declare(RawTag tag, List<XmlElement.Namespace> added) throws IOException, XMLStreamException {
        if (added.isEmpty()) {
            return;
        }
        byte[] changed = scanner.token();
        for (XmlElement.Namespace namespace : added) {
            String name = namespace.prefix().isEmpty() ? "xmlns" : "xmlns:" + namespace.prefix();
            changed = RawTag.parse(changed).withAttribute(name, namespace.uri());
        }
        scanner.replace(changed);
        Map<String, String> declared = new LinkedHashMap<>(scopes.pop());
        added.forEach(namespace -> declared.put(namespace.prefix(), namespace.uri()));
        scopes.push(declared);
    }

    /**
     * Reads the element whose start tag is the current token, which is not copied: the caller
     * writes what replaces it with {@link #write}.
     */
    XmlElement takeElement() throws IOException, XMLStreamException {
        byte[] element = scanner.takeElement();
        StringBuilder wrapper = new StringBuilder("<wrapper");
        inScope().forEach((prefix, uri) -> wrapper.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix)
                .append("=\"").append(RawTag.escape(uri)).append('"'));
        ByteArrayOutputStream wrapped = new ByteArrayOutputStream(element.length + wrapper.length() + 16);
        wrapped.writeBytes(wrapper.append('>').toString().getBytes(StandardCharsets.UTF_8));
        wrapped.writeBytes(element);
        wrapped.writeBytes("</wrapper>".getBytes(StandardCharsets.UTF_8));
        XMLStreamReader in = OdfXml.reader(new ByteArrayInputStream(wrapped.toByteArray()), OdsPackage.CONTENT);
        try {
            in.nextTag();
            in.nextTag();
            return XmlElement.read(in);
        } finally {
            in.close();
        }
    }

    /** Writes elements where an element taken was. */
    void write(List<XmlElement> elements) throws IOException, XMLStreamException {
        target.write(bytes(elements));
    }

    private byte[] bytes(List<XmlElement> elements) throws XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (XmlElement element : elements) {
            XMLStreamWriter out = output.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            element.write(out);
            out.close();
        }
        return bytes.toByteArray();
    }

    /** Returns the prefix's namespace, declared by the tag itself or the elements around it. */
    private String uri(String prefix, RawTag tag) {
        if (tag.declaresNamespace()) {
            String own = tag.namespaceDeclarations().get(prefix);
            if (own != null) {
                return own;
            }
        }
        for (Map<String, String> scope : scopes) {
            String declared = scope.get(prefix);
            if (declared != null) {
                return declared;
            }
        }
        return "";
    }

    /** Returns the bindings in scope: an inner declaration of a prefix hides an outer one. */
    private Map<String, String> inScope() {
        Map<String, String> bindings = new LinkedHashMap<>();
        // the outermost first, so that the innermost is put last and wins
        scopes.descendingIterator().forEachRemaining(bindings::putAll);
        return bindings;
    }
}
