package dev.relance.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the user chose for an undo.
 *
 * @param workbook         the workbook file
 * @param runId            the run to undo, which must be the last one; empty for the last one
 * @param lettersDirectory where the run's letters are; empty means {@code Relances/<run date>}
 *                         next to the workbook, where a run writes them by default
 * @param backup           whether to keep the version replaced as {@code NAME.bak}
 * @param dryRun           whether to report what would be done without doing it
 */
public record UndoOptions(Path workbook, Optional<String> runId, Optional<Path> lettersDirectory,
        boolean backup, boolean dryRun) {

    /** Returns the folder the letters of a run dated {@code runDate} are looked for in. */
    public Path resolveLettersDirectory(LocalDate runDate) {
        return lettersDirectory.orElseGet(() -> workbook.toAbsolutePath().getParent()
                .resolve("Relances").resolve(runDate.toString()));
    }
}
