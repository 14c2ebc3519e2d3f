package dev.relance.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import dev.relance.ledger.LevelMode;
import dev.relance.selection.Selection;

/**
 * What the user chose for one plan or run. Options left empty fall back to the workbook's
 * Settings sheet, then to the contract's defaults.
 *
 * @param workbook  the workbook file
 * @param asOf      the as-of date (front ends pass today when the user gave none)
 * @param mode      the level mode, overriding the Settings sheet
 * @param lettersDirectory where letters go; empty means {@code Relances/<as-of>} next to the workbook
 * @param selection the filters given by the user, over the preset's when one is named
 * @param preset    the name of a filter preset of the Settings sheet
 * @param level     the forced level of every letter (forced mode), from 1 to the maximum level
 * @param listNotYetDue whether letters list the invoices not yet due, overriding the Settings
 *                  sheet
 */
public record RunOptions(Path workbook, LocalDate asOf, Optional<LevelMode> mode,
        Optional<Path> lettersDirectory, Selection selection, Optional<String> preset,
        Optional<Integer> level, Optional<Boolean> listNotYetDue) {

    /** Options for every client, levels chosen by the mode. */
    public RunOptions(Path workbook, LocalDate asOf, Optional<LevelMode> mode,
            Optional<Path> lettersDirectory) {
        this(workbook, asOf, mode, lettersDirectory, Selection.ALL, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** Returns the folder the letters of this run are written to. */
    public Path resolveLettersDirectory() {
        return lettersDirectory.orElseGet(() -> workbook.toAbsolutePath().getParent()
                .resolve("Relances").resolve(asOf.toString()));
    }
}
