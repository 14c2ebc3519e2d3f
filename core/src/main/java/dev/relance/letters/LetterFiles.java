package dev.relance.letters;

import java.time.LocalDate;

import dev.relance.plan.LetterPlan;

/** Names the files a letter is written to. */
public final class LetterFiles {

    private LetterFiles() {
    }

    /**
     * Returns the letter's PDF file name, safe on every file system and predictable:
     * {@code 2026-12-04_C001_EUR_level-2.pdf}.
     */
    public static String pdfName(LocalDate asOf, LetterPlan letter) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
