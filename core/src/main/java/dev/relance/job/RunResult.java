package dev.relance.job;

import java.nio.file.Path;
import java.util.List;

import dev.relance.plan.Plan;

/**
 * What a run did.
 *
 * @param plan        the plan it carried out
 * @param runId       the run's id in the history
 * @param letters     the letter files written
 * @param historyRows the number of history rows written
 */
public record RunResult(Plan plan, String runId, List<Path> letters, int historyRows) {

    public RunResult {
        letters = List.copyOf(letters);
    }
}
