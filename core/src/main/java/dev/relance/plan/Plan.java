package dev.relance.plan;

import java.time.LocalDate;
import java.util.List;

import dev.relance.ledger.LevelMode;

/**
 * The result of the rules for one as-of date: the letters to write, the clients skipped and the
 * problems met while reading.
 *
 * @param asOf     the as-of date
 * @param mode     the level mode used
 * @param letters  the letters, by client code then currency
 * @param skipped  the clients and currencies skipped, by client code then currency
 * @param problems the problems, in the order they were found
 */
public record Plan(LocalDate asOf, LevelMode mode, List<LetterPlan> letters, List<Skip> skipped,
        List<Problem> problems) {

    public Plan {
        letters = List.copyOf(letters);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }
}
