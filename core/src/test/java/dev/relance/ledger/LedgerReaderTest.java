package dev.relance.ledger;

import static dev.relance.ledger.TestWorkbooks.date;
import static dev.relance.ledger.TestWorkbooks.hiddenSheet;
import static dev.relance.ledger.TestWorkbooks.row;
import static dev.relance.ledger.TestWorkbooks.sheet;
import static dev.relance.ledger.TestWorkbooks.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.relance.RelanceException;
import dev.relance.plan.Problem;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;

class LedgerReaderTest {

    private static Sheet frenchClients() {
        return sheet("Clients", row(1, "Code client", "Nom"), row(2, "C001", "Dupont"));
    }

    private static Sheet frenchInvoices() {
        return sheet("Factures", row(1, "N° facture", "Code client", "Échéance", "Montant"),
                row(2, "F-1", "C001", date("2026-02-01"), 100));
    }

    @Test
    void readsRealSheetsPastHiddenOneAndTitleRows() {
        Sheet hidden = hiddenSheet("Factures",
                row(1, "N° facture", "Code client", "Échéance", "Montant TTC"),
                row(2, "F-OLD", "C001", date("2025-01-01"), 9999));
        Sheet clients = sheet("Clients",
                row(1, "Fichier clients"),
                row(2, "Arrêté au 28/02/2026"),
                row(4, "Code client", "Nom", "Ville"),
                row(5, "C001", "Maroquinerie Nadaud", "Tulle"),
                row(6, "C002", "Nougats Ollivier", "Montélimar"),
                row(7, "C003", "Orfèvres Perrot", "Angers"));
        Sheet invoices = sheet("Factures",
                row(1, "Relevé des factures ouvertes"),
                row(2, "Société Fictive Exemple — exercice 2026"),
                row(4, "N° facture", "Code client", "Date", "Échéance", "Montant TTC", "Réglé"),
                row(6, "F-1", "C001", date("2026-01-02"), date("2026-02-01"), 400),
                row(7, "F-2", "C002", date("2026-01-11"), date("2026-02-10"), 250),
                row(8, "F-3", "C999", date("2026-01-02"), date("2026-02-01"), 100),
                row(9, "F-4", "C003", date("2026-02-13"), date("2026-03-15"), 90),
                row(11, "Montants en euros TTC"),
                row(12, "F-9", "C003", date("2026-01-02"), date("2026-02-01"), 5000));

        Ledger ledger = new LedgerReader().read(workbook(hidden, clients, invoices));

        assertThat(ledger.clients()).extracting(Client::code).containsExactly("C001", "C002", "C003");
        assertThat(ledger.invoices()).extracting(Invoice::number).containsExactly("F-1", "F-2", "F-4");
        assertThat(ledger.problems()).extracting(Problem::sheet, Problem::cell)
                .containsExactly(tuple("Factures", "B8"));
        assertThat(ledger.layout()).isEqualTo(
                new Ledger.Layout("Clients", 3, 2, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"Clients, Factures", "Customers, Invoices", "Client, Facture", "Customer, Invoice",
        "' CLIENTS ', Échéances", "clients, echeances", "Clients:, 'Factures.'"})
    void findsSheetsByAnyName(String clientsName, String invoicesName) {
        Ledger ledger = new LedgerReader().read(workbook(
                sheet(clientsName, frenchClients().rows().toArray(new Row[0])),
                sheet(invoicesName, frenchInvoices().rows().toArray(new Row[0]))));

        assertThat(ledger.invoices()).extracting(Invoice::number).containsExactly("F-1");
        assertThat(ledger.layout().clientsSheet()).isEqualTo(clientsName);
    }

    @Test
    void rejectsWorkbookWithoutInvoicesSheet() {
        assertThatThrownBy(() -> new LedgerReader().read(workbook(frenchClients(), sheet("Feuil1"))))
                .isInstanceOf(RelanceException.class)
                .hasMessage("missing Invoices sheet; expected a sheet named Factures, Invoices, Facture,"
                        + " Invoice, Échéances; found Clients, Feuil1");
    }

    @Test
    void rejectsInvoicesWithoutClientColumn() {
        Sheet invoices = sheet("Factures", row(1, "Liste"), row(2, "N° facture", "Date", "Montant TTC"));

        assertThatThrownBy(() -> new LedgerReader().read(workbook(frenchClients(), invoices)))
                .isInstanceOf(RelanceException.class)
                .hasMessage("missing the client column in the first 10 rows; accepted headers for the"
                        + " client: Code client, Client, Customer, Customer code; found on row 2:"
                        + " N° facture, Date, Montant TTC")
                .satisfies(thrown -> assertThat(((RelanceException) thrown).sheet()).contains("Factures"));
    }

    @Test
    void rejectsHeaderBelowTenthRow() {
        Sheet clients = sheet("Clients", row(1, "Titre"), row(11, "Code client", "Nom"), row(12, "C001", "Dupont"));

        assertThatThrownBy(() -> new LedgerReader().read(workbook(clients, frenchInvoices())))
                .isInstanceOf(RelanceException.class)
                .hasMessageStartingWith("missing the client code column and the name column in the first 10 rows;");
    }

    @Test
    void prefersMostSpecificHeaderForOneField() {
        Sheet invoices = sheet("Factures",
                row(1, "Date", "Facture", "Client", "Total", "Date facture", "Montant TTC", "Échéance"),
                row(2, date("2026-01-05"), "F-1", "C001", 120, date("2026-01-02"), 100, null));

        Ledger ledger = new LedgerReader().read(workbook(frenchClients(), invoices));

        assertThat(ledger.invoices()).singleElement().satisfies(invoice -> {
            assertThat(invoice.invoiceDate()).contains(LocalDate.parse("2026-01-02"));
            assertThat(invoice.amount()).contains(new BigDecimal("100"));
        });
    }

    @Test
    void readsInvoiceNumberAndClientFromFactureAndClientHeaders() {
        Sheet invoices = sheet("Invoices",
                row(1, "Client", "Facture", "Due", "Total"),
                row(2, "C001", "F-7", date("2026-02-01"), 70));

        Ledger ledger = new LedgerReader().read(workbook(frenchClients(), invoices));

        assertThat(ledger.invoices()).singleElement().satisfies(invoice -> {
            assertThat(invoice.number()).isEqualTo("F-7");
            assertThat(invoice.clientKey()).isEqualTo("c001");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"N° facture", "Numéro", "Facture", "Pièce", "Référence", "Invoice", "Invoice no",
        "Number", "Invoice #", "Numéro de facture", "N° de facture", "Invoice number"})
    void findsInvoiceNumberByAnySynonym(String header) {
        Sheet invoices = sheet("Factures", row(1, header, "Client", "Échéance", "Montant"),
                row(2, "F-1", "C001", date("2026-02-01"), 100));

        Ledger ledger = new LedgerReader().read(workbook(frenchClients(), invoices));

        assertThat(ledger.invoices()).extracting(Invoice::number).containsExactly("F-1");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Code client", "Client", "Customer", "Customer code"})
    void findsInvoiceClientByAnySynonym(String header) {
        Sheet invoices = sheet("Factures", row(1, "Facture", header, "Échéance", "Montant"),
                row(2, "F-1", "C001", date("2026-02-01"), 100));

        Ledger ledger = new LedgerReader().read(workbook(frenchClients(), invoices));

        assertThat(ledger.invoices()).extracting(Invoice::clientKey).containsExactly("c001");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"Date, Échéance", "Date facture, Date d'échéance", "Invoice date, Due date",
        "Date, Due", "Invoice date, Date d’échéance", "Date de facture, Date échéance"})
    void findsDateColumnsByAnySynonym(String invoiceDateHeader, String dueDateHeader) {
        Sheet invoices = sheet("Factures", row(1, "Facture", "Client", invoiceDateHeader, dueDateHeader, "Montant"),
                row(2, "F-1", "C001", date("2026-01-02"), date("2026-02-05"), 100));

        Invoice invoice = new LedgerReader().read(workbook(frenchClients(), invoices)).invoices().get(0);

        assertThat(invoice.invoiceDate()).contains(LocalDate.parse("2026-01-02"));
        assertThat(invoice.dueDate()).isEqualTo(LocalDate.parse("2026-02-05"));
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource({"Montant, Réglé, Reste dû", "Montant TTC, Payé, Reste à payer", "Total TTC, Montant réglé, Solde",
        "Amount, Paid, Balance", "Total, Amount paid, Outstanding", "Invoice amount, Paid, Amount due",
        "Amount, Paid, Open amount", "Montant (€), Montant payé (€), Restant dû (€)",
        "Montant facture, Déjà réglé, Montant dû", "Amount (USD), Paid USD, Balance in USD"})
    void findsAmountColumnsByAnySynonym(String amountHeader, String paidHeader, String balanceHeader) {
        Sheet invoices = sheet("Factures",
                row(1, "Facture", "Client", "Échéance", amountHeader, paidHeader, balanceHeader),
                row(2, "F-1", "C001", date("2026-02-01"), 100, 30, 60));

        Invoice invoice = new LedgerReader().read(workbook(frenchClients(), invoices)).invoices().get(0);

        assertThat(invoice.amount()).contains(new BigDecimal("100"));
        assertThat(invoice.paid()).isEqualTo(new BigDecimal("30"));
        assertThat(invoice.balance()).isEqualTo(new BigDecimal("60.00"));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"Devise, Litige", "Currency, Contesté", "Devise, Disputed", "Currency, In dispute"})
    void findsCurrencyAndDisputedBySynonym(String currencyHeader, String disputedHeader) {
        Sheet invoices = sheet("Factures",
                row(1, "Facture", "Client", "Échéance", "Montant", currencyHeader, disputedHeader),
                row(2, "F-1", "C001", date("2026-02-01"), 100, "USD", "oui"));

        Invoice invoice = new LedgerReader().read(workbook(frenchClients(), invoices)).invoices().get(0);

        assertThat(invoice.currency()).isEqualTo("USD");
        assertThat(invoice.disputed()).isTrue();
    }

    @Test
    void detectsFrenchFromSheetName() {
        Ledger ledger = new LedgerReader().read(workbook(
                sheet("Customers", row(1, "Customer code", "Name")),
                sheet("Factures", row(1, "Invoice", "Customer", "Due date", "Amount"))));

        assertThat(ledger.settings().language()).isEqualTo(Language.FR);
    }

    @Test
    void detectsFrenchFromRequiredHeaders() {
        Ledger ledger = new LedgerReader().read(workbook(
                sheet("Clients", row(1, "Code client", "Nom")),
                sheet("Invoices", row(1, "N° facture", "Client", "Échéance", "Montant"))));

        assertThat(ledger.settings().language()).isEqualTo(Language.FR);
    }

    @Test
    void detectsEnglishFromRequiredHeaders() {
        Ledger ledger = new LedgerReader().read(workbook(
                sheet("Clients", row(1, "Code", "Name")),
                sheet("Invoices", row(1, "Invoice no", "Client", "Date", "Amount"))));

        assertThat(ledger.settings().language()).isEqualTo(Language.EN);
    }

    @Test
    void recordsLayoutOfClientsSheet() {
        Sheet clients = sheet("Clients",
                row(2, "Code client", "Nom", "Dernière relance", "Dernier niveau", null, "Notes", null));

        Ledger ledger = new LedgerReader().read(workbook(clients, frenchInvoices()));

        assertThat(ledger.layout()).isEqualTo(
                new Ledger.Layout("Clients", 1, 5, Optional.of(2), Optional.of(3), Optional.empty()));
    }

    @Test
    void lastColumnCoversNotesWithoutHeader() {
        Sheet clients = sheet("Clients",
                row(0, "Code client", "Nom"),
                row(1, "C001", "Dupont SARL", "appeler M. X", null, "VIP"));

        Ledger ledger = new LedgerReader().read(workbook(clients, frenchInvoices()));

        assertThat(ledger.layout().clientsLastColumn()).isEqualTo(4);
    }

    @Test
    void recordsLayoutWithEnglishLastReminderColumns() {
        Sheet clients = sheet("Customers", row(1, "Last level", "Code", "Name", "Last reminder"));

        Ledger ledger = new LedgerReader().read(workbook(clients, frenchInvoices()));

        assertThat(ledger.layout().lastReminderColumn()).contains(3);
        assertThat(ledger.layout().lastLevelColumn()).contains(0);
    }
}
