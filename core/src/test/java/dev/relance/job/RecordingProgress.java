package dev.relance.job;

import java.util.List;

/**
 * Writes each report down as a line such as {@code started LETTERS 12}. A report made on another
 * thread than the one that created the recorder is written with that thread's name, so a test
 * comparing the lines fails.
 */
final class RecordingProgress implements Progress {

    private final List<String> reports;
    private final Thread owner = Thread.currentThread();

    RecordingProgress(List<String> reports) {
        this.reports = reports;
    }

    @Override
    public void started(Stage stage, long total) {
        record("started " + stage + " " + total);
    }

    @Override
    public void advanced(Stage stage, long done) {
        record("advanced " + stage + " " + done);
    }

    @Override
    public void finished(Stage stage) {
        record("finished " + stage);
    }

    private void record(String report) {
        if (Thread.currentThread() != owner) {
            reports.add("from thread " + Thread.currentThread().getName() + ": " + report);
            return;
        }
        reports.add(report);
    }
}
