package dev.relance.workbook;

import java.nio.file.Path;

import dev.relance.RelanceException;
import dev.relance.workbook.ods.OdsReader;
import dev.relance.workbook.ods.OdsWriter;
import dev.relance.workbook.xlsx.XlsxReader;
import dev.relance.workbook.xlsx.XlsxWriter;

/** Picks the reader and writer for a workbook file by its extension. */
public final class Workbooks {

    private Workbooks() {
    }

    /** Returns the file's format, or fails with a message listing the accepted extensions. */
    public static WorkbookFormat requireFormat(Path file) {
        return WorkbookFormat.of(file).orElseThrow(() -> new RelanceException(
                "unsupported file type; expected a workbook ending in .xlsx, .xlsm or .ods", file,
                null, null, null, null));
    }

    /** Reads the workbook file. */
    public static Workbook read(Path file) {
        return readerFor(requireFormat(file)).read(file);
    }

    /** Writes {@code source} with the edit applied to {@code target}. */
    public static void write(Path source, WorkbookEdit edit, Path target) {
        writerFor(requireFormat(source)).write(source, edit, target);
    }

    public static WorkbookReader readerFor(WorkbookFormat format) {
        return switch (format) {
            case XLSX -> new XlsxReader();
            case ODS -> new OdsReader();
        };
    }

    public static WorkbookWriter writerFor(WorkbookFormat format) {
        return switch (format) {
            case XLSX -> new XlsxWriter();
            case ODS -> new OdsWriter();
        };
    }
}
