package dev.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.relance.job.Progress.Stage;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

class TerminalProgressTest {

    private static final long MILLIS = 1_000_000L;

    private final AtomicLong now = new AtomicLong();
    private final List<String> opened = new ArrayList<>();
    private final List<ProgressBar> bars = new ArrayList<>();
    private final TerminalProgress progress = new TerminalProgress(now::get, this::open);

    @Test
    void shortStageShowsNoBar() {
        progress.started(Stage.LETTERS, 3);
        for (int letter = 1; letter <= 3; letter++) {
            now.addAndGet(300 * MILLIS);
            progress.advanced(Stage.LETTERS, letter);
        }
        progress.finished(Stage.LETTERS);

        assertThat(opened).isEmpty();
    }

    @Test
    void barAppearsAfterOneSecond() {
        progress.started(Stage.LETTERS, 10);
        for (int letter = 1; letter <= 4; letter++) {
            now.addAndGet(400 * MILLIS);
            progress.advanced(Stage.LETTERS, letter);
        }

        assertThat(opened).containsExactly("LETTERS 3 of 10 after PT1.2S");
        assertThat(bars.get(0).getCurrent()).isEqualTo(4);
    }

    @Test
    void finishedStageClosesItsBar() {
        progress.started(Stage.LETTERS, 2);
        now.addAndGet(1500 * MILLIS);
        progress.advanced(Stage.LETTERS, 1);

        progress.finished(Stage.LETTERS);
        progress.started(Stage.SAVING, 0);
        now.addAndGet(1500 * MILLIS);
        progress.finished(Stage.SAVING);

        assertThat(opened).containsExactly("LETTERS 1 of 2 after PT1.5S");
        assertThat(bars.get(0).getCurrent()).isEqualTo(1);
    }

    private ProgressBar open(Stage stage, long total, long done, Duration elapsed) {
        opened.add(stage + " " + done + " of " + total + " after " + elapsed);
        ProgressBar bar = new ProgressBarBuilder()
                .setInitialMax(total)
                .setConsumer(new DelegatingProgressBarConsumer(line -> { }))
                .startsFrom(done, elapsed)
                .build();
        bars.add(bar);
        return bar;
    }
}
