package dev.relance.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.relance.job.RunResult;
import dev.relance.plan.Plan;

class ReminderCommandTest {

    @Test
    void combinedPdfIsFoundAmongTheOtherFiles() {
        RunResult result = new RunResult(mock(Plan.class), "run-1", List.of(Path.of("/out/C001.pdf")), 1,
                List.of(Path.of("/out/C001.eml"), Path.of("/out/2026-12-04_all-letters.pdf"),
                        Path.of("/out/run-summary.csv")), List.of());

        Optional<Path> pdf = ReminderCommand.combinedPdf(result);

        assertThat(pdf).contains(Path.of("/out/2026-12-04_all-letters.pdf"));
    }

    @Test
    void noCombinedPdfWhenTheRunWroteNone() {
        RunResult result = new RunResult(mock(Plan.class), "run-1", List.of(), 0, List.of(), List.of());

        Optional<Path> pdf = ReminderCommand.combinedPdf(result);

        assertThat(pdf).isEmpty();
    }
}
