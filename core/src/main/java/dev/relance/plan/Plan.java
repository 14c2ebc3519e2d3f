package dev.relance.plan;

import java.time.LocalDate;
import java.util.List;

import dev.relance.ledger.LevelMode;
import dev.relance.selection.Selection;

/**
 * The result of the rules for one as-of date: the letters to write, the clients skipped and the
 * problems met while reading.
 *
 * @param asOf     the as-of date
 * @param mode     the level mode used
 * @param letters  the letters, by client code then currency
 * @param skipped  the clients and currencies skipped, by client code then currency
 * @param problems the problems, in the order they were found
 * @param filters  the selection the letters and skips were limited to
 */
public record Plan(LocalDate asOf, LevelMode mode, List<LetterPlan> letters, List<Skip> skipped,
        List<Problem> problems, Selection filters) {

    public Plan {
        letters = List.copyOf(letters);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }

    /** A plan of every client. */
    public Plan(LocalDate asOf, LevelMode mode, List<LetterPlan> letters, List<Skip> skipped,
            List<Problem> problems) {
        this(asOf, mode, letters, skipped, problems, Selection.ALL);
    }
}
