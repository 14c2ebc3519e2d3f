package dev.relance.extension.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.relance.ledger.Client;
import dev.relance.ledger.LevelMode;
import dev.relance.plan.CreditLine;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.Plan;
import dev.relance.plan.Problem;
import dev.relance.plan.Skip;
import dev.relance.plan.SkipReason;

class PlanLinesTest {

    private static final Client DUPONT = new Client("C001", "Boulangerie Dupont SARL", List.of(), "", "", "",
            "", Optional.empty(), Optional.empty(), Optional.empty(), false, "", "", 1);

    @Test
    void frenchLetterLineUsesFrenchSeparators() {
        Plan plan = plan(new LetterPlan(DUPONT, "EUR", 2, new BigDecimal("1810.40"), List.of(), List.of()));

        List<String> lines = new PlanLines(UiLanguage.FR).letters(plan);

        assertThat(lines).containsExactly(
                "C001   Boulangerie Dupont SARL      EUR  niveau 2      1\u202f810,40");
    }

    @Test
    void letterLineInEnglishCountsItsCredits() {
        CreditLine credit = org.mockito.Mockito.mock(CreditLine.class);
        Plan plan = plan(new LetterPlan(DUPONT, "EUR", 1, new BigDecimal("3850"), List.of(), List.of(credit)));

        List<String> lines = new PlanLines(UiLanguage.EN).letters(plan);

        assertThat(lines).containsExactly(
                "C001   Boulangerie Dupont SARL      EUR  level 1       3,850.00  (1 credit(s))");
    }

    @Test
    void skipLineGivesTheReason() {
        Plan plan = new Plan(LocalDate.of(2026, 12, 4), LevelMode.AUTO, List.of(),
                List.of(new Skip("C005", "Menuiserie Petit", "EUR", SkipReason.BLOCKED)), List.of());

        List<String> lines = new PlanLines(UiLanguage.FR).skipped(plan);

        assertThat(lines).containsExactly("C005   Menuiserie Petit             EUR  ne pas relancer");
    }

    @Test
    void problemLineStartsWithSheetAndCell() {
        Plan plan = new Plan(LocalDate.of(2026, 12, 4), LevelMode.AUTO, List.of(), List.of(),
                List.of(new Problem("Factures", "D7", "31/02/2026", "is not a date")));

        List<String> lines = new PlanLines(UiLanguage.EN).problems(plan);

        assertThat(lines).containsExactly("Factures!D7: \"31/02/2026\" is not a date");
    }

    @Test
    void frenchProblemLineNamesSheetAndCellInFrench() {
        Plan plan = new Plan(LocalDate.of(2026, 12, 4), LevelMode.AUTO, List.of(), List.of(),
                List.of(new Problem("Factures", "D7", "3x/02/2026", "is not a date; expected e.g. 04/03/2026")));

        List<String> lines = new PlanLines(UiLanguage.FR).problems(plan);

        assertThat(lines).containsExactly(
                "Feuille Factures, cellule D7 : « 3x/02/2026 » n'est pas une date ; attendu par exemple 04/03/2026");
    }

    private static Plan plan(LetterPlan letter) {
        return new Plan(LocalDate.of(2026, 12, 4), LevelMode.AUTO, List.of(letter), List.of(), List.of());
    }
}
