package dev.relance.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.RelanceException;

class RunLockTest {

    @TempDir
    Path folder;

    @Test
    void secondRunWaitsThenRefusesWithMessage() throws IOException {
        Path workbook = Files.createFile(folder.resolve("factures.xlsx"));
        long start = System.nanoTime();

        try (RunLock first = RunLock.acquire(workbook, Duration.ZERO)) {
            assertThatThrownBy(() -> RunLock.acquire(workbook, Duration.ofMillis(600)))
                    .isInstanceOf(RelanceException.class)
                    .hasMessage("another Relance run is working on this workbook (lock file"
                            + " .factures.xlsx.relance-lock); wait for it to finish and run again");
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }

    @Test
    void secondRunProceedsWhenFirstFinishesWithinTheWait() throws Exception {
        Path workbook = Files.createFile(folder.resolve("factures.xlsx"));
        RunLock first = RunLock.acquire(workbook, Duration.ZERO);
        CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(first::close);

        try (RunLock second = RunLock.acquire(workbook, Duration.ofSeconds(5))) {
            assertThat(folder.resolve(".factures.xlsx.relance-lock")).exists();
        }
    }

    @Test
    void lockFileIsRemovedOnRelease() throws IOException {
        Path workbook = Files.createFile(folder.resolve("factures.ods"));

        RunLock.acquire(workbook, Duration.ZERO).close();

        assertThat(folder.resolve(".factures.ods.relance-lock")).doesNotExist();
    }

    @Test
    void missingWorkbookIsReportedBeforeAnyLockFile() {
        Path workbook = folder.resolve("absent").resolve("factures.xlsx");

        assertThatThrownBy(() -> RunLock.acquire(workbook, Duration.ZERO))
                .isInstanceOf(RelanceException.class)
                .hasMessage("cannot read the workbook: the file does not exist");
    }

    @Test
    void lockFileLeftByKilledRunDoesNotBlock() throws IOException {
        Path workbook = Files.createFile(folder.resolve("factures.xlsx"));
        Files.createFile(folder.resolve(".factures.xlsx.relance-lock"));

        try (RunLock lock = RunLock.acquire(workbook, Duration.ZERO)) {
            assertThat(lock).isNotNull();
        }

        assertThat(folder.resolve(".factures.xlsx.relance-lock")).doesNotExist();
    }
}
