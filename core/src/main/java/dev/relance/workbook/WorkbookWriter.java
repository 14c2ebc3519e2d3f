package dev.relance.workbook;

import java.nio.file.Path;

/**
 * Applies a {@link WorkbookEdit} to a workbook file, keeping every other part of it as it was.
 */
public interface WorkbookWriter {

    /**
     * Writes {@code source} with the edit applied to {@code target}. The two paths differ: the
     * caller moves the target into place once it is complete.
     *
     * @throws dev.relance.RelanceException when the source cannot be read or the target written
     */
    void write(Path source, WorkbookEdit edit, Path target);
}
