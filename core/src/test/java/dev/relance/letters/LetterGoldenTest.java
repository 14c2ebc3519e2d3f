package dev.relance.letters;

import static dev.relance.letters.LetterSamples.AS_OF;
import static dev.relance.letters.LetterSamples.CHARGES;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.relance.charges.LateCharges;
import dev.relance.ledger.Language;
import dev.relance.ledger.LetterSettings;
import dev.relance.ledger.LetterSettings.PaperSize;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.NotYetDueLine;

/**
 * The text of each level's letter in each language, extracted from the PDF, with late-payment
 * charges on: 12.15 % a year, the 40 € indemnity from level 3, fees of 15 € (level 2) and 25 €
 * (level 3). French amounts group digits with U+202F and put U+00A0 before the euro sign.
 */
class LetterGoldenTest {

    private static final LetterRenderer RENDERER = new LetterRenderer();
    private static final LetterSettings LETTERS = new LetterSettings(PaperSize.A4, 100, 46,
            List.of(0, 8, 8), Optional.empty(), CHARGES);

    private static String render(Language language, int level) {
        LetterPlan letter = LateCharges.apply(LetterSamples.goldenLetter(level), CHARGES, AS_OF);
        byte[] pdf = RENDERER.renderPdf(LetterSamples.plan(letter), letter,
                LetterSamples.settings(language, LETTERS));
        return LetterSamples.text(pdf);
    }

    /** Asserts that each expected line is a whole line of the text. */
    private static void assertLines(String text, String... lines) {
        List<String> actual = text.lines().map(String::stripTrailing).toList();
        assertThat(actual).as(text).contains(lines);
    }

    @Test
    void frenchReminder() {
        String text = render(Language.FR, 1);

        assertLines(text,
                "Boulangerie Dupont SARL",
                "Paris, le 4 décembre 2026",
                "Objet\u00A0: Rappel de paiement",
                "Facture Date Échéance (jours) Montant Réglé Reste dû Pénalités",
                "F-2026-101 19/09/2026 19/10/2026 46 1\u202F200,00\u00A0€ 200,00\u00A0€ 1\u202F000,00\u00A0€"
                        + " 15,31\u00A0€",
                "F-2026-117 02/10/2026 01/11/2026 33 334,56\u00A0€ 0,00\u00A0€ 334,56\u00A0€ 3,68\u00A0€",
                "Total des factures échues 1\u202F334,56\u00A0€",
                "Avoir AV-2026-07 20/10/2026 -100,00\u00A0€",
                "Total restant dû 1\u202F234,56\u00A0€ 18,99\u00A0€",
                "Pénalités de retard (voir ci-dessous) 18,99\u00A0€",
                "Total des pénalités et frais 18,99\u00A0€",
                "Montant total dû, pénalités et frais compris 1\u202F253,55\u00A0€",
                "1\u202F253,55\u00A0€ dans les meilleurs délais.",
                "Règlement par virement sur notre compte IBAN FR76 3000 6000 0112 3456 7890 189");
        assertThat(text).contains("Pénalités au taux annuel de 12,15\u202F%, calculées sur le reste dû"
                + " de chaque facture, en jours exacts sur une base de 365 jours");
        assertThat(text).doesNotContain("Indemnité forfaitaire", "Frais de relance");
    }

    @Test
    void frenchSecondReminder() {
        String text = render(Language.FR, 2);

        assertLines(text,
                "Objet\u00A0: Deuxième relance de paiement",
                "Total restant dû 1\u202F234,56\u00A0€ 18,99\u00A0€",
                "Frais de relance 15,00\u00A0€",
                "Total des pénalités et frais 33,99\u00A0€",
                "Montant total dû, pénalités et frais compris 1\u202F268,55\u00A0€",
                "Nous vous demandons de nous régler la somme de 1\u202F268,55\u00A0€ au plus tard le"
                        + " 12 décembre 2026.");
        assertThat(text).contains("nous serons contraints de vous adresser une mise en demeure");
    }

    @Test
    void frenchFormalNotice() {
        String text = render(Language.FR, 3);

        assertLines(text,
                "Lettre recommandée avec accusé de réception",
                "Objet\u00A0: Mise en demeure de payer",
                "Indemnité forfaitaire pour frais de recouvrement (2 × 40,00\u00A0€) 80,00\u00A0€",
                "Frais de relance 25,00\u00A0€",
                "Total des pénalités et frais 123,99\u00A0€",
                "Montant total dû, pénalités et frais compris 1\u202F358,55\u00A0€",
                "12 décembre 2026.",
                "La présente lettre vaut mise en demeure au sens de l’article 1344 du Code civil.");
        assertThat(text).contains("nous vous mettons en demeure de nous régler la somme de"
                + " 1\u202F358,55\u00A0€ au plus tard le");
    }

    @Test
    void englishReminder() {
        String text = render(Language.EN, 1);

        assertLines(text,
                "4 December 2026",
                "Payment reminder",
                "Invoice Date Due date overdue Amount Paid Balance Interest",
                "F-2026-101 19 Sep 2026 19 Oct 2026 46 €1,200.00 €200.00 €1,000.00 €15.31",
                "F-2026-117 2 Oct 2026 1 Nov 2026 33 €334.56 €0.00 €334.56 €3.68",
                "Total of overdue invoices €1,334.56",
                "Credit AV-2026-07 20 Oct 2026 -€100.00",
                "Balance due €1,234.56 €18.99",
                "Late-payment interest (see below) €18.99",
                "Total interest and charges €18.99",
                "Total due including interest and charges €1,253.55");
        assertThat(text).contains("Interest at 12.15% a year on the balance of each invoice, counting"
                + " the actual days over a 365-day year");
        assertThat(text).contains("pay €1,253.55 at your earliest");
    }

    @Test
    void englishSecondReminder() {
        String text = render(Language.EN, 2);

        assertLines(text,
                "Second payment reminder",
                "Reminder fee €15.00",
                "Total interest and charges €33.99",
                "Total due including interest and charges €1,268.55",
                "We ask you to pay €1,268.55 by 12 December 2026 at the latest.");
    }

    @Test
    void englishFormalNotice() {
        String text = render(Language.EN, 3);

        assertLines(text,
                "By recorded delivery",
                "Formal notice to pay",
                "Fixed compensation for recovery costs (2 × €40.00) €80.00",
                "Reminder fee €25.00",
                "Total interest and charges €123.99",
                "Total due including interest and charges €1,358.55",
                "We hereby give you formal notice to pay €1,358.55 by 12 December 2026 at the latest.");
    }

    @Test
    void notYetDueFollowsCharges() {
        LetterPlan golden = LetterSamples.goldenLetter(1);
        NotYetDueLine later = new NotYetDueLine("F-2026-171", Optional.of(LocalDate.of(2026, 11, 20)),
                LocalDate.of(2026, 12, 20), new BigDecimal("640.00"));
        LetterPlan letter = LateCharges.apply(new LetterPlan(golden.client(), golden.currency(), 1,
                golden.total(), golden.invoices(), golden.credits(), List.of(later)), CHARGES, AS_OF);
        byte[] pdf = RENDERER.renderPdf(LetterSamples.plan(letter), letter,
                LetterSamples.settings(Language.FR, LETTERS));
        String text = LetterSamples.text(pdf);

        assertLines(text,
                "Montant total dû, pénalités et frais compris 1\u202F253,55\u00A0€",
                "Pour information, factures non encore échues (non comprises dans le solde à régler)\u00A0:",
                "F-2026-171 20/11/2026 20/12/2026 640,00\u00A0€",
                "1\u202F253,55\u00A0€ dans les meilleurs délais.");
        // The block for information comes after the charges, and its invoice is in no total.
        assertThat(text.indexOf("Pour information")).isGreaterThan(text.indexOf("Montant total dû"));
        assertThat(text).doesNotContain("1\u202F874");
    }
}
