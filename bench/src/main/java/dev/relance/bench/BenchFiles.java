package dev.relance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a benchmark workbook in a folder, generating the three files of its size when missing. */
final class BenchFiles {

    private BenchFiles() {
    }

    /**
     * Returns {@code directory/invoices-N<suffix>}, e.g. suffix {@code .ods} or {@code -shared.xlsx},
     * after generating the files of size N with the default seed if that one is missing.
     */
    static Path require(Path directory, int invoices, String suffix) throws IOException {
        Path file = directory.resolve("invoices-" + invoices + suffix);
        if (!Files.exists(file)) {
            BenchWorkbooks.main(new String[] {"generate", Integer.toString(invoices), "--out", directory.toString()});
        }
        return file;
    }
}
