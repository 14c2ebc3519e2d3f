package dev.relance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.workbook.Workbooks;

/**
 * Kills a process at random moments while it saves a large workbook, and checks after each kill
 * that the workbook is either the original, byte for byte, or the complete new version (killed
 * after the rename), both of which open, and that at most one hidden temporary file is left.
 *
 * <p>Runs {@value #DEFAULT_KILLS} kills by default; {@code -Drelance.killTest.count=300} runs more.
 */
class KillDuringSaveTest {

    private static final int DEFAULT_KILLS = 40;
    private static final int INVOICE_ROWS = 80_000;
    private static final int HISTORY_ROWS = 2_000;
    private static final String NAME = "factures.xlsx";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void killedSaveLeavesOriginalOrCompleteNewVersion() throws Exception {
        int kills = Integer.getInteger("relance.killTest.count", DEFAULT_KILLS);
        long seed = Long.getLong("relance.killTest.seed", System.nanoTime());
        Path workbook = largeWorkbook(dir.resolve("kills").resolve(NAME));
        byte[] original = Files.readAllBytes(workbook);
        Path calibration = Files.copy(workbook, Files.createDirectories(dir.resolve("full")).resolve(NAME));
        long saveMillis = runToCompletion(calibration);
        byte[] saved = Files.readAllBytes(calibration);
        // Both versions open; after a kill, being byte for byte one of them proves the file opens.
        assertThat(Workbooks.read(workbook).sheets()).hasSize(3);
        assertThat(Workbooks.read(calibration).findSheet("Relances").orElseThrow().rows())
                .hasSize(HISTORY_ROWS + 1 + 20);
        Random random = new Random(seed);

        int killedBefore = 0;
        for (int kill = 0; kill < kills; kill++) {
            // Up to half again the calibrated save time, since a loaded machine saves more slowly.
            killWhileSaving(workbook, random.nextInt((int) (saveMillis * 3 / 2) + 1));

            byte[] now = Files.readAllBytes(workbook);
            boolean unchanged = Arrays.equals(now, original);
            assertThat(unchanged || Arrays.equals(now, saved))
                    .as("kill %d (seed %d): the workbook is neither the original nor the saved version", kill, seed)
                    .isTrue();
            assertAtMostOneHiddenTemporary(workbook.getParent());
            killedBefore += unchanged ? 1 : 0;
            Files.write(workbook, original);
        }

        System.out.printf("kill test: %d kills (seed %d, %d bytes, save %d ms): %d before the rename,"
                + " %d after%n", kills, seed, original.length, saveMillis, killedBefore, kills - killedBefore);
        assertThat(original.length).isGreaterThan(2_000_000);
        assertThat(killedBefore).isPositive();
    }

    private void killWhileSaving(Path workbook, int delayMillis) throws Exception {
        Process child = startChild(workbook);
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("SAVING");
            Thread.sleep(delayMillis);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child process ended").isTrue();
        }
    }

    /** Saves in a child process left to finish, and returns how long the save took. */
    private long runToCompletion(Path workbook) throws Exception {
        Process child = startChild(workbook);
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> lines = out.lines().toList();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(lines).hasSize(2).first().isEqualTo("SAVING");
            return Long.parseLong(lines.get(1).substring("SAVED ".length()));
        }
    }

    private Process startChild(Path workbook) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The child only saves: the quickest start is worth more to it than a tuned compiler.
        return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), SaveInChildProcess.class.getName(),
                workbook.toString(), Integer.toString(HISTORY_ROWS + 1))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void assertAtMostOneHiddenTemporary(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> others = files.map(file -> file.getFileName().toString())
                    .filter(name -> !name.equals(NAME)).toList();
            assertThat(others).hasSizeLessThanOrEqualTo(1)
                    .allMatch(name -> name.startsWith("." + NAME + ".") && name.endsWith(".relance-tmp"));
            for (String name : others) {
                Files.delete(folder.resolve(name));
            }
        }
    }

    /**
     * Writes a workbook of several megabytes, as a firm's grows: a long Factures sheet, which a
     * save copies as it is, and a history of some thousand rows, which it rewrites.
     */
    private static Path largeWorkbook(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(file)) {
            Sheet clients = workbook.createSheet("Clients");
            clients.createRow(0).createCell(0).setCellValue("Code client");
            clients.getRow(0).createCell(1).setCellValue("Nom");
            Sheet invoices = workbook.createSheet("Factures");
            for (int index = 0; index < INVOICE_ROWS; index++) {
                Row row = invoices.createRow(index);
                row.createCell(0).setCellValue("F-2025-" + index);
                row.createCell(1).setCellValue("C" + index % 900);
                row.createCell(2).setCellValue(45_000 + index % 700);
                row.createCell(3).setCellValue(index * 1.25);
                row.createCell(4).setCellValue("Facture de prestations n° " + index * 7919 % 100_003);
            }
            Sheet history = workbook.createSheet("Relances");
            for (int index = 0; index <= HISTORY_ROWS; index++) {
                Row row = history.createRow(index);
                row.createCell(0).setCellValue(46_000 + index % 400);
                row.createCell(1).setCellValue("2025-" + (index % 12 + 1));
                row.createCell(2).setCellValue("C" + index % 900);
                row.createCell(3).setCellValue("F-2025-" + index);
                row.createCell(4).setCellValue(index % 3 + 1);
            }
            workbook.write(out);
        }
        return file;
    }
}
