package dev.relance.job;

/**
 * Hears how far a job has got, so that a front end can show it: a progress bar on a terminal,
 * the status bar in Calc. The job reports from one thread at a time, even when it writes letters
 * on several, so implementations need no locking of their own.
 */
public interface Progress {

    /** Reports nothing: the default, and what tests and scripts use. */
    Progress NONE = new Progress() {
        @Override
        public void started(Stage stage, long total) {
        }

        @Override
        public void advanced(Stage stage, long done) {
        }

        @Override
        public void finished(Stage stage) {
        }
    };

    /**
     * The steps of a run, in the order they happen. A plan has only the first two, and a run
     * whose plan has no letter skips {@code LETTERS}.
     */
    enum Stage {
        READING, PLANNING, LETTERS, SAVING
    }

    /**
     * A stage begins.
     *
     * @param total how many units it has (rows, letters), or 0 when not known in advance
     */
    void started(Stage stage, long total);

    /** The stage has done {@code done} units so far; never decreases within a stage. */
    void advanced(Stage stage, long done);

    /** The stage is over, whether or not every unit was reported. */
    void finished(Stage stage);
}
