package dev.relance.workbook;

/**
 * Receives the rows of one sheet as a streaming read finds them: the non-blank rows, in the
 * order the file stores them (ascending in files saved by Excel and LibreOffice), each once.
 */
public interface RowSink {

    /** Receives the next non-blank row. */
    void row(Row row);

    /**
     * Discards the rows received so far, because every row of the sheet follows again. An XLSX
     * sheet stores its merged ranges after its cells, so a sheet whose merged ranges cover cells
     * is read a second time with the covered cells filled.
     */
    void restart();

    /**
     * Returns whether the sink wants no more rows of this sheet. A reader may then skip the rest
     * of the sheet without building its cells, or go on handing rows, which the sink ignores.
     */
    default boolean isDone() {
        return false;
    }

    /** Marks the end of the sheet. */
    default void end() {
    }
}
