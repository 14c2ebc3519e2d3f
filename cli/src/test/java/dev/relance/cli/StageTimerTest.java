package dev.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.relance.job.Progress.Stage;

class StageTimerTest {

    private final AtomicLong now = new AtomicLong();
    private final StageTimer timer = new StageTimer(now::get);

    @Test
    void printsEachStageWithThreeDecimals() {
        run(Stage.READING, 412_345_678L);
        run(Stage.PLANNING, 1_000_000L);

        assertThat(printed()).isEqualTo("timing reading 0.412\ntiming planning 0.001\n");
    }

    @Test
    void printsTheTimePerLetterAfterTheStages() {
        run(Stage.READING, 250_000_000L);
        timer.started(Stage.LETTERS, 4);
        for (int letter = 1; letter <= 4; letter++) {
            now.addAndGet(750_000_000L);
            timer.advanced(Stage.LETTERS, letter);
        }
        timer.finished(Stage.LETTERS);
        run(Stage.SAVING, 2_000_000_000L);

        assertThat(printed()).isEqualTo("timing reading 0.250\ntiming letters 3.000\n"
                + "timing saving 2.000\ntiming per-letter 0.750\n");
    }

    @Test
    void printsNoTimePerLetterWithoutLetters() {
        timer.started(Stage.LETTERS, 0);
        timer.finished(Stage.LETTERS);

        assertThat(printed()).isEqualTo("timing letters 0.000\n");
    }

    private void run(Stage stage, long nanos) {
        timer.started(stage, 0);
        now.addAndGet(nanos);
        timer.finished(stage);
    }

    private String printed() {
        StringWriter text = new StringWriter();
        timer.print(new PrintWriter(text));
        return text.toString().replace(System.lineSeparator(), "\n");
    }
}
