package dev.relance.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.relance.charges.LateCharges;
import dev.relance.ledger.Client;
import dev.relance.ledger.Ledger;
import dev.relance.ledger.LevelMode;
import dev.relance.ledger.Settings;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.Plan;
import dev.relance.plan.Problem;
import dev.relance.plan.Skip;
import dev.relance.plan.SkipReason;

/**
 * Applies the reminder rules to a ledger for one as-of date: open items, overdue invoices, one
 * letter per client and currency, levels by mode, then the skip rules.
 */
public final class Planner {

    /**
     * Plans the letters, using the ledger's settings (mode included). The plan's problems are the
     * ledger's, then one per client skipped for an invalid fixed level.
     *
     * @throws dev.relance.RelanceException when the history has rows dated after the as-of date
     */
    public Plan plan(Ledger ledger, LocalDate asOf) {
        ReminderHistory history = ReminderHistory.asOf(ledger, asOf);
        List<LetterDraft> drafts = LetterDrafts.collect(ledger, asOf);

        Decisions decisions = new Decisions(ledger.settings(), history, asOf);
        drafts.forEach(decisions::decide);

        List<Problem> problems = new ArrayList<>(ledger.problems());
        problems.addAll(decisions.levelProblems.values());
        return new Plan(asOf, ledger.settings().mode(), decisions.letters, decisions.skipped,
                problems);
    }

    /** The letters and skips decided so far, in draft order. */
    private static final class Decisions {

        private final Settings settings;
        private final ReminderHistory history;
        private final LocalDate asOf;
        private final List<LetterPlan> letters = new ArrayList<>();
        private final List<Skip> skipped = new ArrayList<>();
        // one problem per client, even when it has letters in several currencies
        private final Map<String, Problem> levelProblems = new LinkedHashMap<>();

        Decisions(Settings settings, ReminderHistory history, LocalDate asOf) {
            this.settings = settings;
            this.history = history;
            this.asOf = asOf;
        }

        void decide(LetterDraft draft) {
            Client client = draft.client();
            Optional<Integer> fixedLevel = settings.mode() == LevelMode.CLIENT
                    ? LevelRule.fixedLevel(client, settings.maximumLevel())
                    : Optional.empty();
            boolean levelValid = settings.mode() == LevelMode.AUTO || fixedLevel.isPresent();

            Optional<SkipReason> skip =
                    SkipRules.firstSkip(draft, settings, history, asOf, levelValid);
            if (skip.isPresent()) {
                skipped.add(new Skip(client.code(), client.name(), draft.currency(), skip.get()));
                if (skip.get() == SkipReason.INVALID_LEVEL) {
                    client.fixedLevel().ifPresent(cell -> levelProblems.putIfAbsent(client.key(),
                            LevelRule.invalidLevelProblem(cell, settings.maximumLevel())));
                }
                return;
            }
            int maximumLevel = settings.maximumLevel();
            LetterPlan letter =
                    LetterLines.toLetter(draft, history, asOf, maximumLevel, fixedLevel);
            letters.add(LateCharges.apply(letter, settings.letters().charges(), asOf));
        }
    }
}
