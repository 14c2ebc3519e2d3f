package dev.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.workbook.Workbooks;

/**
 * {@code relance undo}: a run followed by its undo gives the workbook back. Parts a save rewrites
 * cannot come back byte for byte, since they are written anew (see docs/writeback.md); they are
 * compared by their cells, every other zip entry byte for byte.
 */
class UndoCommandTest {

    @TempDir
    Path folder;

    @Test
    void xlsxRunThenUndoGivesBackEveryCellAndEveryOtherEntry() throws Exception {
        Path workbook = FeatureWorkbook.write(folder.resolve("suivi.xlsx"), false);
        Path before = Files.copy(workbook, folder.resolve("before.xlsx"));

        run(workbook, "2026-12-04");
        CliRun undo = CliRun.of("undo", workbook.toString(), "--out", letters("2026-12-04").toString());

        assertThat(undo.exitCode()).as(undo.toString()).isZero();
        assertThat(Workbooks.read(workbook)).isEqualTo(Workbooks.read(before));
        assertThat(changedEntries(before, workbook)).containsExactlyInAnyOrder(
                "xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml", "xl/tables/table1.xml",
                "xl/workbook.xml");
        assertThat(ZipEntries.text(workbook, "xl/tables/table1.xml")).contains("ref=\"A1:J2\"");
    }

    @Test
    void odsUndoOfLastMonthsRunGivesBackTheWorkbookAsItWas() throws Exception {
        Path workbook = sample("exemple-relances.ods");
        run(workbook, "2026-12-04");
        Path before = Files.copy(workbook, folder.resolve("before.ods"));

        run(workbook, "2027-01-04");
        CliRun undo = CliRun.of("undo", workbook.toString(), "--out", letters("2027-01-04").toString());

        assertThat(undo.exitCode()).as(undo.toString()).isZero();
        assertThat(Workbooks.read(workbook)).isEqualTo(Workbooks.read(before));
        // The undone run's rows stay in content.xml as empty rows; meta.xml carries the time of the
        // last save, to the second, so it differs unless both saves fell in the same second.
        assertThat(changedEntries(before, workbook)).contains("content.xml").isSubsetOf("content.xml", "meta.xml");
    }

    @Test
    void xlsxUndoOfLastMonthsRunGivesBackTheWorkbookAsItWas() throws Exception {
        Path workbook = sample("exemple-relances.xlsx");
        run(workbook, "2026-12-04");
        Path before = Files.copy(workbook, folder.resolve("before.xlsx"));

        run(workbook, "2027-01-04");
        CliRun undo = CliRun.of("undo", workbook.toString(), "--out", letters("2027-01-04").toString());

        assertThat(undo.exitCode()).as(undo.toString()).isZero();
        assertThat(Workbooks.read(workbook)).isEqualTo(Workbooks.read(before));
        // The Clients part, written by the first run, comes back byte for byte; the history part
        // keeps the emptied rows of the undone run as empty row elements.
        assertThat(changedEntries(before, workbook)).containsExactly("xl/worksheets/sheet3.xml");
    }

    @Test
    void undoMovesTheLettersToCancelledAndReportsWhatItDid() throws Exception {
        Path workbook = FeatureWorkbook.write(folder.resolve("suivi.xlsx"), false);
        run(workbook, "2026-12-04");

        CliRun undo = CliRun.of("undo", workbook.toString(), "--out", letters("2026-12-04").toString());

        assertThat(undo.exitCode()).as(undo.toString()).isZero();
        assertThat(fileNames(letters("2026-12-04"))).containsExactly("cancelled");
        // C001 has an e-mail address, so its letter has a draft beside it; the combined PDF and
        // the run summary list the undone letters, so they go too.
        assertThat(fileNames(letters("2026-12-04").resolve("cancelled"))).containsExactly(
                "2026-12-04_C001_EUR_level-2.eml", "2026-12-04_C001_EUR_level-2.pdf",
                "2026-12-04_C002_EUR_level-1.pdf", "2026-12-04_all-letters.pdf", "run-summary.csv");
        assertThat(undo.out()).contains("Undid run 2026-12-04 of 2026-12-04 in " + workbook)
                .contains("3 history row(s) removed")
                .contains("last reminder and level restored for C001, C002")
                .contains("5 file(s) of its letters moved into " + letters("2026-12-04").resolve("cancelled"));
    }

    @Test
    void undoFindsLettersInTheDefaultFolderNextToTheWorkbook() throws Exception {
        Path workbook = FeatureWorkbook.write(folder.resolve("suivi.xlsx"), false);
        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", "2026-12-04");
        assertThat(run.exitCode()).as(run.toString()).isZero();

        CliRun undo = CliRun.of("undo", workbook.toString());

        assertThat(undo.exitCode()).as(undo.toString()).isZero();
        assertThat(fileNames(folder.resolve("Relances").resolve("2026-12-04").resolve("cancelled")))
                .hasSize(5);
    }

    @Test
    void undoingTwiceDoesNothingTheSecondTime() throws Exception {
        Path workbook = sample("exemple-relances.xlsx");
        run(workbook, "2026-12-04");
        run(workbook, "2027-01-04");
        CliRun first = CliRun.of("undo", workbook.toString(), "--out", letters("2027-01-04").toString());
        byte[] afterFirst = Files.readAllBytes(workbook);

        CliRun second = CliRun.of("undo", workbook.toString());

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).isEqualTo("Nothing to undo: run 2027-01-04 was already undone; to undo run"
                + " 2026-12-04 too, pass --run 2026-12-04.\n");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(afterFirst);
    }

    @Test
    void undoingTheSameRunByIdTwiceDoesNothingTheSecondTime() throws Exception {
        Path workbook = sample("exemple-relances.xlsx");
        run(workbook, "2026-12-04");
        CliRun.of("undo", workbook.toString(), "--run", "2026-12-04");

        CliRun second = CliRun.of("undo", workbook.toString(), "--run", "2026-12-04");

        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).isEqualTo("Nothing to undo: run 2026-12-04 was already undone; nothing to do.\n");
    }

    @Test
    void earlierRunCanBeUndoneByIdAfterTheLastOne() throws Exception {
        Path workbook = sample("exemple-relances.xlsx");
        Path original = Files.copy(workbook, folder.resolve("original.xlsx"));
        run(workbook, "2026-12-04");
        run(workbook, "2027-01-04");
        CliRun.of("undo", workbook.toString());

        CliRun second = CliRun.of("undo", workbook.toString(), "--run", "2026-12-04");

        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(Workbooks.read(workbook).findSheet("Relances").orElseThrow().rows().subList(1, 8))
                .isEqualTo(Workbooks.read(original).findSheet("Relances").orElseThrow().rows().subList(1, 8));
        assertThat(Workbooks.read(workbook).findSheet("Relances").orElseThrow().rows()).hasSize(8);
        assertThat(Workbooks.read(workbook).findSheet("Factures"))
                .isEqualTo(Workbooks.read(original).findSheet("Factures"));
    }

    @Test
    void undoingAnOlderRunWhileANewerOneExistsIsRefused() throws Exception {
        Path workbook = sample("exemple-relances.xlsx");
        run(workbook, "2026-12-04");
        run(workbook, "2027-01-04");
        byte[] before = Files.readAllBytes(workbook);

        CliRun undo = CliRun.of("undo", workbook.toString(), "--run", "2026-12-04");

        assertThat(undo.exitCode()).isEqualTo(1);
        assertThat(undo.err()).isEqualTo("relance: exemple-relances.xlsx: run 2026-12-04 cannot be undone"
                + " while run 2027-01-04, recorded after it, is in the history; undo 2027-01-04 first\n");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
    }

    @Test
    void unknownRunIsAnError() throws Exception {
        Path workbook = sample("exemple-relances.xlsx");
        run(workbook, "2026-12-04");

        CliRun undo = CliRun.of("undo", workbook.toString(), "--run", "2025-01-01");

        assertThat(undo.exitCode()).isEqualTo(1);
        assertThat(undo.err()).isEqualTo("relance: exemple-relances.xlsx: no run 2025-01-01 in the history;"
                + " the last run is 2026-12-04\n");
    }

    @Test
    void dryRunReportsAndChangesNothing() throws Exception {
        Path workbook = FeatureWorkbook.write(folder.resolve("suivi.xlsx"), false);
        run(workbook, "2026-12-04");
        byte[] before = Files.readAllBytes(workbook);

        CliRun undo = CliRun.of("undo", workbook.toString(), "--dry-run", "--out",
                letters("2026-12-04").toString());

        assertThat(undo.exitCode()).as(undo.toString()).isZero();
        assertThat(undo.out()).contains("Would undo run 2026-12-04").contains("5 file(s) of its letters to move into")
                .endsWith("Dry run: nothing was changed.\n");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
        assertThat(fileNames(letters("2026-12-04"))).hasSize(5).doesNotContain("cancelled");
    }

    private void run(Path workbook, String asOf) {
        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", asOf, "--out", letters(asOf).toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    private Path letters(String asOf) {
        return folder.resolve("letters").resolve(asOf);
    }

    private Path sample(String name) throws IOException {
        Path workbook = folder.resolve(name);
        try (InputStream in = DemoCommand.class.getResourceAsStream("samples/" + name)) {
            Files.copy(in, workbook);
        }
        return workbook;
    }

    private static List<String> changedEntries(Path before, Path after) throws IOException {
        Map<String, byte[]> old = ZipEntries.raw(before);
        Map<String, byte[]> now = ZipEntries.raw(after);
        assertThat(now.keySet()).containsExactlyElementsOf(old.keySet());
        List<String> changed = new ArrayList<>();
        old.forEach((name, bytes) -> {
            if (!Arrays.equals(bytes, now.get(name))) {
                changed.add(name);
            }
        });
        return changed;
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
