package dev.relance.letters;

import dev.relance.ledger.Settings;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.Plan;

/** Renders letters from the Velocity templates to PDF. */
public final class LetterRenderer {

    /**
     * Renders one letter of the plan as a PDF document, in the client's language or the
     * workbook's.
     */
    public byte[] renderPdf(Plan plan, LetterPlan letter, Settings settings) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
