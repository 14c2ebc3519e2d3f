package dev.relance.workbook;

import java.util.Optional;

/**
 * Decides, sheet by sheet, what a streaming read does with a workbook: which sheets it reads and
 * where their rows go. A sheet the selector does not select is skipped without building its cells.
 */
public interface SheetSelector {

    /** Receives, before any sheet, the file's format and its date epoch. */
    default void start(WorkbookFormat format, boolean date1904) {
    }

    /**
     * Returns where the rows of a sheet go, or empty to skip the sheet. Called once per sheet, in
     * tab order, before the sheet's rows; a format that lists its sheets up front (XLSX) calls it
     * for every sheet before reading any row.
     *
     * @param position the sheet's 0-based position among the sheets, in tab order
     */
    Optional<RowSink> select(String name, boolean hidden, int position);

    /**
     * Returns whether a selected sheet is better read after the other selected ones, because
     * reading it needs what they hold. A format that stores each sheet in a part of its own
     * (XLSX) honours it; one that stores all sheets in one stream (ODS) reads in tab order.
     */
    default boolean readLast(String name, boolean hidden, int position) {
        return false;
    }
}
