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
import dev.relance.selection.Selection;

/**
 * Applies the reminder rules to a ledger for one as-of date: open items, overdue invoices, one
 * letter per client and currency, levels by mode, then the skip rules.
 */
public final class Planner {

    /**
     * Plans the letters of every client, using the ledger's settings (mode included). The plan's
     * problems are the ledger's, then one per client skipped for an invalid fixed level.
     *
     * @throws dev.relance.RelanceException when the history has rows dated after the as-of date
     */
    public Plan plan(Ledger ledger, LocalDate asOf) {
        return plan(ledger, asOf, Selection.ALL, Optional.empty());
    }

    /**
     * Plans the letters of the selected clients, currencies and invoices; the others appear
     * nowhere in the plan. With a forced level the plan is in forced mode and every letter is at
     * that level; otherwise the settings' mode applies. The ledger's problems are all kept,
     * whichever client their row belongs to.
     *
     * @param forcedLevel the level of every letter, from 1 to the maximum level
     * @throws IllegalArgumentException     when the forced level is out of range, or the settings
     *                                      ask for forced mode without a level
     * @throws dev.relance.RelanceException when the history has rows dated after the as-of date
     */
    public Plan plan(Ledger ledger, LocalDate asOf, Selection selection,
            Optional<Integer> forcedLevel) {
        LevelMode mode = levelMode(ledger.settings(), forcedLevel);
        ReminderHistory history = ReminderHistory.asOf(ledger, asOf);
        List<LetterDraft> drafts = LetterDrafts.collect(ledger, asOf, selection);

        Decisions decisions = new Decisions(ledger.settings(), mode, forcedLevel, history, asOf);
        drafts.forEach(decisions::decide);

        List<Problem> problems = new ArrayList<>(ledger.problems());
        problems.addAll(decisions.levelProblems.values());
        return new Plan(asOf, mode, decisions.letters, decisions.skipped, problems, selection);
    }

    private static LevelMode levelMode(Settings settings, Optional<Integer> forcedLevel) {
        if (forcedLevel.isEmpty()) {
            if (settings.mode() == LevelMode.FORCED) {
                throw new IllegalArgumentException("forced mode needs a level");
            }
            return settings.mode();
        }
        int level = forcedLevel.get();
        if (level < 1 || level > settings.maximumLevel()) {
            throw new IllegalArgumentException("forced level " + level + " is not from 1 to "
                    + settings.maximumLevel());
        }
        return LevelMode.FORCED;
    }

    /** The letters and skips decided so far, in draft order. */
    private static final class Decisions {

        private final Settings settings;
        private final LevelMode mode;
        private final Optional<Integer> forcedLevel;
        private final ReminderHistory history;
        private final LocalDate asOf;
        private final List<LetterPlan> letters = new ArrayList<>();
        private final List<Skip> skipped = new ArrayList<>();
        // one problem per client, even when it has letters in several currencies
        private final Map<String, Problem> levelProblems = new LinkedHashMap<>();

        Decisions(Settings settings, LevelMode mode, Optional<Integer> forcedLevel,
                ReminderHistory history, LocalDate asOf) {
            this.settings = settings;
            this.mode = mode;
            this.forcedLevel = forcedLevel;
            this.history = history;
            this.asOf = asOf;
        }

        void decide(LetterDraft draft) {
            Client client = draft.client();
            Optional<Integer> fixedLevel = switch (mode) {
                case AUTO -> Optional.empty();
                case CLIENT -> LevelRule.fixedLevel(client, settings.maximumLevel());
                case FORCED -> forcedLevel;
            };
            boolean levelValid = mode == LevelMode.AUTO || fixedLevel.isPresent();

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
            LetterPlan letter = LetterLines.toLetter(draft, history, asOf, maximumLevel, fixedLevel,
                    settings.listNotYetDue());
            letters.add(LateCharges.apply(letter, settings.letters().charges(), asOf));
        }
    }
}
