package dev.relance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.letters.LetterRenderer;

class LetterOutputsTest {

    private static final int LETTERS = 12;
    private static final LetterRenderer RENDERER = new LetterRenderer();

    /** The same plan's letters written once on one thread and once on four. */
    @TempDir
    static Path written;
    private static Path sequentialFolder;
    private static Path parallelFolder;
    private static LetterOutputs.Written sequential;
    private static LetterOutputs.Written parallel;

    @TempDir
    Path folder;

    @BeforeAll
    static void writeOnOneThreadAndOnFour() throws IOException {
        sequentialFolder = written.resolve("one-thread");
        parallelFolder = written.resolve("four-threads");
        sequential = write(sequentialFolder, 1);
        parallel = write(parallelFolder, 4);
    }

    @Test
    void parallelLettersComeInPlanOrder() {
        assertThat(fileNames(parallel.letters())).containsExactly(
                "2026-12-04_C01_EUR_level-1.pdf", "2026-12-04_C02_EUR_level-1.pdf",
                "2026-12-04_C03_EUR_level-1.pdf", "2026-12-04_C04_EUR_level-1.pdf",
                "2026-12-04_C05_EUR_level-1.pdf", "2026-12-04_C06_EUR_level-1.pdf",
                "2026-12-04_C07_EUR_level-1.pdf", "2026-12-04_C08_EUR_level-1.pdf",
                "2026-12-04_C09_EUR_level-1.pdf", "2026-12-04_C10_EUR_level-1.pdf",
                "2026-12-04_C11_EUR_level-1.pdf", "2026-12-04_C12_EUR_level-1.pdf");
        assertThat(fileNames(parallel.otherFiles())).isEqualTo(fileNames(sequential.otherFiles()));
    }

    @Test
    void parallelWarningsComeInPlanOrder() {
        assertThat(parallel.warnings()).containsExactly(
                "client C05: \"compta5 at example\" is not an e-mail address: Local address contains"
                        + " control or whitespace; no e-mail draft written",
                "client C10: \"compta10 at example\" is not an e-mail address: Local address"
                        + " contains control or whitespace; no e-mail draft written");
        assertThat(parallel.warnings()).isEqualTo(sequential.warnings());
    }

    @Test
    void parallelRunWritesTheSameFiles() throws IOException {
        assertThat(listFolder(parallelFolder)).hasSize(33).isEqualTo(listFolder(sequentialFolder));
        assertThat(parallelFolder.resolve("run-summary.csv"))
                .hasSameBinaryContentAs(sequentialFolder.resolve("run-summary.csv"));
        assertThat(pageTexts(parallelFolder.resolve("2026-12-04_all-letters.pdf")))
                .hasSize(LETTERS)
                .isEqualTo(pageTexts(sequentialFolder.resolve("2026-12-04_all-letters.pdf")));
    }

    @Test
    void parallelLetterFilesHaveTheSequentialContent() throws IOException {
        for (String name : listFolder(sequentialFolder)) {
            Path expected = sequentialFolder.resolve(name);
            Path actual = parallelFolder.resolve(name);
            if (name.endsWith(".html")) {
                assertThat(actual).as(name).hasSameBinaryContentAs(expected);
            } else if (name.endsWith(".pdf")) {
                // A PDF contains its creation time, so two renders differ in bytes, not in text.
                assertThat(pageTexts(actual)).as(name).isEqualTo(pageTexts(expected));
            }
        }
    }

    @Test
    void everySavedLetterAdvancesTheProgressOnce() {
        List<String> reports = new ArrayList<>();
        Progress recording = new RecordingProgress(reports);

        new LetterOutputs(RENDERER, options(folder, folder), recording, 4)
                .write(planned(folder), folder);

        assertThat(reports).containsExactly("advanced LETTERS 1", "advanced LETTERS 2",
                "advanced LETTERS 3", "advanced LETTERS 4", "advanced LETTERS 5",
                "advanced LETTERS 6", "advanced LETTERS 7", "advanced LETTERS 8",
                "advanced LETTERS 9", "advanced LETTERS 10", "advanced LETTERS 11",
                "advanced LETTERS 12");
    }

    private static LetterOutputs.Written write(Path letters, int threads) throws IOException {
        Files.createDirectories(letters);
        return new LetterOutputs(RENDERER, options(written, letters), Progress.NONE, threads)
                .write(planned(written), letters);
    }

    private static PlannedRun planned(Path workbookFolder) {
        return new ReminderJob(RENDERER).plan(ManyClients.workbook(LETTERS),
                options(workbookFolder, workbookFolder));
    }

    private static RunOptions options(Path workbookFolder, Path letters) {
        return new RunOptions(workbookFolder.resolve("factures.xlsx"), ManyClients.AS_OF,
                Optional.empty(), Optional.of(letters), Optional.empty(),
                Set.of(OutputFormat.PDF, OutputFormat.EML, OutputFormat.HTML), false);
    }

    private static List<String> fileNames(List<Path> files) {
        return files.stream().map(file -> file.getFileName().toString()).toList();
    }

    private static List<String> listFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> pageTexts(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
