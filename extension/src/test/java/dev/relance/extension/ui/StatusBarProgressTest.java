package dev.relance.extension.ui;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import com.sun.star.task.XStatusIndicator;

import dev.relance.job.Progress.Stage;

class StatusBarProgressTest {

    private final XStatusIndicator indicator = mock(XStatusIndicator.class);

    @Test
    void lettersShowWhichLetterIsBeingWritten() {
        StatusBarProgress progress = new StatusBarProgress(Optional.of(indicator), UiLanguage.EN);

        progress.started(Stage.LETTERS, 300);
        progress.advanced(Stage.LETTERS, 11);
        progress.advanced(Stage.LETTERS, 300);
        progress.finished(Stage.LETTERS);

        InOrder order = inOrder(indicator);
        order.verify(indicator).start("Relance: letter 1 of 300", 300);
        order.verify(indicator).setText("Relance: letter 12 of 300");
        order.verify(indicator).setValue(11);
        order.verify(indicator).setText("Relance: letter 300 of 300");
        order.verify(indicator).setValue(300);
        order.verify(indicator).end();
    }

    @Test
    void everyStageHasItsFrenchText() {
        StatusBarProgress progress = new StatusBarProgress(Optional.of(indicator), UiLanguage.FR);

        progress.started(Stage.READING, 100_001);
        progress.started(Stage.PLANNING, 0);
        progress.started(Stage.LETTERS, 3);
        progress.started(Stage.SAVING, 0);

        InOrder order = inOrder(indicator);
        order.verify(indicator).start("Relance : lecture du document…", 100_001);
        order.verify(indicator).end();
        order.verify(indicator).start("Relance : préparation du plan…", 0);
        order.verify(indicator).end();
        order.verify(indicator).start("Relance : lettre 1 sur 3", 3);
        order.verify(indicator).end();
        order.verify(indicator).start("Relance : enregistrement de la relance dans le document…", 0);
    }

    @Test
    void closingAfterAnErrorEndsTheBarOnce() {
        StatusBarProgress progress = new StatusBarProgress(Optional.of(indicator), UiLanguage.EN);
        progress.started(Stage.LETTERS, 3);

        progress.close();
        progress.close();

        verify(indicator).end();
    }

    @Test
    void closingWhenNothingStartedLeavesTheBarAlone() {
        StatusBarProgress progress = new StatusBarProgress(Optional.of(indicator), UiLanguage.EN);

        progress.close();

        verify(indicator, never()).end();
    }

    @Test
    void windowWithoutStatusBarIgnoresProgress() {
        StatusBarProgress progress = new StatusBarProgress(Optional.empty(), UiLanguage.EN);

        assertThatCode(() -> {
            progress.started(Stage.LETTERS, 3);
            progress.advanced(Stage.LETTERS, 1);
            progress.close();
        }).doesNotThrowAnyException();
    }
}
