package dev.relance.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import dev.relance.job.Progress;
import picocli.CommandLine.Option;

/**
 * The options of {@code plan} and {@code run} about what they report on standard error while
 * they work: the progress bar and the time of each stage.
 */
final class ProgressOptions {

    @Option(names = "--timings",
            description = "Print on standard error how long each stage took, one line each: "
                    + "timing STAGE SECONDS (stages reading, planning, letters, saving), then "
                    + "timing per-letter SECONDS when letters were written.")
    boolean timings;

    @Option(names = {"-q", "--quiet"},
            description = "Show no progress bar. The bar appears only on a terminal, for a stage "
                    + "that runs longer than a second.")
    boolean quiet;

    private final StageTimer timer = new StageTimer();

    /**
     * Returns where the job reports its progress: the timer with {@code --timings}, and a bar
     * when standard output and input are a terminal and {@code --quiet} is not given.
     */
    Progress progress() {
        List<Progress> listeners = new ArrayList<>();
        if (timings) {
            listeners.add(timer);
        }
        // The console exists only when standard input and output are a terminal, so a bar never
        // lands in output piped to a file or another program, such as --json read by a script.
        if (!quiet && System.console() != null) {
            listeners.add(new TerminalProgress());
        }
        return listeners.isEmpty() ? Progress.NONE : new Broadcast(listeners);
    }

    /** Prints the timings when {@code --timings} was given. */
    void printTimings(PrintWriter err) {
        if (timings) {
            timer.print(err);
        }
    }

    /** Passes each report to several listeners, in order. */
    private record Broadcast(List<Progress> listeners) implements Progress {

        @Override
        public void started(Stage stage, long total) {
            listeners.forEach(listener -> listener.started(stage, total));
        }

        @Override
        public void advanced(Stage stage, long done) {
            listeners.forEach(listener -> listener.advanced(stage, done));
        }

        @Override
        public void finished(Stage stage) {
            listeners.forEach(listener -> listener.finished(stage));
        }
    }
}
