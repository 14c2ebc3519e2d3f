package dev.relance.workbook;

import java.nio.file.Path;

/** Reads a workbook file into the cell view. */
public interface WorkbookReader {

    /**
     * Reads every sheet of the file.
     *
     * @throws dev.relance.RelanceException when the file is not a readable workbook of this format
     */
    Workbook read(Path file);
}
