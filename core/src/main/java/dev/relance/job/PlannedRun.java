package dev.relance.job;

import dev.relance.ledger.Ledger;
import dev.relance.plan.Plan;

/**
 * A plan together with the ledger it was made from, so that a run can record it.
 *
 * @param ledger the workbook's values, with the command-line overrides applied to its settings
 * @param plan   the letters, skips and problems
 */
public record PlannedRun(Ledger ledger, Plan plan) {
}
