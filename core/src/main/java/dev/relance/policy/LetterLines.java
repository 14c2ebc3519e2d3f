package dev.relance.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.relance.ledger.Invoice;
import dev.relance.ledger.TextKey;
import dev.relance.plan.CreditLine;
import dev.relance.plan.InvoiceLine;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.NotYetDueLine;

/** Turns a draft that passed the skip rules into the letter's lines, levels and total. */
final class LetterLines {

    /** Document numbers in order, case and accents ignored, ties broken by the number as typed. */
    private static final Comparator<String> NUMBER_ORDER =
            Comparator.comparing(TextKey::of).thenComparing(Comparator.naturalOrder());

    private LetterLines() {
    }

    /**
     * Builds the letter. In auto mode each invoice goes one level up from its previous reminder,
     * and the letter takes the highest invoice level. In client and forced mode every invoice and
     * the letter take the fixed level.
     *
     * @param fixedLevel    the client's level in client mode, the run's in forced mode, empty in
     *                      auto mode
     * @param listNotYetDue whether the letter lists the invoices not yet due, for information
     */
    static LetterPlan toLetter(LetterDraft draft, ReminderHistory history, LocalDate asOf,
            int maximumLevel, Optional<Integer> fixedLevel, boolean listNotYetDue) {
        List<InvoiceLine> invoices = draft.overdue().stream()
                .sorted(Comparator.comparing(Invoice::dueDate)
                        .thenComparing(Invoice::number, NUMBER_ORDER))
                .map(row -> invoiceLine(row, draft, history, asOf, maximumLevel, fixedLevel))
                .toList();
        List<CreditLine> credits = draft.credits().stream()
                .sorted(Comparator.comparing(Invoice::number, NUMBER_ORDER))
                .map(row -> new CreditLine(row.number(), row.invoiceDate(), OpenItems.balance(row)))
                .toList();
        List<NotYetDueLine> notYetDue = !listNotYetDue ? List.of() : draft.notYetDue().stream()
                .sorted(Comparator.comparing(Invoice::dueDate)
                        .thenComparing(Invoice::number, NUMBER_ORDER))
                .map(row -> new NotYetDueLine(row.number(), row.invoiceDate(), row.dueDate(),
                        OpenItems.balance(row)))
                .toList();
        int level = fixedLevel.orElseGet(() -> highestLevel(invoices));
        return new LetterPlan(draft.client(), draft.currency(), level, draft.total(), invoices,
                credits, notYetDue);
    }

    private static InvoiceLine invoiceLine(Invoice row, LetterDraft draft, ReminderHistory history,
            LocalDate asOf, int maximumLevel, Optional<Integer> fixedLevel) {
        int previous = history.previousLevel(draft.client().key(), row.number());
        int level = fixedLevel.orElseGet(() -> LevelRule.nextLevel(previous, maximumLevel));
        return new InvoiceLine(row.number(), row.invoiceDate(), row.dueDate(), row.amount(),
                row.paid(), OpenItems.balance(row), OpenItems.daysOverdue(row, asOf), previous,
                level);
    }

    private static int highestLevel(List<InvoiceLine> invoices) {
        return invoices.stream().mapToInt(InvoiceLine::level).max().orElse(1);
    }
}
