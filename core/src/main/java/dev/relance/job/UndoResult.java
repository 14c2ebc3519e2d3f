package dev.relance.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.relance.record.RunUndo;

/**
 * What an undo did, or would do in a dry run.
 *
 * @param undo           the run undone and what was written back; empty when nothing was done
 * @param nothingDone    why nothing was done, when so (the run was already undone, the history
 *                       is empty)
 * @param lettersMoved   the letter files moved into the {@code cancelled} folder, where they are
 *                       now (in a dry run, the files that would be moved, where they are)
 * @param lettersMissing the run's letters not found in the letters folder
 * @param lettersFolder  the folder the letters were looked for in
 */
public record UndoResult(Optional<RunUndo> undo, Optional<String> nothingDone,
        List<Path> lettersMoved, List<String> lettersMissing, Optional<Path> lettersFolder) {

    public UndoResult {
        lettersMoved = List.copyOf(lettersMoved);
        lettersMissing = List.copyOf(lettersMissing);
    }

    static UndoResult nothing(String reason) {
        return new UndoResult(Optional.empty(), Optional.of(reason), List.of(), List.of(),
                Optional.empty());
    }
}
