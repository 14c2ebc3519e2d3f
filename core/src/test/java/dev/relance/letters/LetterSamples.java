package dev.relance.letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import dev.relance.ledger.Client;
import dev.relance.ledger.Company;
import dev.relance.ledger.Language;
import dev.relance.ledger.LetterSettings;
import dev.relance.ledger.LetterSettings.ChargeSettings;
import dev.relance.ledger.LevelMode;
import dev.relance.ledger.Settings;
import dev.relance.plan.CreditLine;
import dev.relance.plan.InvoiceLine;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.Plan;

/** Letters, plans and settings built in code for the letter tests, and PDF text extraction. */
final class LetterSamples {

    static final LocalDate AS_OF = LocalDate.of(2026, 12, 4);

    static final Company COMPANY = new Company("Atelier Martin SAS", "12 rue des Lilas\nBâtiment B",
            "75011 Paris", "compta@atelier-martin.fr", "01 23 45 67 89",
            "FR76 3000 6000 0112 3456 7890 189", "Claire Martin\nService comptabilité");

    private LetterSamples() {
    }

    static Client client(String name, Optional<Language> language) {
        return new Client("C001", name, List.of("4 avenue de la Gare", "ZA des Tilleuls"), "01000",
                "Bourg-en-Bresse", "France", "achats@dupont.fr", language, Optional.empty(),
                Optional.empty(), false, "", "", 1);
    }

    static Client client(String name) {
        return client(name, Optional.empty());
    }

    static InvoiceLine invoice(String number, String balance, LocalDate invoiceDate, LocalDate dueDate) {
        long daysOverdue = dueDate.until(AS_OF, ChronoUnit.DAYS);
        return new InvoiceLine(number, Optional.of(invoiceDate), dueDate, Optional.of(new BigDecimal(balance)),
                BigDecimal.ZERO, new BigDecimal(balance), daysOverdue, 0, 1);
    }

    /** Builds a letter of two invoices and one credit note, total 1 234,56 €. */
    static LetterPlan letter(Client client, int level) {
        List<InvoiceLine> invoices = List.of(
                invoice("F-2026-101", "1000.00", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1)),
                invoice("F-2026-117", "334.56", LocalDate.of(2026, 10, 2), LocalDate.of(2026, 11, 1)));
        List<CreditLine> credits = List.of(
                new CreditLine("AV-2026-07", Optional.of(LocalDate.of(2026, 10, 20)), new BigDecimal("-100.00")));
        return new LetterPlan(client, "EUR", level, new BigDecimal("1234.56"), invoices, credits);
    }

    /**
     * Builds the letter of the golden tests: an invoice partly paid and one unpaid, 46 and 33
     * days late, and a credit note; total 1 234,56 €.
     */
    static LetterPlan goldenLetter(int level) {
        List<InvoiceLine> invoices = List.of(
                new InvoiceLine("F-2026-101", Optional.of(LocalDate.of(2026, 9, 19)),
                        LocalDate.of(2026, 10, 19), Optional.of(new BigDecimal("1200.00")),
                        new BigDecimal("200.00"), new BigDecimal("1000.00"), 46, level - 1, level),
                invoice("F-2026-117", "334.56", LocalDate.of(2026, 10, 2), LocalDate.of(2026, 11, 1)));
        List<CreditLine> credits = List.of(
                new CreditLine("AV-2026-07", Optional.of(LocalDate.of(2026, 10, 20)), new BigDecimal("-100.00")));
        return new LetterPlan(client("Boulangerie Dupont SARL"), "EUR", level, new BigDecimal("1234.56"),
                invoices, credits);
    }

    /** Late-payment charges on: 12.15 % a year, the indemnity from level 3, fees of 15 and 25. */
    static final ChargeSettings CHARGES = new ChargeSettings(true, new BigDecimal("12.15"), 3,
            List.of(BigDecimal.ZERO, new BigDecimal("15.00"), new BigDecimal("25.00")));

    static Settings settings(Language language, LetterSettings letters) {
        return settings(language).withLetters(letters);
    }

    static Plan plan(LetterPlan letter) {
        return new Plan(AS_OF, LevelMode.AUTO, List.of(letter), List.of(), List.of());
    }

    static Settings settings(Language language) {
        return new Settings(LevelMode.AUTO, 3, 0, BigDecimal.ZERO, false, 0, 30, "EUR", language, false,
                COMPANY, Settings.Smtp.NONE);
    }

    /** Extracts a PDF's text in reading order, one line of the page a line of text. */
    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // Bold words inside a paragraph come last in content-stream order: read in page order.
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
