package dev.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --timings} on {@code plan} and {@code run}: one line per stage on standard error. */
class TimingsOptionTest {

    private static final String SECONDS = " \\d+\\.\\d{3}";

    @TempDir
    Path folder;

    @Test
    void planPrintsReadingAndPlanning() throws IOException {
        Path workbook = sample();

        CliRun run = CliRun.of("plan", workbook.toString(), "--as-of", "2026-12-04", "--timings");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(timingLines(run)).hasSize(2);
        assertThat(timingLines(run).get(0)).matches("timing reading" + SECONDS);
        assertThat(timingLines(run).get(1)).matches("timing planning" + SECONDS);
    }

    @Test
    void runPrintsStagesAndPerLetter() throws IOException {
        Path workbook = sample();

        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", "2026-12-04", "--timings",
                "--json", "--format", "pdf");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(timingLines(run)).hasSize(5);
        assertThat(timingLines(run).get(0)).matches("timing reading" + SECONDS);
        assertThat(timingLines(run).get(1)).matches("timing planning" + SECONDS);
        assertThat(timingLines(run).get(2)).matches("timing letters" + SECONDS);
        assertThat(timingLines(run).get(3)).matches("timing saving" + SECONDS);
        assertThat(timingLines(run).get(4)).matches("timing per-letter" + SECONDS);
    }

    @Test
    void timingsStayOutOfTheJson() throws IOException {
        Path workbook = sample();

        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", "2026-12-04", "--timings",
                "--json", "--format", "pdf");

        assertThat(run.json().get("letters").size()).isEqualTo(8);
        assertThat(run.out()).doesNotContain("timing");
    }

    @Test
    void dryRunPrintsReadingAndPlanning() throws IOException {
        Path workbook = sample();

        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", "2026-12-04", "--timings",
                "--dry-run");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(timingLines(run)).hasSize(2);
        assertThat(timingLines(run).get(0)).matches("timing reading" + SECONDS);
        assertThat(timingLines(run).get(1)).matches("timing planning" + SECONDS);
    }

    @Test
    void withoutTheOptionNothingIsTimed() throws IOException {
        Path workbook = sample();

        CliRun run = CliRun.of("plan", workbook.toString(), "--as-of", "2026-12-04", "--quiet");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(timingLines(run)).isEmpty();
    }

    private static List<String> timingLines(CliRun run) {
        return run.err().lines().filter(line -> line.startsWith("timing")).toList();
    }

    private Path sample() throws IOException {
        Path target = folder.resolve("exemple-relances.xlsx");
        try (InputStream sample = DemoCommand.class.getResourceAsStream("samples/exemple-relances.xlsx")) {
            Files.copy(sample, target);
        }
        return target;
    }
}
