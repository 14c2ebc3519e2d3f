package dev.relance.policy;

import static dev.relance.policy.TestLedger.ledger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.relance.ledger.LevelMode;
import dev.relance.plan.CreditLine;
import dev.relance.plan.InvoiceLine;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.Plan;
import dev.relance.plan.Problem;
import dev.relance.policy.TestLedger.InvoiceRow;

/** Open items, overdue invoices, one letter per client and currency, totals and order. */
class PlannerLettersTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-12-04");

    @ParameterizedTest(name = "due {0}, grace {1} days: overdue {2}")
    @CsvSource({
        "2026-12-03, 0, true",
        "2026-12-04, 0, false",
        "2026-12-05, 0, false",
        "2026-11-29, 5, false",
        "2026-11-28, 5, true",
    })
    void invoiceIsOverdueOnlyAfterDueDatePlusGrace(String dueDate, int graceDays, boolean overdue) {
        TestLedger ledger = ledger().graceDays(graceDays).client("C001")
                .invoice("C001", "F-001", dueDate, "100.00");

        Plan plan = plan(ledger);

        assertThat(plan.letters()).hasSize(overdue ? 1 : 0);
    }

    @Test
    void daysOverdueCountFromDueDateNotFromGrace() {
        TestLedger ledger = ledger().graceDays(5).client("C001")
                .invoice("C001", "F-001", "2026-11-28", "100.00");

        InvoiceLine line = plan(ledger).letters().get(0).invoices().get(0);

        assertThat(line.daysOverdue()).isEqualTo(6);
        assertThat(line.dueDate()).isEqualTo(LocalDate.parse("2026-11-28"));
    }

    @Test
    void settledInvoiceIsIgnored() {
        TestLedger ledger = ledger().client("C001").invoice("C001", "F-001", "2026-10-01", "0.00");

        Plan plan = plan(ledger);

        assertThat(plan.letters()).isEmpty();
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void balanceIsRoundedToCentsHalfUp() {
        TestLedger ledger = ledger().client("C001")
                .invoice("C001", "F-001", "2026-10-01", "100.005")
                .invoice("C001", "F-002", "2026-10-02", "0.004")
                .invoice("C001", "F-003", "2026-10-03", "0.005");

        LetterPlan letter = plan(ledger).letters().get(0);

        assertThat(letter.invoices()).extracting(InvoiceLine::number, InvoiceLine::balance)
                .containsExactly(tuple("F-001", new BigDecimal("100.01")),
                        tuple("F-003", new BigDecimal("0.01")));
        assertThat(letter.total()).isEqualTo(new BigDecimal("100.02"));
    }

    @Test
    void openCreditsAreDeductedFromTotal() {
        TestLedger ledger = ledger().client("C001")
                .invoice("C001", "F-001", "2026-10-01", "1000.00")
                .invoice("C001", "AV-01", "2026-12-20", "-100.00");

        LetterPlan letter = plan(ledger).letters().get(0);

        assertThat(letter.total()).isEqualTo(new BigDecimal("900.00"));
        assertThat(letter.credits()).extracting(CreditLine::number, CreditLine::balance)
                .containsExactly(tuple("AV-01", new BigDecimal("-100.00")));
    }

    @Test
    void invoiceNotYetDueIsNeitherListedNorCounted() {
        TestLedger ledger = ledger().client("C001")
                .invoice("C001", "F-001", "2026-10-01", "1000.00")
                .invoice("C001", "F-002", "2026-12-31", "500.00");

        LetterPlan letter = plan(ledger).letters().get(0);

        assertThat(letter.invoices()).extracting(InvoiceLine::number).containsExactly("F-001");
        assertThat(letter.total()).isEqualTo(new BigDecimal("1000.00"));
    }

    @Test
    void creditAloneGivesNoLetterAndNoSkip() {
        TestLedger ledger = ledger().client("C001")
                .invoice("C001", "AV-01", "2026-10-01", "-100.00")
                .invoice("C001", "F-002", "2026-12-31", "500.00");

        Plan plan = plan(ledger);

        assertThat(plan.letters()).isEmpty();
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void disputedInvoiceIsLeftOutOfLetterAndTotal() {
        TestLedger ledger = ledger().client("C001").client("C002")
                .invoice("C001", "F-001", "2026-10-01", "1000.00")
                .invoice(InvoiceRow.of("C001", "F-002", "2026-10-02", "400.00").disputed())
                .invoice(InvoiceRow.of("C002", "F-003", "2026-10-03", "700.00").disputed());

        Plan plan = plan(ledger);

        assertThat(plan.letters()).hasSize(1);
        assertThat(plan.letters().get(0).invoices()).extracting(InvoiceLine::number).containsExactly("F-001");
        assertThat(plan.letters().get(0).total()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void disputedCreditIsNotDeducted() {
        TestLedger ledger = ledger().client("C001")
                .invoice("C001", "F-001", "2026-10-01", "1000.00")
                .invoice(InvoiceRow.of("C001", "AV-01", "2026-10-02", "-300.00").disputed());

        LetterPlan letter = plan(ledger).letters().get(0);

        assertThat(letter.credits()).isEmpty();
        assertThat(letter.total()).isEqualTo(new BigDecimal("1000.00"));
    }

    @Test
    void eachCurrencyGetsItsOwnLetterWithItsOwnCredits() {
        TestLedger ledger = ledger().client("C001")
                .invoice(InvoiceRow.of("C001", "F-001", "2026-10-01", "1000.00").in("USD"))
                .invoice("C001", "F-002", "2026-10-01", "200.00")
                .invoice(InvoiceRow.of("C001", "AV-01", "2026-10-01", "-50.00").in("usd"))
                .invoice("C001", "AV-02", "2026-10-01", "-20.00");

        Plan plan = plan(ledger);

        assertThat(plan.letters()).extracting(LetterPlan::currency, LetterPlan::total)
                .containsExactly(tuple("EUR", new BigDecimal("180.00")), tuple("USD", new BigDecimal("950.00")));
        assertThat(plan.letters().get(0).credits()).extracting(CreditLine::number).containsExactly("AV-02");
        assertThat(plan.letters().get(1).credits()).extracting(CreditLine::number).containsExactly("AV-01");
    }

    @Test
    void lettersSortByClientCodeThenCurrency() {
        TestLedger ledger = ledger().client("C010").client("c003").client("C002")
                .invoice("C010", "F-1", "2026-10-01", "10.00")
                .invoice(InvoiceRow.of("C002", "F-2", "2026-10-01", "10.00").in("USD"))
                .invoice("c003", "F-3", "2026-10-01", "10.00")
                .invoice("C002", "F-4", "2026-10-01", "10.00");

        Plan plan = plan(ledger);

        assertThat(plan.letters()).extracting(letter -> letter.client().code(), LetterPlan::currency)
                .containsExactly(tuple("C002", "EUR"), tuple("C002", "USD"), tuple("c003", "EUR"),
                        tuple("C010", "EUR"));
    }

    @Test
    void invoicesSortByDueDateThenNumberAndCreditsByNumber() {
        TestLedger ledger = ledger().client("C001")
                .invoice("C001", "F-3", "2026-10-02", "10.00")
                .invoice("C001", "F-2", "2026-10-01", "10.00")
                .invoice("C001", "F-1", "2026-10-02", "10.00")
                .invoice("C001", "AV-2", "2026-09-01", "-1.00")
                .invoice("C001", "AV-1", "2026-11-01", "-1.00");

        LetterPlan letter = plan(ledger).letters().get(0);

        assertThat(letter.invoices()).extracting(InvoiceLine::number).containsExactly("F-2", "F-1", "F-3");
        assertThat(letter.credits()).extracting(CreditLine::number).containsExactly("AV-1", "AV-2");
    }

    @Test
    void invoiceLineCarriesTheInvoiceDetails() {
        TestLedger ledger = ledger().client("C001").invoice("C001", "F-001", "2026-10-01", "1000.00");

        InvoiceLine line = plan(ledger).letters().get(0).invoices().get(0);

        assertThat(line).isEqualTo(new InvoiceLine("F-001", Optional.of(LocalDate.parse("2026-09-01")),
                LocalDate.parse("2026-10-01"), Optional.of(new BigDecimal("1000.00")),
                BigDecimal.ZERO, new BigDecimal("1000.00"), 64, 0, 1));
    }

    @Test
    void planCarriesAsOfModeAndLedgerProblems() {
        Problem unreadable = new Problem("Factures", "D7", "31/02/2026", "not a date");
        TestLedger ledger = ledger().mode(LevelMode.CLIENT).problem(unreadable);

        Plan plan = plan(ledger);

        assertThat(plan.asOf()).isEqualTo(AS_OF);
        assertThat(plan.mode()).isEqualTo(LevelMode.CLIENT);
        assertThat(plan.problems()).containsExactly(unreadable);
    }

    private static Plan plan(TestLedger ledger) {
        return new Planner().plan(ledger.build(), AS_OF);
    }
}
