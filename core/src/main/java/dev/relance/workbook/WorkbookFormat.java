package dev.relance.workbook;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats Relance reads and writes. */
public enum WorkbookFormat {
    /** Office Open XML workbook, {@code .xlsx} or macro-enabled {@code .xlsm}. */
    XLSX,
    /** OpenDocument spreadsheet, {@code .ods}. */
    ODS;

    /** Finds the format from a file name's extension. */
    public static Optional<WorkbookFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return Optional.of(XLSX);
        }
        if (name.endsWith(".ods")) {
            return Optional.of(ODS);
        }
        return Optional.empty();
    }
}
