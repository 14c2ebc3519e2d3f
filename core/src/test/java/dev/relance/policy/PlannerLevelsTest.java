package dev.relance.policy;

import static dev.relance.policy.TestLedger.ledger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.relance.RelanceException;
import dev.relance.ledger.LevelMode;
import dev.relance.plan.InvoiceLine;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.Plan;
import dev.relance.plan.Problem;
import dev.relance.plan.Skip;
import dev.relance.plan.SkipReason;
import dev.relance.policy.TestLedger.ClientRow;
import dev.relance.policy.TestLedger.InvoiceRow;

/** Reminder levels in auto and client mode, and how the history dates count. */
class PlannerLevelsTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-12-04");

    @Test
    void firstLetterIsLevelOne() {
        TestLedger ledger = ledger().client("C001").invoice("C001", "F-001", "2026-10-01", "100.00");

        LetterPlan letter = plan(ledger).letters().get(0);

        assertThat(letter.level()).isEqualTo(1);
        assertThat(letter.invoices().get(0).previousLevel()).isEqualTo(0);
    }

    @Test
    void secondLetterAfterFirstIsLevelTwo() {
        TestLedger ledger = ledger().client("C001").invoice("C001", "F-001", "2026-10-01", "100.00")
                .history("2026-11-04", "C001", "F-001", 1);

        LetterPlan letter = plan(ledger).letters().get(0);

        assertThat(letter.level()).isEqualTo(2);
        assertThat(letter.invoices().get(0).previousLevel()).isEqualTo(1);
        assertThat(letter.invoices().get(0).level()).isEqualTo(2);
    }

    @Test
    void monthlyRunsEscalateOneTwoThreeThree() {
        TestLedger ledger = ledger().client("C001").invoice("C001", "F-001", "2026-08-01", "100.00");
        List<Integer> levels = new ArrayList<>();

        for (String asOf : List.of("2026-09-01", "2026-10-01", "2026-11-01", "2026-12-01")) {
            LetterPlan letter = new Planner().plan(ledger.build(), LocalDate.parse(asOf)).letters().get(0);
            levels.add(letter.level());
            ledger.history(asOf, "C001", "F-001", letter.invoices().get(0).level());
        }

        assertThat(levels).containsExactly(1, 2, 3, 3);
    }

    @Test
    void levelStopsAtMaximumLevel() {
        TestLedger ledger = ledger().maximumLevel(2).client("C001")
                .invoice("C001", "F-001", "2026-10-01", "100.00")
                .history("2026-11-04", "C001", "F-001", 3);

        LetterPlan letter = plan(ledger).letters().get(0);

        assertThat(letter.level()).isEqualTo(2);
        assertThat(letter.invoices().get(0).previousLevel()).isEqualTo(3);
    }

    @Test
    void letterTakesHighestInvoiceLevel() {
        TestLedger ledger = ledger().client("C001")
                .invoice("C001", "F-001", "2026-09-01", "100.00")
                .invoice("C001", "F-002", "2026-11-01", "100.00")
                .history("2026-10-04", "C001", "F-001", 1)
                .history("2026-11-04", "C001", "F-001", 2);

        LetterPlan letter = plan(ledger).letters().get(0);

        assertThat(letter.invoices()).extracting(InvoiceLine::number, InvoiceLine::previousLevel, InvoiceLine::level)
                .containsExactly(tuple("F-001", 2, 3), tuple("F-002", 0, 1));
        assertThat(letter.level()).isEqualTo(3);
    }

    @Test
    void previousLevelComesFromMostRecentRowNotLastInSheet() {
        TestLedger ledger = ledger().client("C001").invoice("C001", "F-001", "2026-09-01", "100.00")
                .history("2026-11-04", "C001", "F-001", 2)
                .history("2026-10-04", "C001", "F-001", 1);

        LetterPlan letter = plan(ledger).letters().get(0);

        assertThat(letter.invoices().get(0).previousLevel()).isEqualTo(2);
        assertThat(letter.level()).isEqualTo(3);
    }

    @Test
    void historyMatchesClientAndInvoiceNumber() {
        TestLedger ledger = ledger().client("C001").client("C002")
                .invoice("C001", "F-001", "2026-09-01", "100.00")
                .invoice("C002", "f-001 ", "2026-09-01", "100.00")
                .history("2026-11-04", "C002", "F-001", 2);

        Plan plan = plan(ledger);

        assertThat(plan.letters()).extracting(letter -> letter.client().code(), LetterPlan::level)
                .containsExactly(tuple("C001", 1), tuple("C002", 3));
    }

    @Test
    void clientWhoPaidEverythingStartsAgainAtLevelOne() {
        TestLedger ledger = ledger().client("C001")
                .invoice("C001", "F-001", "2026-07-01", "0.00")
                .invoice("C001", "F-009", "2026-11-01", "250.00")
                .history("2026-09-04", "C001", "F-001", 2)
                .history("2026-10-04", "C001", "F-001", 3);

        LetterPlan letter = plan(ledger).letters().get(0);

        assertThat(letter.invoices()).extracting(InvoiceLine::number).containsExactly("F-009");
        assertThat(letter.level()).isEqualTo(1);
    }

    @Test
    void historyDatedOnAsOfIsIgnoredForLevels() {
        TestLedger ledger = ledger().client("C001").invoice("C001", "F-001", "2026-10-01", "100.00")
                .history("2026-11-04", "C001", "F-001", 1)
                .history("2026-12-04", "C001", "F-001", 2);

        LetterPlan letter = plan(ledger).letters().get(0);

        assertThat(letter.invoices().get(0).previousLevel()).isEqualTo(1);
        assertThat(letter.level()).isEqualTo(2);
    }

    @Test
    void historyDatedAfterAsOfIsRejected() {
        TestLedger ledger = ledger().client("C001").invoice("C001", "F-001", "2026-10-01", "100.00")
                .history("2026-12-10", "C001", "F-001", 1)
                .history("2026-12-20", "C001", "F-001", 2)
                .history("2026-12-05", "C001", "F-001", 2);

        assertThatThrownBy(() -> plan(ledger))
                .isInstanceOf(RelanceException.class)
                .hasMessage("the history has reminders dated up to 2026-12-20, after the as-of date 2026-12-04;"
                        + " use an as-of date on or after 2026-12-20, or delete the history rows dated after"
                        + " 2026-12-04")
                .satisfies(error -> {
                    RelanceException relance = (RelanceException) error;
                    assertThat(relance.sheet()).contains("Relances");
                    assertThat(relance.cell()).contains("A3");
                    assertThat(relance.value()).contains("2026-12-20");
                });
    }

    @Test
    void clientModeUsesFixedLevelForLetterAndEveryInvoice() {
        TestLedger ledger = ledger().mode(LevelMode.CLIENT).client(ClientRow.of("C001").fixedLevel("2"))
                .invoice("C001", "F-001", "2026-10-01", "100.00")
                .invoice("C001", "F-002", "2026-11-01", "100.00")
                .history("2026-11-04", "C001", "F-001", 3);

        LetterPlan letter = plan(ledger).letters().get(0);

        assertThat(letter.level()).isEqualTo(2);
        assertThat(letter.invoices()).extracting(InvoiceLine::number, InvoiceLine::previousLevel, InvoiceLine::level)
                .containsExactly(tuple("F-001", 3, 2), tuple("F-002", 0, 2));
    }

    @ParameterizedTest(name = "level cell \"{0}\"")
    @ValueSource(strings = {"", "  "})
    void clientModeTreatsBlankLevelAsOne(String raw) {
        TestLedger ledger = ledger().mode(LevelMode.CLIENT).client(ClientRow.of("C001").fixedLevel(raw))
                .client("C002")
                .invoice("C001", "F-001", "2026-10-01", "100.00")
                .invoice("C002", "F-002", "2026-10-01", "100.00");

        Plan plan = plan(ledger);

        assertThat(plan.letters()).extracting(LetterPlan::level).containsExactly(1, 1);
        assertThat(plan.problems()).isEmpty();
    }

    @ParameterizedTest(name = "level cell \"{0}\" with maximum 3")
    @ValueSource(strings = {"abc", "0", "4", "2.5", "-1"})
    void clientModeSkipsAndReportsInvalidLevel(String raw) {
        TestLedger ledger = ledger().mode(LevelMode.CLIENT).client(ClientRow.of("C001").fixedLevel(raw))
                .invoice("C001", "F-001", "2026-10-01", "100.00");

        Plan plan = plan(ledger);

        assertThat(plan.letters()).isEmpty();
        assertThat(plan.skipped()).containsExactly(new Skip("C001", "Name of C001", "EUR", SkipReason.INVALID_LEVEL));
        assertThat(plan.problems()).containsExactly(new Problem("Clients", "K2", raw,
                "invalid reminder level; expected a whole number from 1 to 3 (the maximum level)"
                        + " or a blank cell for level 1"));
    }

    @ParameterizedTest(name = "level {0} with maximum {1}")
    @CsvSource({"1, 3", "3, 3", "5, 5"})
    void clientModeAcceptsWholeLevelsUpToMaximum(String raw, int maximumLevel) {
        TestLedger ledger = ledger().mode(LevelMode.CLIENT).maximumLevel(maximumLevel)
                .client(ClientRow.of("C001").fixedLevel(raw))
                .invoice("C001", "F-001", "2026-10-01", "100.00");

        LetterPlan letter = plan(ledger).letters().get(0);

        assertThat(letter.level()).isEqualTo(Integer.parseInt(raw));
    }

    @Test
    void invalidLevelIsReportedOncePerClient() {
        TestLedger ledger = ledger().mode(LevelMode.CLIENT).client(ClientRow.of("C001").fixedLevel("9"))
                .invoice("C001", "F-001", "2026-10-01", "100.00")
                .invoice(InvoiceRow.of("C001", "F-002", "2026-10-01", "100.00").in("USD"));

        Plan plan = plan(ledger);

        assertThat(plan.skipped()).extracting(Skip::currency, Skip::reason)
                .containsExactly(tuple("EUR", SkipReason.INVALID_LEVEL), tuple("USD", SkipReason.INVALID_LEVEL));
        assertThat(plan.problems()).extracting(Problem::cell).containsExactly("K2");
    }

    @Test
    void invalidLevelProblemsFollowLedgerProblems() {
        Problem unreadable = new Problem("Factures", "D7", "31/02/2026", "not a date");
        TestLedger ledger = ledger().mode(LevelMode.CLIENT).problem(unreadable)
                .client(ClientRow.of("C001").fixedLevel("x"))
                .invoice("C001", "F-001", "2026-10-01", "100.00");

        Plan plan = plan(ledger);

        assertThat(plan.problems()).extracting(Problem::sheet, Problem::cell)
                .containsExactly(tuple("Factures", "D7"), tuple("Clients", "K2"));
    }

    @Test
    void autoModeIgnoresFixedLevelCell() {
        TestLedger ledger = ledger().client(ClientRow.of("C001").fixedLevel("abc"))
                .invoice("C001", "F-001", "2026-10-01", "100.00");

        Plan plan = plan(ledger);

        assertThat(plan.letters()).extracting(LetterPlan::level).containsExactly(1);
        assertThat(plan.problems()).isEmpty();
    }

    private static Plan plan(TestLedger ledger) {
        return new Planner().plan(ledger.build(), AS_OF);
    }
}
