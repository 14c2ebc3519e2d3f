package dev.relance.record;

import dev.relance.ledger.Ledger;
import dev.relance.plan.Plan;

/** Turns a plan into the history rows and last-level cells a run writes. */
public final class RunRecorder {

    /** Returns the edit recording the plan's letters in the ledger's workbook. */
    public RunRecord record(Ledger ledger, Plan plan) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
