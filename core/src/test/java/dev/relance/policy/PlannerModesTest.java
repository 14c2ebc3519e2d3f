package dev.relance.policy;

import static dev.relance.policy.TestLedger.ledger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.relance.ledger.Client;
import dev.relance.ledger.HistoryEntry;
import dev.relance.ledger.Ledger;
import dev.relance.ledger.LevelMode;
import dev.relance.plan.InvoiceLine;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.NotYetDueLine;
import dev.relance.plan.Plan;
import dev.relance.plan.SkipReason;
import dev.relance.policy.TestLedger.ClientRow;
import dev.relance.selection.Selection;

/** Forced levels, the history's modes in auto escalation, and invoices not yet due. */
class PlannerModesTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-12-04");

    @Test
    void forcedLevelPutsEveryLetterAndInvoiceAtThatLevel() {
        Ledger ledger = ledger().client("C001").client("C002")
                .invoice("C001", "F-1", "2026-10-01", "100.00")
                .invoice("C001", "F-2", "2026-11-01", "50.00")
                .invoice("C002", "F-3", "2026-11-01", "70.00")
                .history("2026-11-04", "C001", "F-1", 2)
                .build();

        Plan plan = forced(ledger, 3);

        assertThat(plan.mode()).isEqualTo(LevelMode.FORCED);
        assertThat(plan.letters()).extracting(letter -> letter.client().code(), LetterPlan::level)
                .containsExactly(tuple("C001", 3), tuple("C002", 3));
        assertThat(plan.letters().get(0).invoices())
                .extracting(InvoiceLine::number, InvoiceLine::previousLevel, InvoiceLine::level)
                .containsExactly(tuple("F-1", 2, 3), tuple("F-2", 0, 3));
    }

    @Test
    void forcedLevelIgnoresTheClientsOwnLevel() {
        Ledger ledger = ledger().mode(LevelMode.CLIENT)
                .client(ClientRow.of("C001").fixedLevel("not a level"))
                .invoice("C001", "F-1", "2026-10-01", "100.00")
                .build();

        Plan plan = forced(ledger, 1);

        assertThat(plan.letters()).extracting(LetterPlan::level).containsExactly(1);
        assertThat(plan.skipped()).isEmpty();
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void autoLevelCountsOnlyLettersSentInAutoMode() {
        Ledger ledger = ledger().client("C001")
                .invoice("C001", "F-1", "2026-09-01", "100.00")
                .history("2026-10-04", "C001", "F-1", 1)
                .history(entry("2026-11-04", "C001", "F-1", 3, LevelMode.FORCED))
                .build();

        Plan plan = new Planner().plan(ledger, AS_OF);

        assertThat(plan.letters()).extracting(LetterPlan::level).containsExactly(2);
        assertThat(plan.letters().get(0).invoices())
                .extracting(InvoiceLine::previousLevel).containsExactly(1);
    }

    @Test
    void autoLevelStartsAtOneAfterOnlyAClientModeLetter() {
        Ledger ledger = ledger().client("C001")
                .invoice("C001", "F-1", "2026-09-01", "100.00")
                .history(entry("2026-11-04", "C001", "F-1", 3, LevelMode.CLIENT))
                .build();

        Plan plan = new Planner().plan(ledger, AS_OF);

        assertThat(plan.letters()).extracting(LetterPlan::level).containsExactly(1);
    }

    @Test
    void forcedLetterCountsForDaysBetweenReminders() {
        Ledger ledger = ledger().daysBetweenReminders(30).client("C001")
                .invoice("C001", "F-1", "2026-09-01", "100.00")
                .history(entry("2026-11-20", "C001", "F-1", 3, LevelMode.FORCED))
                .build();

        Plan plan = new Planner().plan(ledger, AS_OF);

        assertThat(plan.letters()).isEmpty();
        assertThat(plan.skipped()).extracting(skip -> skip.reason())
                .containsExactly(SkipReason.TOO_SOON);
    }

    @Test
    void forcedLevelAboveMaximumIsRejected() {
        Ledger ledger = ledger().maximumLevel(2).client("C001")
                .invoice("C001", "F-1", "2026-09-01", "100.00")
                .build();

        assertThatThrownBy(() -> forced(ledger, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("forced level 3 is not from 1 to 2");
    }

    @Test
    void notYetDueInvoicesAreListedButNotInTheTotal() {
        Ledger read = ledger().client("C001")
                .invoice("C001", "F-1", "2026-10-01", "100.00")
                .invoice("C001", "F-3", "2027-01-15", "40.00")
                .invoice("C001", "F-2", "2026-12-04", "25.00")
                .invoice("C001", "AV-1", "2026-11-01", "-10.00")
                .build();
        Ledger ledger = read.withSettings(read.settings().withListNotYetDue(true));

        LetterPlan letter = new Planner().plan(ledger, AS_OF).letters().get(0);

        assertThat(letter.total()).isEqualByComparingTo("90.00");
        assertThat(letter.notYetDue())
                .extracting(NotYetDueLine::number, NotYetDueLine::dueDate, NotYetDueLine::balance)
                .containsExactly(
                        tuple("F-2", LocalDate.parse("2026-12-04"), new BigDecimal("25.00")),
                        tuple("F-3", LocalDate.parse("2027-01-15"), new BigDecimal("40.00")));
    }

    @Test
    void notYetDueInvoicesAreLeftOutUnlessAskedFor() {
        Ledger ledger = ledger().client("C001")
                .invoice("C001", "F-1", "2026-10-01", "100.00")
                .invoice("C001", "F-2", "2027-01-15", "40.00")
                .build();

        LetterPlan letter = new Planner().plan(ledger, AS_OF).letters().get(0);

        assertThat(letter.notYetDue()).isEmpty();
    }

    @Test
    void clientWithOnlyInvoicesNotYetDueGetsNoLetter() {
        Ledger read = ledger().client("C001")
                .invoice("C001", "F-1", "2027-01-15", "40.00")
                .build();
        Ledger ledger = read.withSettings(read.settings().withListNotYetDue(true));

        Plan plan = new Planner().plan(ledger, AS_OF);

        assertThat(plan.letters()).isEmpty();
        assertThat(plan.skipped()).isEmpty();
    }

    private static Plan forced(Ledger ledger, int level) {
        return new Planner().plan(ledger, AS_OF, Selection.ALL, Optional.of(level));
    }

    private static HistoryEntry entry(String date, String client, String invoice, int level,
            LevelMode mode) {
        return new HistoryEntry(LocalDate.parse(date), date, Client.keyOf(client), invoice, level,
                new BigDecimal("100.00"), "EUR", "letter.pdf", 5, List.of(), mode);
    }
}
