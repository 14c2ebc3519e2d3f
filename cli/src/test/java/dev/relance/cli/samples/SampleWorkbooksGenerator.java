package dev.relance.cli.samples;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Regenerates the shipped XLSX samples into the folder named by {@code -Drelance.samples=DIR}. */
@EnabledIfSystemProperty(named = "relance.samples", matches = ".+")
class SampleWorkbooksGenerator {

    @Test
    void generate() throws Exception {
        Path directory = Path.of(System.getProperty("relance.samples"));

        SampleWorkbooks.writeFrench(directory.resolve("exemple-relances.xlsx"));
        SampleWorkbooks.writeEnglish(directory.resolve("sample-reminders.xlsx"));
        SampleWorkbooks.writeEmpty(directory.resolve("empty-fr.xlsx"), true);
        SampleWorkbooks.writeEmpty(directory.resolve("empty-en.xlsx"), false);
    }
}
