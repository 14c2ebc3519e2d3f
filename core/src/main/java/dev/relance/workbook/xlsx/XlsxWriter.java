package dev.relance.workbook.xlsx;

import java.nio.file.Path;

import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookWriter;

/** Placeholder until the real implementation lands. */
public final class XlsxWriter implements WorkbookWriter {

    @Override
    public void write(Path source, WorkbookEdit edit, Path target) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
