package dev.relance.policy;

import java.time.LocalDate;

import dev.relance.ledger.Ledger;
import dev.relance.plan.Plan;

/** Applies the reminder rules to a ledger for one as-of date. */
public final class Planner {

    /**
     * Plans the letters, using the ledger's settings (mode included).
     *
     * @throws dev.relance.RelanceException when the history has rows dated after the as-of date
     */
    public Plan plan(Ledger ledger, LocalDate asOf) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
