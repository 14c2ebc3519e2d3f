package dev.relance.workbook.xlsx;

import java.nio.file.Path;

import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookReader;

/** Placeholder until the real implementation lands. */
public final class XlsxReader implements WorkbookReader {

    @Override
    public Workbook read(Path file) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
