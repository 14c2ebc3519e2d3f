package dev.relance.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

import dev.relance.job.Progress;

/**
 * Times the stages of a plan or run, for {@code --timings}. The lines it prints are read by
 * scripts, so their form is fixed: {@code timing <stage> <seconds>}, the stage in lower case, the
 * seconds with three decimals and a dot. There is one line per stage, in the order the stages
 * run, then for a run that wrote letters {@code timing per-letter <seconds>}.
 */
final class StageTimer implements Progress {

    private static final double NANOS_PER_SECOND = 1e9;

    private final LongSupplier nanoTime;
    private final Map<Stage, Long> startedAt = new EnumMap<>(Stage.class);
    private final Map<Stage, Long> durations = new EnumMap<>(Stage.class);
    private long letters;

    StageTimer() {
        this(System::nanoTime);
    }

    /** @param nanoTime the clock, in nanoseconds from any origin */
    StageTimer(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public void started(Stage stage, long total) {
        startedAt.put(stage, nanoTime.getAsLong());
    }

    @Override
    public void advanced(Stage stage, long done) {
        if (stage == Stage.LETTERS) {
            letters = done;
        }
    }

    @Override
    public void finished(Stage stage) {
        Long start = startedAt.get(stage);
        if (start != null) {
            durations.put(stage, nanoTime.getAsLong() - start);
        }
    }

    /** Prints one line per stage that finished, then the time per letter when letters were written. */
    void print(PrintWriter err) {
        durations.forEach((stage, nanos) ->
                err.println("timing " + stage.name().toLowerCase(Locale.ROOT) + " " + seconds(nanos)));
        Long lettersNanos = durations.get(Stage.LETTERS);
        if (lettersNanos != null && letters > 0) {
            err.println("timing per-letter " + seconds(lettersNanos / letters));
        }
        err.flush();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / NANOS_PER_SECOND);
    }
}
