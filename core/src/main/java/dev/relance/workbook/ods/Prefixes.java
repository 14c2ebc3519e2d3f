package dev.relance.workbook.ods;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;

/**
 * The prefixes a document binds on its root element, so that elements the writer adds use the
 * document's own prefixes. A namespace the writer needs and the root lacks (a small file with
 * only numbers has no {@code text:}) is declared on the root with its usual prefix.
 */
final class Prefixes {

    private static final Map<String, String> USUAL = new LinkedHashMap<>();

    static {
        USUAL.put(OdfXml.OFFICE, "office");
        USUAL.put(OdfXml.TABLE, "table");
        USUAL.put(OdfXml.TEXT, "text");
        USUAL.put(OdfXml.STYLE, "style");
        USUAL.put(OdfXml.NUMBER, "number");
    }

    private final Map<String, String> byNamespace;

    private Prefixes(Map<String, String> byNamespace) {
        this.byNamespace = byNamespace;
    }

    /** Reads the root's declarations. */
    static Prefixes of(XmlElement root) {
        return of(root.namespaces());
    }

    /** Reads declarations in document order. The first prefix of a namespace is the one used. */
    static Prefixes of(List<XmlElement.Namespace> declarations) {
        Map<String, String> byNamespace = new HashMap<>();
        for (XmlElement.Namespace namespace : declarations) {
            byNamespace.putIfAbsent(namespace.uri(), namespace.prefix());
        }
        return new Prefixes(byNamespace);
    }

    /** Returns the root with declarations added for the namespaces the writer may use. */
    XmlElement declareMissing(XmlElement root) {
        XmlElement declared = root;
        for (XmlElement.Namespace namespace : addMissing()) {
            declared = declared.withNamespace(namespace);
        }
        return declared;
    }

    /**
     * Binds the namespaces the writer may use and the root lacks to a free prefix, and returns
     * the declarations the root needs for them, in a fixed order.
     */
    List<XmlElement.Namespace> addMissing() {
        List<XmlElement.Namespace> added = new ArrayList<>();
        for (Map.Entry<String, String> usual : USUAL.entrySet()) {
            if (!byNamespace.containsKey(usual.getKey())) {
                String prefix = freePrefix(usual.getValue());
                byNamespace.put(usual.getKey(), prefix);
                added.add(new XmlElement.Namespace(prefix, usual.getKey()));
            }
        }
        return added;
    }

    /** Returns whether the document declares the namespace (LibreOffice's calcext, for one). */
    boolean isDeclared(String namespace) {
        return byNamespace.containsKey(namespace);
    }

    QName name(String namespace, String localName) {
        return new QName(namespace, localName, byNamespace.getOrDefault(namespace, ""));
    }

    private String freePrefix(String usual) {
        String prefix = usual;
        while (byNamespace.containsValue(prefix)) {
            prefix = prefix + "x";
        }
        return prefix;
    }
}
