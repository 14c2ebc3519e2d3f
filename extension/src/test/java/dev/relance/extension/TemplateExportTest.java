package dev.relance.extension;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.letters.DefaultTemplates;

class TemplateExportTest {

    @TempDir
    Path folder;

    @Test
    void copiesTemplatesStylesheetAndFonts() {
        int copied = TemplateExport.copyTo(folder);

        assertThat(copied).isEqualTo(DefaultTemplates.files().size());
        assertThat(folder.resolve("letter-fr-1.vm")).isRegularFile();
        assertThat(folder.resolve("email-fr-1.vm")).isRegularFile();
        assertThat(folder.resolve("letter.css")).isRegularFile();
        assertThat(folder.resolve("fonts").resolve("DejaVuSans.ttf")).isRegularFile();
    }
}
