package dev.relance.workbook.splice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;

/**
 * A start or empty-element tag as the bytes of a UTF-8 part: its name and attributes, and the
 * same tag with one attribute changed, every other byte left as it was.
 */
public final class RawTag {

    private static final String XMLNS = "xmlns";
    private static final Map<String, String> PREDEFINED_ENTITIES = Map.of(
            "lt", "<", "gt", ">", "amp", "&", "quot", "\"", "apos", "'");

    private final byte[] bytes;
    private final String name;
    private final List<Attribute> attributes;

    /** One attribute: its name and where its value lies between the quotes. */
    private record Attribute(String name, int valueStart, int valueEnd) {
    }

    private RawTag(byte[] bytes, String name, List<Attribute> attributes) {
        this.bytes = bytes;
        this.name = name;
        this.attributes = attributes;
    }

    /** Parses a tag from its {@code <} to its {@code >}. */
    public static RawTag parse(byte[] tag) throws XMLStreamException {
        int at = 1;
        int nameEnd = skipName(tag, at);
        String name = text(tag, at, nameEnd);
        List<Attribute> attributes = new ArrayList<>();
        at = skipSpace(tag, nameEnd);
        while (at < tag.length && tag[at] != '/' && tag[at] != '>') {
            int attributeNameEnd = skipName(tag, at);
            String attributeName = text(tag, at, attributeNameEnd);
            at = skipSpace(tag, attributeNameEnd);
            if (at >= tag.length || tag[at] != '=') {
                throw malformed(name);
            }
            at = skipSpace(tag, at + 1);
            if (at >= tag.length || (tag[at] != '"' && tag[at] != '\'')) {
                throw malformed(name);
            }
            int valueEnd = indexOf(tag, tag[at], at + 1);
            if (valueEnd < 0) {
                throw malformed(name);
            }
            attributes.add(new Attribute(attributeName, at + 1, valueEnd));
            at = skipSpace(tag, valueEnd + 1);
        }
        return new RawTag(tag, name, attributes);
    }

    /** Returns the tag's name as written, with its prefix. */
    public String name() {
        return name;
    }

    /** Returns the prefix of the tag's name, empty when it has none. */
    public String prefix() {
        int colon = name.indexOf(':');
        return colon < 0 ? "" : name.substring(0, colon);
    }

    /** Returns the tag's name after its prefix. */
    public String localName() {
        return name.substring(name.indexOf(':') + 1);
    }

    /** Returns the attributes' names as written, with their prefixes, in the tag's order. */
    public List<String> attributeNames() {
        List<String> names = new ArrayList<>(attributes.size());
        for (Attribute attribute : attributes) {
            names.add(attribute.name());
        }
        return names;
    }

    /** Returns an attribute's value with its character references replaced. */
    public Optional<String> attribute(String attributeName) {
        return findAttribute(attributeName)
                .map(attribute -> decode(text(bytes, attribute.valueStart(), attribute.valueEnd())));
    }

    /** Returns whether the tag declares a namespace. */
    public boolean declaresNamespace() {
        for (Attribute attribute : attributes) {
            if (attribute.name().startsWith(XMLNS)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the namespaces the tag declares, by prefix ({@code ""} for the default one). */
    public Map<String, String> namespaceDeclarations() {
        Map<String, String> declared = new LinkedHashMap<>();
        for (Attribute attribute : attributes) {
            String attributeName = attribute.name();
            if (attributeName.equals(XMLNS) || attributeName.startsWith(XMLNS + ":")) {
                String prefix = attributeName.equals(XMLNS) ? "" : attributeName.substring(6);
                declared.put(prefix, decode(text(bytes, attribute.valueStart(),
                        attribute.valueEnd())));
            }
        }
        return declared;
    }

    /**
     * Returns the tag with an attribute set to a value: the value is replaced in place, or the
     * attribute added after the last one when the tag has none.
     */
    public byte[] withAttribute(String attributeName, String value) {
        byte[] escaped = escape(value).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream changed = new ByteArrayOutputStream(bytes.length + escaped.length);
        Optional<Attribute> existing = findAttribute(attributeName);
        if (existing.isPresent()) {
            changed.write(bytes, 0, existing.get().valueStart());
            changed.write(escaped, 0, escaped.length);
            changed.write(bytes, existing.get().valueEnd(), bytes.length - existing.get().valueEnd());
        } else {
            int end = bytes[bytes.length - 2] == '/' ? bytes.length - 2 : bytes.length - 1;
            changed.write(bytes, 0, end);
            byte[] added = (" " + attributeName + "=\"" + escape(value) + "\"")
                    .getBytes(StandardCharsets.UTF_8);
            changed.write(added, 0, added.length);
            changed.write(bytes, end, bytes.length - end);
        }
        return changed.toByteArray();
    }

    private Optional<Attribute> findAttribute(String attributeName) {
        for (Attribute attribute : attributes) {
            if (attribute.name().equals(attributeName)) {
                return Optional.of(attribute);
            }
        }
        return Optional.empty();
    }

    /** Escapes text for an attribute value in single or double quotes. */
    public static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    /** Replaces the predefined entities and numeric character references. */
    public static String decode(String raw) {
        if (raw.indexOf('&') < 0) {
            return raw;
        }
        StringBuilder decoded = new StringBuilder(raw.length());
        int at = 0;
        while (at < raw.length()) {
            int semicolon = raw.indexOf(';', at);
            if (raw.charAt(at) != '&' || semicolon < 0) {
                decoded.append(raw.charAt(at++));
                continue;
            }
            String reference = raw.substring(at + 1, semicolon);
            Optional<String> replaced = replacement(reference);
            decoded.append(replaced.orElse(raw.substring(at, semicolon + 1)));
            at = semicolon + 1;
        }
        return decoded.toString();
    }

    private static Optional<String> replacement(String reference) {
        try {
            if (reference.startsWith("#x")) {
                return Optional.of(Character.toString(Integer.parseInt(reference.substring(2), 16)));
            }
            if (reference.startsWith("#")) {
                return Optional.of(Character.toString(Integer.parseInt(reference.substring(1))));
            }
        } catch (IllegalArgumentException notANumber) {
            return Optional.empty();
        }
        return Optional.ofNullable(PREDEFINED_ENTITIES.get(reference));
    }

    private static int skipName(byte[] tag, int from) {
        int at = from;
        while (at < tag.length && !isSpace(tag[at]) && tag[at] != '=' && tag[at] != '/'
                && tag[at] != '>') {
            at++;
        }
        return at;
    }

    private static int skipSpace(byte[] tag, int from) {
        int at = from;
        while (at < tag.length && isSpace(tag[at])) {
            at++;
        }
        return at;
    }

    private static int indexOf(byte[] tag, byte wanted, int from) {
        for (int at = from; at < tag.length; at++) {
            if (tag[at] == wanted) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isSpace(byte current) {
        return current == ' ' || current == '\t' || current == '\r' || current == '\n';
    }

    private static String text(byte[] tag, int from, int to) {
        return new String(tag, from, to - from, StandardCharsets.UTF_8);
    }

    private static XMLStreamException malformed(String name) {
        return new XMLStreamException("malformed attributes in tag <" + name + ">");
    }
}
