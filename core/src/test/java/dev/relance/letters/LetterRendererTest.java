package dev.relance.letters;

import static dev.relance.letters.LetterSamples.client;
import static dev.relance.letters.LetterSamples.letter;
import static dev.relance.letters.LetterSamples.plan;
import static dev.relance.letters.LetterSamples.settings;
import static dev.relance.letters.LetterSamples.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.relance.ledger.Language;
import dev.relance.ledger.Settings;
import dev.relance.plan.InvoiceLine;
import dev.relance.plan.LetterPlan;

class LetterRendererTest {

    // One renderer for every test, as the command line uses it: templates and fonts load once.
    private static final LetterRenderer RENDERER = new LetterRenderer();

    private static String render(LetterPlan letter, Language workbookLanguage) {
        return text(RENDERER.renderPdf(plan(letter), letter, settings(workbookLanguage)));
    }

    @ParameterizedTest(name = "{0} level {1}: {2}")
    @CsvSource({
        "FR, 1, Objet\u00A0: Rappel de paiement",
        "FR, 2, Objet\u00A0: Deuxième relance de paiement",
        "FR, 3, Objet\u00A0: Mise en demeure de payer",
        "EN, 1, Payment reminder",
        "EN, 2, Second payment reminder",
        "EN, 3, Formal notice to pay",
    })
    void subjectNamesLevelInWorkbookLanguage(Language language, int level, String subject) {
        LetterPlan letter = letter(client("Dupont SARL"), level);

        String text = render(letter, language);

        assertThat(text).contains("\n" + subject + "\n");
    }

    @Test
    void frenchLetterPrintsSenderAndRecipientBlocks() {
        LetterPlan letter = letter(client("Dupont SARL"), 1);

        String text = render(letter, Language.FR);

        assertThat(text).contains("Atelier Martin SAS\n12 rue des Lilas\nBâtiment B\n75011 Paris\n");
        assertThat(text).contains("Tél.\u00A0: 01 23 45 67 89\n");
        assertThat(text).contains("E-mail\u00A0: compta@atelier-martin.fr\n");
        assertThat(text).contains("Dupont SARL\n4 avenue de la Gare\nZA des Tilleuls\n01000 Bourg-en-Bresse\nFrance\n");
        assertThat(text).contains("Votre code client\u00A0: C001\n");
    }

    @Test
    void frenchLetterDatesFromCityWithoutPostalCode() {
        LetterPlan letter = letter(client("Dupont SARL"), 1);

        String text = render(letter, Language.FR);

        assertThat(text).contains("\nParis, le 4 décembre 2026\n");
    }

    @Test
    void frenchLetterListsInvoicesCreditsAndTotal() {
        LetterPlan letter = letter(client("Dupont SARL"), 1);

        String text = render(letter, Language.FR);

        // The stripper returns U+202F between digit groups and U+00A0 before the euro sign.
        assertThat(text).contains("Facture Date Échéance (jours) Montant Réglé Reste dû\n");
        assertThat(text).contains("F-2026-101 01/09/2026 01/10/2026 64 1\u202F000,00\u00A0€ 0,00\u00A0€"
                + " 1\u202F000,00\u00A0€\n");
        assertThat(text).contains("F-2026-117 02/10/2026 01/11/2026 33 334,56\u00A0€ 0,00\u00A0€ 334,56\u00A0€\n");
        assertThat(text).contains("Total des factures échues 1\u202F334,56\u00A0€\n");
        assertThat(text).contains("Avoir AV-2026-07 20/10/2026 -100,00\u00A0€\n");
        assertThat(text).contains("Total restant dû 1\u202F234,56\u00A0€\n");
        assertThat(text).contains("un solde échu de 1\u202F234,56\u00A0€");
    }

    @Test
    void englishLetterFormatsAmountsAndDates() {
        LetterPlan letter = letter(client("Dupont SARL"), 2);

        String text = render(letter, Language.EN);

        assertThat(text).contains("\n4 December 2026\n");
        assertThat(text).contains("Invoice Date Due date overdue Amount Paid Balance\n");
        assertThat(text).contains("F-2026-101 1 Sep 2026 1 Oct 2026 64 €1,000.00 €0.00 €1,000.00\n");
        assertThat(text).contains("Credit AV-2026-07 20 Oct 2026 -€100.00\n");
        assertThat(text).contains("Balance due €1,234.56\n");
        assertThat(text).contains("by 12 December 2026 at the latest.");
    }

    @Test
    void secondLevelGivesEightDaysToPay() {
        LetterPlan letter = letter(client("Dupont SARL"), 2);

        String text = render(letter, Language.FR);

        assertThat(text).contains("au plus tard le 12 décembre 2026.");
    }

    @Test
    void formalNoticeStatesConsequences() {
        LetterPlan letter = letter(client("Dupont SARL"), 3);

        String text = render(letter, Language.FR);

        assertThat(text).contains("Lettre recommandée avec accusé de réception\n");
        assertThat(text).contains("procédure judiciaire");
        assertThat(text).contains("pénalités de retard");
        assertThat(text).contains("recouvrement de 40\u00A0€");
    }

    @Test
    void englishFormalNoticeStatesConsequences() {
        LetterPlan letter = letter(client("Dupont SARL"), 3);

        String text = render(letter, Language.EN);

        assertThat(text).contains("By recorded delivery\n");
        assertThat(text).contains("legal proceedings");
        assertThat(text).contains("late-payment interest");
        assertThat(text).contains("€40 for recovery costs");
    }

    @Test
    void englishFormalNoticeInPoundsNamesNoFrenchLaw() {
        LetterPlan euros = letter(client("Harbour Trading Ltd"), 3);
        LetterPlan pounds = new LetterPlan(euros.client(), "GBP", 3, euros.total(), euros.invoices(),
                euros.credits());

        String text = render(pounds, Language.EN);

        assertThat(text).contains("legal proceedings");
        assertThat(text).contains("statutory interest on late payment");
        assertThat(text).doesNotContain("French Commercial Code");
        assertThat(text).doesNotContain("€40");
    }

    @Test
    void levelAboveThreeUsesFormalNotice() {
        LetterPlan letter = letter(client("Dupont SARL"), 4);

        String text = render(letter, Language.FR);

        assertThat(text).contains("Objet\u00A0: Mise en demeure de payer\n");
    }

    @Test
    void paymentDetailsGroupIban() {
        LetterPlan letter = letter(client("Dupont SARL"), 1);

        String text = render(letter, Language.FR);

        assertThat(text).contains("IBAN FR76 3000 6000 0112 3456 7890 189\n");
        assertThat(text).contains("Claire Martin\nService comptabilité\n");
    }

    @Test
    void blankCompanyLeavesPlaceAndIbanOut() {
        LetterPlan letter = letter(client("Dupont SARL"), 1);
        Settings blank = Settings.defaults(Language.FR);

        String text = text(RENDERER.renderPdf(plan(letter), letter, blank));

        assertThat(text).contains("\nLe 4 décembre 2026\n");
        assertThat(text).doesNotContain("IBAN");
    }

    @Test
    void englishClientInFrenchWorkbookGetsEnglishLetter() {
        LetterPlan letter = letter(client("Dupont SARL", Optional.of(Language.EN)), 2);

        String text = render(letter, Language.FR);

        assertThat(text).contains("\nSecond payment reminder\n");
        assertThat(text).contains("Balance due €1,234.56\n");
        assertThat(text).doesNotContain("Objet");
    }

    @Test
    void frenchClientInEnglishWorkbookGetsFrenchLetter() {
        LetterPlan letter = letter(client("Dupont SARL", Optional.of(Language.FR)), 1);

        String text = render(letter, Language.EN);

        assertThat(text).contains("Objet\u00A0: Rappel de paiement\n");
    }

    @Test
    void templateCodeInClientNamePrintsLiterally() {
        LetterPlan letter = letter(client("#set($x=1) <b>${total}</b>"), 1);

        String text = render(letter, Language.FR);

        assertThat(text).contains("\n#set($x=1) <b>${total}</b>\n");
    }

    @Test
    void scriptInClientNamePrintsLiterally() {
        LetterPlan letter = letter(client("<script>alert('x')</script> & Co"), 1);

        String text = render(letter, Language.FR);

        assertThat(text).contains("\n<script>alert('x')</script> & Co\n");
    }

    @Test
    void controlCharacterInClientNameIsDropped() {
        LetterPlan letter = letter(client("Dupont\u0001 SARL"), 1);

        String text = render(letter, Language.FR);

        assertThat(text).contains("\nDupont SARL\n");
    }

    @Test
    void invoiceWithoutDateShowsDash() {
        InvoiceLine undated = new InvoiceLine("F-9", Optional.empty(), LocalDate.of(2026, 11, 1),
                Optional.empty(), BigDecimal.ZERO, new BigDecimal("50.00"), 33, 1, 2);
        LetterPlan letter = new LetterPlan(client("Dupont SARL"), "EUR", 2, new BigDecimal("50.00"),
                List.of(undated), List.of());

        String text = render(letter, Language.FR);

        assertThat(text).contains("F-9 — 01/11/2026 33 — 0,00\u00A0€ 50,00\u00A0€\n");
        assertThat(text).doesNotContain("Total des factures échues");
    }

    @Test
    void otherCurrencyPrintsItsSymbol() {
        LetterPlan euros = letter(client("Dupont SARL"), 1);
        LetterPlan dollars = new LetterPlan(euros.client(), "USD", 1, euros.total(), euros.invoices(),
                euros.credits());

        String text = render(dollars, Language.EN);

        assertThat(text).contains("Balance due US$1,234.56\n");
    }

    @Test
    void longStatementContinuesOnSecondPage() {
        List<InvoiceLine> invoices = IntStream.rangeClosed(1, 40)
                .mapToObj(n -> LetterSamples.invoice("F-" + n, "10.00", LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 10, 1)))
                .toList();
        LetterPlan letter = new LetterPlan(client("Dupont SARL"), "EUR", 1, new BigDecimal("400.00"),
                invoices, List.of());

        String text = render(letter, Language.FR);

        assertThat(text).contains("F-40 01/09/2026 01/10/2026 64 10,00\u00A0€ 0,00\u00A0€ 10,00\u00A0€\n");
        assertThat(text).contains("Total restant dû 400,00\u00A0€\n");
        assertThat(text).contains("\n2/2\n");
    }
}
