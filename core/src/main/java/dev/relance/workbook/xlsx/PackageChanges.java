package dev.relance.workbook.xlsx;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parts an edit rewrites, adds and removes. Names are compared without regard to case, as
 * package part names are.
 */
final class PackageChanges {

    private final Map<String, byte[]> replaced = new LinkedHashMap<>();
    private final Map<String, DeflatedPart> replacedDeflated = new LinkedHashMap<>();
    private final Map<String, byte[]> added = new LinkedHashMap<>();
    private final Set<String> removed = new HashSet<>();

    void replace(String partName, byte[] content) {
        replaced.put(key(partName), content);
    }

    /** Replaces a part by content already compressed. */
    void replace(String partName, DeflatedPart content) {
        replacedDeflated.put(key(partName), content);
    }

    void add(String partName, byte[] content) {
        added.put(partName, content);
    }

    void remove(String partName) {
        removed.add(key(partName));
    }

    boolean isAdded(String partName) {
        return added.keySet().stream().anyMatch(name -> name.equalsIgnoreCase(partName));
    }

    boolean isRemoved(String partName) {
        return removed.contains(key(partName));
    }

    Optional<byte[]> findReplacement(String partName) {
        return Optional.ofNullable(replaced.get(key(partName)));
    }

    Optional<DeflatedPart> findDeflatedReplacement(String partName) {
        return Optional.ofNullable(replacedDeflated.get(key(partName)));
    }

    /** Returns the new parts by name, in the order they were added. */
    Map<String, byte[]> added() {
        return Collections.unmodifiableMap(added);
    }

    private static String key(String partName) {
        return partName.toLowerCase(Locale.ROOT);
    }
}
