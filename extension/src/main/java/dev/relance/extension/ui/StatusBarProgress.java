package dev.relance.extension.ui;

import java.util.Optional;

import com.sun.star.task.XStatusIndicator;

import dev.relance.job.Progress;

/**
 * Shows a job's progress in the status bar of the document window: "Relance: reading the
 * document…", "Relance: planning…", "Relance: letter 12 of 300", "Relance: recording the run in
 * the document…", with LibreOffice's progress bar beside the text. Closing it always takes the
 * bar away, so a run that fails midway does not leave it behind.
 */
public final class StatusBarProgress implements Progress, AutoCloseable {

    private final Optional<XStatusIndicator> indicator;
    private final UiLanguage language;
    private boolean barShown;
    private long total;

    /**
     * @param indicator the window's status indicator; without one, nothing is shown
     */
    public StatusBarProgress(Optional<XStatusIndicator> indicator, UiLanguage language) {
        this.indicator = indicator;
        this.language = language;
    }

    @Override
    public void started(Stage stage, long newTotal) {
        if (indicator.isEmpty()) {
            return;
        }
        // A stage whose predecessor did not finish, after an error the job caught, starts afresh.
        close();
        total = Math.max(0, newTotal);
        indicator.get().start(text(stage, 0), (int) Math.min(total, Integer.MAX_VALUE));
        barShown = true;
    }

    @Override
    public void advanced(Stage stage, long done) {
        if (!barShown) {
            return;
        }
        if (stage == Stage.LETTERS) {
            indicator.get().setText(text(stage, done));
        }
        indicator.get().setValue((int) Math.min(Math.min(done, total), Integer.MAX_VALUE));
    }

    @Override
    public void finished(Stage stage) {
        close();
    }

    /** Takes the progress bar and its text out of the status bar, when they are barShown. */
    @Override
    public void close() {
        if (barShown) {
            barShown = false;
            indicator.get().end();
        }
    }

    /** Returns the status bar text of a stage that has done {@code done} of its units. */
    String text(Stage stage, long done) {
        return switch (stage) {
            case READING -> UiText.PROGRESS_READING.in(language);
            case PLANNING -> UiText.PROGRESS_PLANNING.in(language);
            // The letter being written, so the count starts at 1 and stops at the total.
            case LETTERS -> total == 0 ? UiText.PROGRESS_LETTERS.in(language)
                    : UiText.PROGRESS_LETTER_OF.in(language, Math.min(done + 1, total), total);
            case SAVING -> UiText.PROGRESS_RECORD.in(language);
        };
    }
}
