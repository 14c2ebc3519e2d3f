package dev.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.workbook.Workbooks;

/** Where a run writes: in place, into a copy, with a backup, not at all; and when it refuses to. */
class WriteBackOptionsTest {

    @TempDir
    Path folder;

    @Test
    void outputGetsTheRunAndTheWorkbookStaysAsItWas() throws IOException {
        Path workbook = sample("exemple-relances.xlsx");
        byte[] before = Files.readAllBytes(workbook);
        Path copy = folder.resolve("copies").resolve("relances-decembre.xlsx");
        Files.createDirectories(copy.getParent());

        CliRun run = run(workbook, "--output", copy.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
        assertThat(Workbooks.read(copy).findSheet("Relances").orElseThrow().rows()).hasSize(1 + 7 + 11);
        assertThat(run.out()).contains("Recorded run 2026-12-04 in " + copy);
    }

    @Test
    void backupKeepsTheVersionTheRunReplaced() throws IOException {
        Path workbook = sample("exemple-relances.ods");
        byte[] before = Files.readAllBytes(workbook);

        CliRun run = run(workbook, "--backup");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readAllBytes(folder.resolve("exemple-relances.ods.bak"))).isEqualTo(before);
        assertThat(Files.readAllBytes(workbook)).isNotEqualTo(before);
    }

    @Test
    void inPlaceAndOutputTogetherAreAUsageError() throws IOException {
        Path workbook = sample("exemple-relances.xlsx");

        CliRun run = run(workbook, "--in-place", "--output", folder.resolve("copie.xlsx").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--in-place and --output exclude each other");
    }

    @Test
    void outputOfAnotherKindIsRefused() throws IOException {
        Path workbook = sample("exemple-relances.xlsx");

        CliRun run = run(workbook, "--output", folder.resolve("copie.xlsm").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("relance: copie.xlsm: the output must end in .xlsx like"
                + " exemple-relances.xlsx\n");
        assertThat(folder.resolve("copie.xlsm")).doesNotExist();
    }

    @Test
    void dryRunWritesNothingAtAll() throws IOException {
        Path workbook = sample("exemple-relances.xlsx");
        byte[] before = Files.readAllBytes(workbook);

        CliRun run = run(workbook, "--dry-run", "--backup", "--output", folder.resolve("copie.xlsx").toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
        assertThat(fileNames()).containsExactly("exemple-relances.xlsx");
    }

    @Test
    void workbookOpenInLibreOfficeIsRefusedNamingWhoHasIt() throws IOException {
        Path workbook = sample("exemple-relances.ods");
        Files.writeString(folder.resolve(".~lock.exemple-relances.ods#"),
                "CM,Claire Martin,compta-pc,04.12.2026 09:12,file:///home/claire/.config/libreoffice/4;",
                StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(workbook);

        CliRun run = run(workbook);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("relance: exemple-relances.ods: the workbook is open by Claire Martin"
                + " on compta-pc (lock file .~lock.exemple-relances.ods#); close it in Calc or Excel and"
                + " run again, or delete the lock file if no one has it open\n");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
    }

    @Test
    void secondRunOnTheSameWorkbookWaitsThenRefuses() throws IOException {
        Path workbook = sample("exemple-relances.xlsx");
        byte[] before = Files.readAllBytes(workbook);
        Path lockFile = folder.resolve(".exemple-relances.xlsx.relance-lock");
        long start = System.nanoTime();

        CliRun run;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock firstRun = channel.lock()) {
            run = run(workbook);
        }

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("relance: exemple-relances.xlsx: another Relance run is working on"
                + " this workbook (lock file .exemple-relances.xlsx.relance-lock); wait for it to finish and"
                + " run again\n");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
    }

    @Test
    void runLeavesNoLockOrTemporaryFileBehind() throws IOException {
        Path workbook = sample("exemple-relances.xlsx");

        CliRun run = run(workbook);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(fileNames()).containsExactly("exemple-relances.xlsx", "letters");
    }

    private CliRun run(Path workbook, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("run", workbook.toString(), "--as-of",
                "2026-12-04", "--out", folder.resolve("letters").toString()));
        args.addAll(List.of(options));
        return CliRun.of(args.toArray(String[]::new));
    }

    private Path sample(String name) throws IOException {
        Path workbook = folder.resolve(name);
        try (InputStream in = DemoCommand.class.getResourceAsStream("samples/" + name)) {
            Files.copy(in, workbook);
        }
        return workbook;
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
