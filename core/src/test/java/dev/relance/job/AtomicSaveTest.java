package dev.relance.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Assumptions;
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

    @Test
    void keepsReplacedVersionAsBackup() throws IOException {
        Path file = Files.writeString(folder.resolve("factures.xlsx"), "old");

        AtomicSave.save(file, target -> write(target, "new"), true, file);

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(Files.readString(folder.resolve("factures.xlsx.bak"))).isEqualTo("old");
        assertThat(folder).isDirectoryNotContaining("glob:**.relance-tmp");
    }

    @Test
    void backupOfNewFileIsNotMade() throws IOException {
        Path source = Files.writeString(folder.resolve("factures.xlsx"), "old");
        Path copy = folder.resolve("copie.xlsx");

        AtomicSave.save(copy, target -> write(target, "new"), true, source);

        assertThat(Files.readString(copy)).isEqualTo("new");
        assertThat(folder.resolve("copie.xlsx.bak")).doesNotExist();
    }

    @Test
    void replacedFileKeepsItsPermissions() throws IOException {
        Path file = Files.writeString(folder.resolve("factures.xlsx"), "old");
        Assumptions.assumeTrue(Files.getFileAttributeView(file, PosixFileAttributeView.class) != null,
                "the file system has no POSIX permissions");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        AtomicSave.save(file, target -> write(target, "new"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
    }

    @Test
    void savesThroughSymbolicLinkAndKeepsLink() throws IOException {
        Path real = Files.writeString(Files.createDirectories(folder.resolve("real")).resolve("wb.xlsx"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("link.xlsx"), real);

        AtomicSave.save(link, target -> write(target, "new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void newFileTakesFolderPermissionsWithoutExecute() throws IOException {
        Path letters = Files.createDirectories(folder.resolve("letters"));
        Files.setPosixFilePermissions(letters, PosixFilePermissions.fromString("rwxr-x---"));

        AtomicSave.save(letters.resolve("letter.pdf"), target -> write(target, "pdf"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(letters.resolve("letter.pdf"))))
                .isEqualTo("rw-r-----");
    }

    private static void write(Path target, String content) {
        try {
            Files.writeString(target, content);
        } catch (IOException e) {
            throw new RelanceException("cannot write", e);
        }
    }
}
