package dev.relance.workbook.xlsx;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.relance.workbook.ReadLimits;

/** The relationships of one package part, read from its {@code _rels/NAME.rels} part. */
final class Relationships {

    private final List<Relationship> all;

    private Relationships(List<Relationship> all) {
        this.all = List.copyOf(all);
    }

    static Relationships none() {
        return new Relationships(List.of());
    }

    /** Returns the name of the part that stores the relationships of {@code partName}. */
    static String partNameFor(String partName) {
        int slash = partName.lastIndexOf('/');
        String folder = partName.substring(0, slash + 1);
        return folder + "_rels/" + partName.substring(slash + 1) + ".rels";
    }

    /** Reads a relationships part whose targets are relative to {@code sourcePartName}. */
    static Relationships parse(XMLStreamReader reader, String sourcePartName)
            throws XMLStreamException {
        List<Relationship> found = new ArrayList<>();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT
                    && reader.getLocalName().equals("Relationship")) {
                found.add(read(reader, sourcePartName));
                ReadLimits.checkEntries(found.size(), "a relationships part");
            }
        }
        return new Relationships(found);
    }

    List<Relationship> all() {
        return all;
    }

    Optional<Relationship> findById(String id) {
        return all.stream().filter(relationship -> relationship.id().equals(id)).findFirst();
    }

    /** Finds the first internal relationship whose type ends with {@code /typeSegment}. */
    Optional<Relationship> findByType(String typeSegment) {
        return all.stream()
                .filter(relationship -> !relationship.external())
                .filter(relationship -> Ooxml.hasRelationshipType(relationship.type(), typeSegment))
                .findFirst();
    }

    /** Returns the first id of the form {@code rIdN} that no relationship uses yet. */
    String nextFreeId() {
        int n = 1;
        while (findById("rId" + n).isPresent()) {
            n++;
        }
        return "rId" + n;
    }

    /**
     * Resolves a target against the source part's folder. A target starting with {@code /} is
     * absolute within the package; others may use {@code ..} and percent-escapes.
     */
    static String resolve(String sourcePartName, String target) {
        try {
            URI base = new URI(null, null, "/" + sourcePartName, null);
            String path = base.resolve(new URI(target)).normalize().getPath();
            return stripLeadingSlashes(path);
        } catch (URISyntaxException | IllegalArgumentException notAUri) {
            // Some writers store targets with unescaped spaces; resolve those as plain paths.
            String folder = sourcePartName.substring(0, sourcePartName.lastIndexOf('/') + 1);
            return target.startsWith("/") ? stripLeadingSlashes(target) : folder + target;
        }
    }

    private static Relationship read(XMLStreamReader reader, String sourcePartName) {
        String target = Ooxml.attribute(reader, "Target");
        boolean external = "External".equals(Ooxml.attribute(reader, "TargetMode"));
        return new Relationship(Ooxml.attribute(reader, "Id"), Ooxml.attribute(reader, "Type"),
                external ? target : resolve(sourcePartName, target), external);
    }

    private static String stripLeadingSlashes(String path) {
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return path.substring(start);
    }
}
