package dev.relance.policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import dev.relance.ledger.Settings;
import dev.relance.plan.SkipReason;

/**
 * The reasons a draft gets no letter, checked in the contract's order so that the first one that
 * applies is the one reported: blocked, no overdue balance, within credit limit, below minimum,
 * too soon, invalid level.
 */
final class SkipRules {

    private SkipRules() {
    }

    /**
     * Returns the first reason that stops the letter, or empty when it goes out.
     *
     * @param levelValid false when client mode found no valid fixed level for the client
     */
    static Optional<SkipReason> firstSkip(LetterDraft draft, Settings settings,
            ReminderHistory history, LocalDate asOf, boolean levelValid) {
        if (draft.client().blocked()) {
            return Optional.of(SkipReason.BLOCKED);
        }
        if (draft.total().signum() <= 0) {
            return Optional.of(SkipReason.NO_OVERDUE_BALANCE);
        }
        if (isWithinCreditLimit(draft, settings)) {
            return Optional.of(SkipReason.WITHIN_CREDIT_LIMIT);
        }
        if (draft.total().compareTo(settings.minimumAmount()) < 0) {
            return Optional.of(SkipReason.BELOW_MINIMUM);
        }
        if (isTooSoon(draft, settings, history, asOf)) {
            return Optional.of(SkipReason.TOO_SOON);
        }
        return levelValid ? Optional.empty() : Optional.of(SkipReason.INVALID_LEVEL);
    }

    /**
     * Returns whether all the client's open items in the draft's currency stay under the credit
     * limit. The limit is an amount in the workbook's default currency, so it does not apply to
     * letters in other currencies.
     */
    static boolean isWithinCreditLimit(LetterDraft draft, Settings settings) {
        boolean applies = settings.useCreditLimit()
                && draft.client().creditLimit().isPresent()
                && draft.currency().equals(OpenItems.currency(settings.currency()));
        return applies && draft.openBalance().compareTo(draft.client().creditLimit().get()) < 0;
    }

    /**
     * Returns whether the client's last reminder, in any currency and before the as-of date, is
     * fewer than the days between reminders ago.
     */
    static boolean isTooSoon(LetterDraft draft, Settings settings, ReminderHistory history,
            LocalDate asOf) {
        return history.lastReminder(draft.client().key())
                .map(last -> ChronoUnit.DAYS.between(last, asOf) < settings.daysBetweenReminders())
                .orElse(false);
    }
}
