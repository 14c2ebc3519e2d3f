package dev.relance.extension.ui;

import java.util.Optional;

import dev.relance.UsageException;
import dev.relance.selection.Presets;
import dev.relance.selection.Selection;

/**
 * Reads the dialog's filter field, written as a preset of the Settings sheet is:
 * {@code category=Export; clients=C001-C099}.
 */
public final class FilterText {

    private FilterText() {
    }

    /**
     * Returns the filters the text describes; blank text selects every client.
     *
     * @throws UsageException when the text cannot be read; its reason gives the cause
     */
    public static Selection parse(String text) {
        Selection parsed = Presets.parse("filters", text);
        // Presets.parse names the preset it read; typed filters belong to none.
        return new Selection(parsed.clients(), parsed.salesReps(), parsed.categories(),
                parsed.postcodes(), parsed.departements(), parsed.currencies(),
                parsed.minDaysOverdue(), parsed.clientList(), Optional.empty());
    }
}
