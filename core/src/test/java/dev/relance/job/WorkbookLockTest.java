package dev.relance.job;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.RelanceException;

class WorkbookLockTest {

    @TempDir
    Path folder;

    @Test
    void acceptsWorkbookWithoutLockFile() {
        assertThatCode(() -> WorkbookLock.requireNotOpen(folder.resolve("factures.xlsx"))).doesNotThrowAnyException();
    }

    @Test
    void namesLibreOfficeUserAndMachine() throws IOException {
        Files.writeString(folder.resolve(".~lock.factures.ods#"), "CM,Claire Martin,compta-pc,04.12.2026 09:12,x;");

        assertThatThrownBy(() -> WorkbookLock.requireNotOpen(folder.resolve("factures.ods")))
                .isInstanceOf(RelanceException.class)
                .hasMessageContaining("open by Claire Martin on compta-pc")
                .hasMessageContaining(".~lock.factures.ods#");
    }

    @Test
    void namesExcelUser() throws IOException {
        byte[] lock = new byte[165];
        byte[] user = "jdupont".getBytes(StandardCharsets.ISO_8859_1);
        lock[0] = (byte) user.length;
        System.arraycopy(user, 0, lock, 1, user.length);
        Files.write(folder.resolve("~$factures.xlsx"), lock);

        assertThatThrownBy(() -> WorkbookLock.requireNotOpen(folder.resolve("factures.xlsx")))
                .hasMessageContaining("open by jdupont");
    }
}
