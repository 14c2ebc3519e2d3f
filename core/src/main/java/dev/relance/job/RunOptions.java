package dev.relance.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import dev.relance.ledger.LevelMode;

/**
 * What the user chose for one plan or run. Options left empty fall back to the workbook's
 * Settings sheet, then to the contract's defaults.
 *
 * @param workbook  the workbook file
 * @param asOf      the as-of date (front ends pass today when the user gave none)
 * @param mode      the level mode, overriding the Settings sheet
 * @param lettersDirectory where letters go; empty means {@code Relances/<as-of>} next to the workbook
 */
public record RunOptions(Path workbook, LocalDate asOf, Optional<LevelMode> mode,
        Optional<Path> lettersDirectory) {

    /** Returns the folder the letters of this run are written to. */
    public Path resolveLettersDirectory() {
        return lettersDirectory.orElseGet(() -> workbook.toAbsolutePath().getParent()
                .resolve("Relances").resolve(asOf.toString()));
    }
}
