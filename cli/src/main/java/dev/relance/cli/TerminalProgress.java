package dev.relance.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

import dev.relance.job.Progress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a progress bar on the terminal, on standard error, for a stage that reports how far it
 * has got, such as the letters of a run. The bar appears once the stage has run for a second, so
 * a shorter stage shows nothing, and neither does a stage that only starts and finishes.
 */
final class TerminalProgress implements Progress {

    /** How long a stage runs before its bar appears. */
    static final Duration DELAY = Duration.ofSeconds(1);

    private final LongSupplier nanoTime;
    private final BarFactory bars;
    private long startedAt;
    private long total;
    private Optional<ProgressBar> bar = Optional.empty();

    /** Makes a bar for a stage that has done {@code done} of {@code total} units in {@code elapsed}. */
    @FunctionalInterface
    interface BarFactory {
        ProgressBar open(Stage stage, long total, long done, Duration elapsed);
    }

    TerminalProgress() {
        this(System::nanoTime, TerminalProgress::consoleBar);
    }

    TerminalProgress(LongSupplier nanoTime, BarFactory bars) {
        this.nanoTime = nanoTime;
        this.bars = bars;
    }

    @Override
    public void started(Stage stage, long total) {
        closeBar();
        this.startedAt = nanoTime.getAsLong();
        this.total = total;
    }

    @Override
    public void advanced(Stage stage, long done) {
        if (bar.isEmpty()) {
            Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - startedAt);
            if (elapsed.compareTo(DELAY) < 0) {
                return;
            }
            bar = Optional.of(bars.open(stage, total, done, elapsed));
        }
        bar.get().stepTo(done);
    }

    @Override
    public void finished(Stage stage) {
        closeBar();
    }

    private void closeBar() {
        bar.ifPresent(ProgressBar::close);
        bar = Optional.empty();
    }

    /** Opens a bar on standard error, redrawn in place when the terminal can move its cursor. */
    private static ProgressBar consoleBar(Stage stage, long total, long done, Duration elapsed) {
        String name = stage.name().charAt(0) + stage.name().substring(1).toLowerCase(Locale.ROOT);
        return new ProgressBarBuilder()
                .setTaskName(name)
                // A total of 0 means unknown, which the library shows as an indefinite bar.
                .setInitialMax(total > 0 ? total : -1)
                .setStyle(ProgressBarStyle.ASCII)
                .startsFrom(done, elapsed)
                .clearDisplayOnFinish()
                .build();
    }
}
