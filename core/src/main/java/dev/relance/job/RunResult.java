package dev.relance.job;

import java.nio.file.Path;
import java.util.List;

import dev.relance.plan.Plan;

/**
 * What a run did.
 *
 * @param plan        the plan it carried out
 * @param runId       the run's id in the history
 * @param letters     the PDF letters written, one per letter of the plan
 * @param historyRows the number of history rows written
 * @param otherFiles  the other files written: e-mail drafts, HTML previews, the combined PDF
 *                    and the run summary
 * @param warnings    what the user should know about the letters, one line each
 */
public record RunResult(Plan plan, String runId, List<Path> letters, int historyRows,
        List<Path> otherFiles, List<String> warnings) {

    public RunResult {
        letters = List.copyOf(letters);
        otherFiles = List.copyOf(otherFiles);
        warnings = List.copyOf(warnings);
    }

    /** Creates a result with the letters as its only files and no warning. */
    public RunResult(Plan plan, String runId, List<Path> letters, int historyRows) {
        this(plan, runId, letters, historyRows, List.of(), List.of());
    }
}
