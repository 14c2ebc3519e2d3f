package dev.relance.ledger;

import static dev.relance.ledger.TestWorkbooks.row;
import static dev.relance.ledger.TestWorkbooks.sheet;
import static dev.relance.ledger.TestWorkbooks.workbook;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.relance.plan.Problem;
import dev.relance.workbook.Row;

class LedgerSettingsTest {

    private static Ledger readFrench(Row... settingRows) {
        return new LedgerReader().read(workbook(
                sheet("Clients", row(1, "Code client", "Nom"), row(2, "C001", "Dupont")),
                sheet("Factures", row(1, "N° facture", "Code client", "Date", "Échéance", "Montant"),
                        row(2, "F-1", "C001", "02/01/2026", null, "1,500")),
                sheet("Paramètres", settingRows)));
    }

    private static Ledger readEnglish(Row... settingRows) {
        return new LedgerReader().read(workbook(
                sheet("Customers", row(1, "Customer code", "Name"), row(2, "C001", "Dupont")),
                sheet("Invoices", row(1, "Invoice", "Customer", "Date", "Due date", "Amount"),
                        row(2, "F-1", "C001", "02/01/2026", null, "1,500")),
                sheet("Settings", settingRows)));
    }

    @Test
    void readsDefaultsWithoutSettingsSheet() {
        Ledger ledger = new LedgerReader().read(workbook(
                sheet("Clients", row(1, "Code client", "Nom")),
                sheet("Factures", row(1, "N° facture", "Code client", "Échéance", "Montant"))));

        assertThat(ledger.settings()).isEqualTo(Settings.defaults(Language.FR));
    }

    @Test
    void readsEveryFrenchKey() {
        Ledger ledger = readFrench(
                row(1, "Paramètre", "Valeur"),
                row(2, "Mode", "fiche client"),
                row(3, "Niveau maximum", 4),
                row(4, "Délai de grâce", "5"),
                row(5, "Montant minimum", "15,50 €"),
                row(6, "Tenir compte de l'encours autorisé", "oui"),
                row(7, "Jours entre deux relances", 10),
                row(8, "Délai de paiement", 45),
                row(9, "Devise", "€"),
                row(10, "Langue", "fr"),
                row(11, "Société", "Exemple SARL"),
                row(12, "Adresse", "1 place de la Mairie"),
                row(13, "Ville", "69001 Lyon"),
                row(14, "E-mail", "compta@exemple.fr"),
                row(15, "Téléphone", "04 00 00 00 00"),
                row(16, "IBAN", "FR76 0000"),
                row(17, "Signature", "Jeanne Martin"),
                row(18, "Serveur SMTP", "smtp.exemple.fr"),
                row(19, "Port SMTP", 465),
                row(20, "Sécurité SMTP", "SSL"),
                row(21, "Utilisateur SMTP", "jeanne"),
                row(22, "E-mail expéditeur", "relances@exemple.fr"));

        assertThat(ledger.problems()).isEmpty();
        assertThat(ledger.settings()).isEqualTo(new Settings(LevelMode.CLIENT, 4, 5, new BigDecimal("15.50"),
                true, 10, 45, "EUR", Language.FR, false,
                new Company("Exemple SARL", "1 place de la Mairie", "69001 Lyon", "compta@exemple.fr",
                        "04 00 00 00 00", "FR76 0000", "Jeanne Martin"),
                new Settings.Smtp(Optional.of("smtp.exemple.fr"), Optional.of(465), Optional.of("ssl"),
                        Optional.of("jeanne"), Optional.of("relances@exemple.fr"))));
    }

    @Test
    void readsEnglishKeysInSecondAndThirdColumns() {
        Ledger ledger = readEnglish(
                row(1, null, "Setting", "Value"),
                row(2, null, "Mode", "auto"),
                row(3, null, "Maximum level", 2),
                row(4, null, "Grace days", 3),
                row(5, null, "Minimum amount", "1,000"),
                row(6, null, "Use credit limit", "no"),
                row(7, null, "Days between reminders", 7),
                row(8, null, "Payment days", 60),
                row(9, null, "Currency", "gbp"),
                row(10, null, "Company", "Example Ltd"),
                row(11, null, "Sender email", "billing@example.com"),
                row(12, null, "SMTP port", 587),
                row(13, null, "SMTP security", "starttls"));

        Settings settings = ledger.settings();

        assertThat(ledger.problems()).isEmpty();
        assertThat(settings.language()).isEqualTo(Language.EN);
        assertThat(settings.maximumLevel()).isEqualTo(2);
        assertThat(settings.graceDays()).isEqualTo(3);
        assertThat(settings.minimumAmount()).isEqualTo(new BigDecimal("1000"));
        assertThat(settings.useCreditLimit()).isFalse();
        assertThat(settings.daysBetweenReminders()).isEqualTo(7);
        assertThat(settings.paymentDays()).isEqualTo(60);
        assertThat(settings.currency()).isEqualTo("GBP");
        assertThat(settings.company().name()).isEqualTo("Example Ltd");
        assertThat(settings.smtp()).isEqualTo(new Settings.Smtp(Optional.empty(), Optional.of(587),
                Optional.of("starttls"), Optional.empty(), Optional.of("billing@example.com")));
    }

    @Test
    void appliesSettingsToInvoicesRead() {
        Ledger ledger = readEnglish(row(1, "Payment days", 10), row(2, "Currency", "USD"));

        Invoice invoice = ledger.invoices().get(0);

        assertThat(invoice.dueDate()).isEqualTo(LocalDate.parse("2026-01-12"));
        assertThat(invoice.currency()).isEqualTo("USD");
        assertThat(invoice.balance()).isEqualTo(new BigDecimal("1500.00"));
    }

    @Test
    void readsMonthFirstDatesForUnitedStatesLanguage() {
        Ledger ledger = readEnglish(row(1, "Language", "en-US"));

        assertThat(ledger.settings().usSlashDates()).isTrue();
        assertThat(ledger.invoices().get(0).invoiceDate()).contains(LocalDate.parse("2026-02-01"));
    }

    @Test
    void languageKeyOverridesDetectedLanguage() {
        Ledger ledger = readFrench(row(1, "Langue", "anglais"));

        assertThat(ledger.settings().language()).isEqualTo(Language.EN);
        assertThat(ledger.settings().usSlashDates()).isFalse();
        assertThat(ledger.invoices().get(0).amount()).contains(new BigDecimal("1500"));
    }

    @Test
    void readsAmbiguousAmountWithFrenchDecimalComma() {
        Ledger ledger = readFrench();

        assertThat(ledger.invoices().get(0).amount()).contains(new BigDecimal("1.500"));
    }

    @Test
    void reportsUnknownKeyAndKeepsTheOthers() {
        Ledger ledger = readEnglish(row(1, "Colour", "blue"), row(2, "Grace days", 4));

        assertThat(ledger.settings().graceDays()).isEqualTo(4);
        assertThat(ledger.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.sheet()).isEqualTo("Settings");
            assertThat(problem.cell()).isEqualTo("A1");
            assertThat(problem.value()).isEqualTo("Colour");
            assertThat(problem.message()).startsWith("is not a setting; accepted settings: Mode, Maximum level,");
        });
    }

    @Test
    void reportsBadValuesAndKeepsDefaults() {
        Ledger ledger = readFrench(
                row(1, "Mode", "manuel"),
                row(2, "Niveau maximum", 0),
                row(3, "Délai de paiement", "trente"),
                row(4, "Montant minimum", "-5"),
                row(5, "Port SMTP", 70000),
                row(6, "Sécurité SMTP", "tls"),
                row(7, "Langue", "allemand"),
                row(8, "Devise", "euro"),
                row(9, "Délai de paiement", 10));

        assertThat(ledger.settings()).isEqualTo(Settings.defaults(Language.FR));
        assertThat(ledger.problems()).containsExactly(
                new Problem("Paramètres", "B1", "manuel", "is not a mode; expected auto or client"),
                new Problem("Paramètres", "B2", "0", "is not a level; expected e.g. 3"),
                new Problem("Paramètres", "B3", "trente", "is not a whole number; expected e.g. 30"),
                new Problem("Paramètres", "B4", "-5", "is negative; expected an amount of 0 or more"),
                new Problem("Paramètres", "B5", "70000", "is not a port number; expected e.g. 587"),
                new Problem("Paramètres", "B6", "tls",
                        "is not an SMTP security; expected starttls, ssl or none"),
                new Problem("Paramètres", "B7", "allemand", "is not a language; expected fr, en or en-US"),
                new Problem("Paramètres", "A9", "Délai de paiement",
                        "is a setting already given on row 3; only that row is read"));
    }

    @Test
    void keepsDefaultForBlankValue() {
        Ledger ledger = readFrench(row(1, "Délai de paiement", null), row(2, "Devise", " "));

        assertThat(ledger.problems()).isEmpty();
        assertThat(ledger.settings()).isEqualTo(Settings.defaults(Language.FR));
    }

    @Test
    void readsSettingsKeysWithPunctuationAndCase() {
        Ledger ledger = readFrench(row(1, "DÉLAI DE PAIEMENT :", 15),
                row(2, "tenir compte de l’encours autorisé", "x"));

        assertThat(ledger.problems()).isEmpty();
        assertThat(ledger.settings().paymentDays()).isEqualTo(15);
        assertThat(ledger.settings().useCreditLimit()).isTrue();
    }
}
