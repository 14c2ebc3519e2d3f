package dev.relance.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.RelanceException;

class AtomicSaveTest {

    @TempDir
    Path folder;

    @Test
    void replacesFileWithCompleteContent() throws IOException {
        Path file = Files.writeString(folder.resolve("factures.xlsx"), "old");

        AtomicSave.save(file, target -> write(target, "new"));

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(folder).isDirectoryNotContaining("glob:**.relance-tmp");
    }

    @Test
    void failedWriteLeavesOriginalAndNoTemporary() throws IOException {
        Path file = Files.writeString(folder.resolve("factures.xlsx"), "old");

        assertThatThrownBy(() -> AtomicSave.save(file, target -> {
            write(target, "half");
            throw new RelanceException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(folder).isDirectoryNotContaining("glob:**.relance-tmp");
    }

    private static void write(Path target, String content) {
        try {
            Files.writeString(target, content);
        } catch (IOException e) {
            throw new RelanceException("cannot write", e);
        }
    }
}
