package dev.relance.selection;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.relance.ledger.TextKey;

/**
 * The filters a selection combines, with the command-line option, the key of the JSON plan's
 * {@code filters} object and the names accepted in a preset of the Settings sheet.
 */
public enum Filter {
    CLIENTS("--clients", "clients", "clients", "client", "codes"),
    SALES_REP("--sales-rep", "salesRep", "sales rep", "salesperson", "commercial",
            "representant"),
    CATEGORY("--category", "category", "category", "categorie", "famille", "group"),
    POSTCODE("--postcode", "postcode", "postcode", "postal code", "code postal", "cp", "zip"),
    DEPARTEMENT("--departement", "departement", "departement", "department"),
    CURRENCY("--currency", "currency", "currency", "devise"),
    MIN_DAYS("--min-days", "minDays", "min days", "minimum days", "jours de retard",
            "retard minimum");

    private final String option;
    private final String jsonKey;
    private final List<String> presetNames;

    Filter(String option, String jsonKey, String... presetNames) {
        this.option = option;
        this.jsonKey = jsonKey;
        this.presetNames = List.of(presetNames);
    }

    /** Returns the command-line option, e.g. {@code --sales-rep}. */
    public String option() {
        return option;
    }

    /** Returns the key in the JSON plan's {@code filters} object, e.g. {@code salesRep}. */
    public String jsonKey() {
        return jsonKey;
    }

    /** Returns the name written in presets, e.g. {@code sales-rep}. */
    public String presetName() {
        return option.substring(2);
    }

    /**
     * Finds the filter a preset names: the option without its dashes, or a French or English
     * name, case, accents and hyphens ignored ({@code Catégorie}, {@code min-days}).
     */
    public static Optional<Filter> find(String name) {
        String key = TextKey.of(name.replace('-', ' ').replace('_', ' '));
        return Stream.of(values())
                .filter(filter -> filter.presetNames.contains(key)
                        || TextKey.of(filter.presetName().replace('-', ' ')).equals(key))
                .findFirst();
    }
}
