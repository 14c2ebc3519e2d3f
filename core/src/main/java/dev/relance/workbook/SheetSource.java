package dev.relance.workbook;

/**
 * A workbook whose sheets can be streamed, as often as a reader needs: a file, read again on each
 * call, or a workbook already in memory.
 */
public interface SheetSource {

    /**
     * Streams the sheets the selector chooses to the sinks it returns.
     *
     * @throws dev.relance.RelanceException when the workbook cannot be read
     */
    void stream(SheetSelector selector);
}
