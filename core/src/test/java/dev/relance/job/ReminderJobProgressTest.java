package dev.relance.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.RelanceException;

class ReminderJobProgressTest {

    @TempDir
    Path folder;

    @Test
    void runReportsItsStagesInOrder() throws IOException {
        Path workbook = ManyClients.write(folder.resolve("factures.xlsx"), 3);
        List<String> reports = new ArrayList<>();

        new ReminderJob().reportingTo(new RecordingProgress(reports)).run(options(workbook));

        assertThat(reports).containsExactly(
                "started READING 0", "finished READING",
                "started PLANNING 0", "finished PLANNING",
                "started LETTERS 3", "advanced LETTERS 1", "advanced LETTERS 2",
                "advanced LETTERS 3", "finished LETTERS",
                "started SAVING 0", "finished SAVING");
    }

    @Test
    void planReportsReadingAndPlanning() throws IOException {
        Path workbook = ManyClients.write(folder.resolve("factures.xlsx"), 3);
        List<String> reports = new ArrayList<>();

        new ReminderJob().reportingTo(new RecordingProgress(reports)).plan(options(workbook));

        assertThat(reports).containsExactly(
                "started READING 0", "finished READING",
                "started PLANNING 0", "finished PLANNING");
    }

    @Test
    void runWithoutLettersSkipsTheLettersStage() throws IOException {
        Path workbook = ManyClients.write(folder.resolve("factures.xlsx"), 0);
        List<String> reports = new ArrayList<>();

        new ReminderJob().reportingTo(new RecordingProgress(reports)).run(options(workbook));

        assertThat(reports).containsExactly(
                "started READING 0", "finished READING",
                "started PLANNING 0", "finished PLANNING",
                "started SAVING 0", "finished SAVING");
    }

    @Test
    void failedStageIsStillFinished() {
        Path missing = folder.resolve("missing.xlsx");
        List<String> reports = new ArrayList<>();
        ReminderJob job = new ReminderJob().reportingTo(new RecordingProgress(reports));

        assertThatThrownBy(() -> job.plan(options(missing))).isInstanceOf(RelanceException.class);

        assertThat(reports).containsExactly("started READING 0", "finished READING");
    }

    private RunOptions options(Path workbook) {
        return new RunOptions(workbook, ManyClients.AS_OF, Optional.empty(),
                Optional.of(folder.resolve("lettres")));
    }
}
