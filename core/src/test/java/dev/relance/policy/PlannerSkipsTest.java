package dev.relance.policy;

import static dev.relance.policy.TestLedger.ledger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.relance.ledger.LevelMode;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.Plan;
import dev.relance.plan.Skip;
import dev.relance.plan.SkipReason;
import dev.relance.policy.TestLedger.ClientRow;
import dev.relance.policy.TestLedger.InvoiceRow;

/** The skip rules, each alone, and the order in which they are checked. */
class PlannerSkipsTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-12-04");

    @Test
    void skipsBlockedClient() {
        TestLedger ledger = ledger().client(ClientRow.of("C001").blocked())
                .invoice("C001", "F-001", "2026-10-01", "100.00");

        Plan plan = plan(ledger);

        assertThat(plan.letters()).isEmpty();
        assertThat(plan.skipped()).containsExactly(new Skip("C001", "Name of C001", "EUR", SkipReason.BLOCKED));
    }

    @ParameterizedTest(name = "credit {0}")
    @CsvSource({"-100.00", "-150.00"})
    void skipsWhenCreditsCoverOverdueInvoices(String credit) {
        TestLedger ledger = ledger().client("C001")
                .invoice("C001", "F-001", "2026-10-01", "100.00")
                .invoice("C001", "AV-01", "2026-11-01", credit);

        Plan plan = plan(ledger);

        assertThat(plan.letters()).isEmpty();
        assertThat(plan.skipped()).extracting(Skip::reason).containsExactly(SkipReason.NO_OVERDUE_BALANCE);
    }

    @ParameterizedTest(name = "open items {0} + {1} against limit 1000.00: skipped {2}")
    @CsvSource({
        "600.00, 300.00, true",
        "600.00, 399.99, true",
        "600.00, 400.00, false",
        "600.00, 500.00, false",
    })
    void skipsWhileAllOpenItemsStayUnderCreditLimit(String overdue, String notYetDue, boolean skipped) {
        TestLedger ledger = ledger().useCreditLimit().client(ClientRow.of("C001").creditLimit("1000.00"))
                .invoice("C001", "F-001", "2026-10-01", overdue)
                .invoice("C001", "F-002", "2026-12-31", notYetDue);

        Plan plan = plan(ledger);

        assertThat(plan.letters()).hasSize(skipped ? 0 : 1);
        assertThat(plan.skipped()).hasSize(skipped ? 1 : 0);
    }

    @Test
    void creditLimitNetsOpenCredits() {
        TestLedger ledger = ledger().useCreditLimit().client(ClientRow.of("C001").creditLimit("1000.00"))
                .invoice("C001", "F-001", "2026-10-01", "1200.00")
                .invoice("C001", "AV-01", "2026-12-31", "-300.00");

        Plan plan = plan(ledger);

        assertThat(plan.skipped()).extracting(Skip::reason).containsExactly(SkipReason.WITHIN_CREDIT_LIMIT);
    }

    @Test
    void creditLimitNeedsTheSetting() {
        TestLedger ledger = ledger().client(ClientRow.of("C001").creditLimit("1000.00"))
                .invoice("C001", "F-001", "2026-10-01", "600.00");

        Plan plan = plan(ledger);

        assertThat(plan.letters()).hasSize(1);
    }

    @Test
    void clientWithoutCreditLimitIsReminded() {
        TestLedger ledger = ledger().useCreditLimit().client("C001")
                .invoice("C001", "F-001", "2026-10-01", "600.00");

        Plan plan = plan(ledger);

        assertThat(plan.letters()).hasSize(1);
    }

    @Test
    void creditLimitAppliesToDefaultCurrencyOnly() {
        TestLedger ledger = ledger().useCreditLimit().currency("EUR")
                .client(ClientRow.of("C001").creditLimit("1000.00"))
                .invoice("C001", "F-001", "2026-10-01", "600.00")
                .invoice(InvoiceRow.of("C001", "F-002", "2026-10-01", "600.00").in("USD"));

        Plan plan = plan(ledger);

        assertThat(plan.letters()).extracting(LetterPlan::currency).containsExactly("USD");
        assertThat(plan.skipped()).extracting(Skip::currency, Skip::reason)
                .containsExactly(tuple("EUR", SkipReason.WITHIN_CREDIT_LIMIT));
    }

    @ParameterizedTest(name = "total {0} against minimum 50.00: skipped {1}")
    @CsvSource({"49.99, true", "50.00, false", "50.01, false"})
    void skipsBelowMinimumAmount(String balance, boolean skipped) {
        TestLedger ledger = ledger().minimumAmount("50.00").client("C001")
                .invoice("C001", "F-001", "2026-10-01", balance);

        Plan plan = plan(ledger);

        assertThat(plan.letters()).hasSize(skipped ? 0 : 1);
        assertThat(plan.skipped()).extracting(Skip::reason)
                .containsExactlyElementsOf(skipped ? List.of(SkipReason.BELOW_MINIMUM) : List.of());
    }

    @Test
    void minimumAmountComparesTotalAfterCredits() {
        TestLedger ledger = ledger().minimumAmount("50.00").client("C001")
                .invoice("C001", "F-001", "2026-10-01", "100.00")
                .invoice("C001", "AV-01", "2026-10-01", "-60.00");

        Plan plan = plan(ledger);

        assertThat(plan.skipped()).extracting(Skip::reason).containsExactly(SkipReason.BELOW_MINIMUM);
    }

    @ParameterizedTest(name = "last reminder {0}, 14 days between: skipped {1}")
    @CsvSource({"2026-11-21, true", "2026-11-20, false", "2026-12-03, true"})
    void skipsWhenLastReminderIsTooRecent(String lastReminder, boolean skipped) {
        TestLedger ledger = ledger().daysBetweenReminders(14).client("C001")
                .invoice("C001", "F-001", "2026-10-01", "100.00")
                .history(lastReminder, "C001", "F-000", 1);

        Plan plan = plan(ledger);

        assertThat(plan.letters()).hasSize(skipped ? 0 : 1);
        assertThat(plan.skipped()).hasSize(skipped ? 1 : 0);
    }

    @Test
    void tooSoonCountsClientsRemindersInEveryCurrency() {
        TestLedger ledger = ledger().daysBetweenReminders(14).client("C001")
                .invoice("C001", "F-001", "2026-10-01", "100.00")
                .invoice(InvoiceRow.of("C001", "F-002", "2026-10-01", "100.00").in("USD"))
                .history("2026-10-01", "C001", "F-001", 1)
                .history("2026-11-30", "C001", "F-002", 1);

        Plan plan = plan(ledger);

        assertThat(plan.skipped()).extracting(Skip::currency, Skip::reason)
                .containsExactly(tuple("EUR", SkipReason.TOO_SOON), tuple("USD", SkipReason.TOO_SOON));
    }

    @Test
    void historyDatedOnAsOfIsIgnoredForTooSoon() {
        TestLedger ledger = ledger().daysBetweenReminders(14).client("C001")
                .invoice("C001", "F-001", "2026-10-01", "100.00")
                .history("2026-12-04", "C001", "F-001", 1);

        Plan plan = plan(ledger);

        assertThat(plan.letters()).hasSize(1);
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void skipsBlockedBeforeBelowMinimum() {
        TestLedger ledger = ledger().minimumAmount("50.00").client(ClientRow.of("C001").blocked())
                .invoice("C001", "F-001", "2026-10-01", "10.00");

        Plan plan = plan(ledger);

        assertThat(plan.skipped()).extracting(Skip::reason).containsExactly(SkipReason.BLOCKED);
    }

    @Test
    void skipsNoOverdueBalanceBeforeCreditLimit() {
        TestLedger ledger = ledger().useCreditLimit().client(ClientRow.of("C001").creditLimit("1000.00"))
                .invoice("C001", "F-001", "2026-10-01", "100.00")
                .invoice("C001", "AV-01", "2026-10-01", "-200.00");

        Plan plan = plan(ledger);

        assertThat(plan.skipped()).extracting(Skip::reason).containsExactly(SkipReason.NO_OVERDUE_BALANCE);
    }

    @Test
    void skipsWithinCreditLimitBeforeBelowMinimum() {
        TestLedger ledger = ledger().useCreditLimit().minimumAmount("50.00")
                .client(ClientRow.of("C001").creditLimit("1000.00"))
                .invoice("C001", "F-001", "2026-10-01", "10.00");

        Plan plan = plan(ledger);

        assertThat(plan.skipped()).extracting(Skip::reason).containsExactly(SkipReason.WITHIN_CREDIT_LIMIT);
    }

    @Test
    void skipsBelowMinimumBeforeTooSoon() {
        TestLedger ledger = ledger().minimumAmount("50.00").daysBetweenReminders(14).client("C001")
                .invoice("C001", "F-001", "2026-10-01", "10.00")
                .history("2026-12-01", "C001", "F-001", 1);

        Plan plan = plan(ledger);

        assertThat(plan.skipped()).extracting(Skip::reason).containsExactly(SkipReason.BELOW_MINIMUM);
    }

    @Test
    void skipsTooSoonBeforeInvalidLevel() {
        TestLedger ledger = ledger().mode(LevelMode.CLIENT).daysBetweenReminders(14)
                .client(ClientRow.of("C001").fixedLevel("7"))
                .invoice("C001", "F-001", "2026-10-01", "100.00")
                .history("2026-12-01", "C001", "F-001", 1);

        Plan plan = plan(ledger);

        assertThat(plan.skipped()).extracting(Skip::reason).containsExactly(SkipReason.TOO_SOON);
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void onlyClientsWithOverdueInvoiceAreSkipped() {
        TestLedger ledger = ledger().client(ClientRow.of("C001").blocked()).client(ClientRow.of("C002").blocked())
                .invoice("C001", "F-001", "2026-12-31", "100.00")
                .invoice("C002", "AV-01", "2026-10-01", "-100.00");

        Plan plan = plan(ledger);

        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void skippedSortByClientCodeThenCurrency() {
        TestLedger ledger = ledger().client(ClientRow.of("C009").blocked()).client(ClientRow.of("C001").blocked())
                .invoice(InvoiceRow.of("C009", "F-1", "2026-10-01", "10.00").in("USD"))
                .invoice("C009", "F-2", "2026-10-01", "10.00")
                .invoice("C001", "F-3", "2026-10-01", "10.00");

        Plan plan = plan(ledger);

        assertThat(plan.skipped()).extracting(Skip::client, Skip::currency)
                .containsExactly(tuple("C001", "EUR"), tuple("C009", "EUR"), tuple("C009", "USD"));
    }

    @Test
    void skipLeavesOtherClientsLetters() {
        TestLedger ledger = ledger().client(ClientRow.of("C001").blocked()).client("C002")
                .invoice("C001", "F-001", "2026-10-01", "100.00")
                .invoice("C002", "F-002", "2026-10-01", "100.00");

        Plan plan = plan(ledger);

        assertThat(plan.letters()).extracting(letter -> letter.client().code(), LetterPlan::total)
                .containsExactly(tuple("C002", new BigDecimal("100.00")));
    }

    private static Plan plan(TestLedger ledger) {
        return new Planner().plan(ledger.build(), AS_OF);
    }
}
