package dev.relance.ledger;

/**
 * A named set of filters saved in the Settings sheet, under a key such as {@code Filtre Export}
 * or {@code Filter Export}. The text is read by the selection when the preset is used.
 *
 * @param name  the preset's name, as typed after {@code Filtre} or {@code Filter}
 * @param text  the filters, e.g. {@code clients=C001-C099; category=Export}
 * @param sheet the Settings sheet's name
 * @param cell  the cell holding the text, in A1 notation
 */
public record FilterPreset(String name, String text, String sheet, String cell) {

    /** Returns whether this preset has the given name, case, accents and spaces ignored. */
    public boolean isNamed(String other) {
        return TextKey.of(name).equals(TextKey.of(other));
    }
}
