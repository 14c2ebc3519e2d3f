package dev.relance.workbook;

import java.nio.file.Path;

/** Reads a workbook file into the cell view, whole or as streams of rows. */
public interface WorkbookReader {

    /**
     * Reads every sheet of the file.
     *
     * @throws dev.relance.RelanceException when the file is not a readable workbook of this format
     */
    Workbook read(Path file);

    /**
     * Streams the sheets the selector chooses; the others are skipped without building their
     * cells. The bytes read are bounded by {@link ReadLimits#MAX_STREAMED_BYTES}, and the cells a
     * {@link SheetCollector} keeps by {@link ReadLimits#MAX_CELLS}.
     *
     * @throws dev.relance.RelanceException when the file is not a readable workbook of this format
     */
    void stream(Path file, SheetSelector selector);
}
