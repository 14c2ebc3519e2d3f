package dev.relance.extension.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import dev.relance.job.RunOptions;
import dev.relance.selection.Selection;

/**
 * The plan request the dialog sends the core: the as-of date, the level, the filters typed in the
 * filter field and the preset chosen, which the typed filters override filter by filter.
 */
public record DialogRequest(LocalDate asOf, LevelChoice level, Selection filters,
        Optional<String> preset) {

    /** Returns the request the dialog starts with: every client, levels chosen automatically. */
    public static DialogRequest first(LocalDate asOf) {
        return new DialogRequest(asOf, LevelChoice.AUTO, Selection.ALL, Optional.empty());
    }

    /**
     * Returns the core's options for this request, with the Settings sheet's choice of listing
     * invoices not yet due, the default templates lookup and outputs.
     *
     * @param workbook the document's file, or its title when it was never saved
     * @param folder   where the letters go; empty for {@code Relances/<as-of>} next to the document
     */
    public RunOptions toRunOptions(Path workbook, Optional<Path> folder) {
        return new RunOptions(workbook, asOf, Optional.of(level.mode()), folder, filters, preset,
                level.level(), Optional.empty());
    }

    public DialogRequest withAsOf(LocalDate newAsOf) {
        return new DialogRequest(newAsOf, level, filters, preset);
    }

    public DialogRequest withLevel(LevelChoice newLevel) {
        return new DialogRequest(asOf, newLevel, filters, preset);
    }

    public DialogRequest withFilters(Selection newFilters) {
        return new DialogRequest(asOf, level, newFilters, preset);
    }

    public DialogRequest withPreset(Optional<String> newPreset) {
        return new DialogRequest(asOf, level, filters, newPreset);
    }
}
