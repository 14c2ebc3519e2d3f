package dev.relance.workbook.ods;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.relance.workbook.FuzzOutcomes;
import dev.relance.workbook.hostile.HostileFiles;

/**
 * Any file named {@code .ods} gives a workbook or our own error. An input that starts as a zip
 * is the whole file; any other input is the content.xml of a package, so that the fuzzer works
 * on the XML rather than on checksums.
 */
class OdsReaderFuzzTest {

    private static final Path FILE = temporaryFile();

    @FuzzTest
    void readsAnyFile(byte[] input) throws IOException {
        if (input.length >= 2 && input[0] == 'P' && input[1] == 'K') {
            Files.write(FILE, input);
        } else {
            HostileFiles.ods(FILE, out -> out.write(new String(input, java.nio.charset.StandardCharsets.UTF_8)));
        }

        FuzzOutcomes.requireResultOrOwnError(() -> new OdsReader().read(FILE));
    }

    private static Path temporaryFile() {
        try {
            Path file = Files.createTempFile("fuzz", ".ods");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
