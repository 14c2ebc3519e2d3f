package dev.relance.workbook.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.relance.workbook.FuzzOutcomes;
import dev.relance.workbook.hostile.HostileFiles;

/**
 * Any file named {@code .xlsx} gives a workbook or our own error. An input that starts as a zip
 * is the whole file; any other input is split at NUL characters into the sheet, shared strings,
 * styles and workbook parts of a package, so that the fuzzer works on the XML rather than on
 * checksums.
 */
class XlsxReaderFuzzTest {

    private static final Path FILE = temporaryFile();

    @FuzzTest
    void readsAnyFile(byte[] input) throws IOException {
        write(input);

        FuzzOutcomes.requireResultOrOwnError(() -> new XlsxReader().read(FILE));
    }

    private static void write(byte[] input) throws IOException {
        if (input.length >= 2 && input[0] == 'P' && input[1] == 'K') {
            Files.write(FILE, input);
            return;
        }
        String[] parts = new String(input, StandardCharsets.UTF_8).split("\u0000", 4);
        HostileFiles.Xlsx xlsx = HostileFiles.xlsx().sheet(HostileFiles.text(parts[0]));
        if (parts.length > 1) {
            xlsx.sharedStrings(HostileFiles.text(parts[1]));
        }
        if (parts.length > 2) {
            xlsx.styles(HostileFiles.text(parts[2]));
        }
        if (parts.length > 3) {
            xlsx.workbook(HostileFiles.text(parts[3]));
        }
        xlsx.writeTo(FILE);
    }

    private static Path temporaryFile() {
        try {
            Path file = Files.createTempFile("fuzz", ".xlsx");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
