package dev.relance.selection;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import dev.relance.UsageException;

/**
 * Reads the filters of a named preset, as written in the Settings sheet:
 * {@code clients=C001-C099,C150; category=Export; min-days=30}. Filters are separated by
 * {@code ;}, each is a name, {@code =} and the values the command-line option takes. Names may
 * be the options' ({@code sales-rep}) or French ({@code commercial}, {@code famille},
 * {@code code postal}, {@code devise}, {@code jours de retard}).
 */
public final class Presets {

    private Presets() {
    }

    /**
     * Returns the selection a preset's text describes, naming the preset.
     *
     * @throws UsageException when a part has no {@code =}, names no filter, is given twice or has
     *                        a value the filter cannot read
     */
    public static Selection parse(String name, String text) {
        Selection selection = Selection.ALL;
        Set<Filter> seen = new HashSet<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals < 0) {
                throw new UsageException("preset " + name, "\"" + part.strip() + "\" has no"
                        + " \"=\"; expected e.g. clients=C001-C099; category=Export");
            }
            Filter filter = find(name, part.substring(0, equals));
            if (!seen.add(filter)) {
                throw new UsageException("preset " + name, filter.presetName()
                        + " is given twice; give it once with its values separated by commas");
            }
            selection = withValue(name, selection, filter, part.substring(equals + 1));
        }
        return selection.over(name, Selection.ALL);
    }

    private static Selection withValue(String preset, Selection selection, Filter filter,
            String value) {
        try {
            return selection.with(filter, value);
        } catch (UsageException e) {
            throw new UsageException("preset " + preset, filter.presetName() + ": " + e.reason());
        }
    }

    private static Filter find(String preset, String name) {
        Optional<Filter> filter = Filter.find(name);
        if (filter.isEmpty()) {
            throw new UsageException("preset " + preset, "\"" + name.strip() + "\" is not a"
                    + " filter; expected clients, sales-rep, category, postcode, departement,"
                    + " currency or min-days");
        }
        return filter.get();
    }
}
