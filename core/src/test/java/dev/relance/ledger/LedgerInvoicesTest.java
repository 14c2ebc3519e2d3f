package dev.relance.ledger;

import static dev.relance.ledger.TestWorkbooks.date;
import static dev.relance.ledger.TestWorkbooks.error;
import static dev.relance.ledger.TestWorkbooks.formula;
import static dev.relance.ledger.TestWorkbooks.row;
import static dev.relance.ledger.TestWorkbooks.sheet;
import static dev.relance.ledger.TestWorkbooks.workbook;
import static dev.relance.ledger.TestWorkbooks.workbook1904;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.relance.plan.Problem;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;

class LedgerInvoicesTest {

    private static final Row FRENCH_HEADER =
            row(1, "N° facture", "Code client", "Date", "Échéance", "Montant TTC", "Réglé");

    private static Sheet clients() {
        return sheet("Clients",
                row(1, "Code client", "Nom"),
                row(2, "C001", "Dupont SARL"),
                row(3, "C002", "Ébénisterie Martin"),
                row(4, "C003", "Durand"),
                row(5, "C004", "DURAND "));
    }

    private static Ledger read(Row... invoiceRows) {
        return new LedgerReader().read(workbook(clients(), sheet("Factures", invoiceRows)));
    }

    @Test
    void readsInvoiceRow() {
        Ledger ledger = read(FRENCH_HEADER,
                row(2, "F-1", "C001", date("2026-01-02"), date("2026-02-01"), 1000, 250));

        assertThat(ledger.problems()).isEmpty();
        assertThat(ledger.invoices()).containsExactly(new Invoice("F-1", "c001",
                Optional.of(LocalDate.parse("2026-01-02")), LocalDate.parse("2026-02-01"),
                Optional.of(new BigDecimal("1000")), new BigDecimal("250"), new BigDecimal("750.00"),
                "EUR", false, 1));
    }

    @Test
    void computesBlankDueDateFromPaymentDays() {
        Ledger ledger = read(FRENCH_HEADER, row(2, "F-1", "C001", date("2026-01-02"), null, 100));

        assertThat(ledger.invoices()).singleElement()
                .extracting(Invoice::dueDate).isEqualTo(LocalDate.parse("2026-02-01"));
    }

    @Test
    void reportsRowWithoutAnyDate() {
        Ledger ledger = read(FRENCH_HEADER, row(2, "F-1", "C001", null, null, 100));

        assertThat(ledger.invoices()).isEmpty();
        assertThat(ledger.problems()).containsExactly(new Problem("Factures", "D2", "",
                "missing due date and invoice date; expected e.g. 04/03/2026"));
    }

    @Test
    void reportsUnknownClientAtItsCell() {
        Ledger ledger = read(FRENCH_HEADER,
                row(2, "F-1", "C999", null, date("2026-02-01"), 100),
                row(3, "F-2", "c001 ", null, date("2026-02-01"), 200));

        assertThat(ledger.problems()).containsExactly(new Problem("Factures", "B2", "C999",
                "is not a client code or name found in Clients; expected a code such as C001"));
        assertThat(ledger.invoices()).extracting(Invoice::number).containsExactly("F-2");
    }

    @Test
    void matchesClientByName() {
        Ledger ledger = read(FRENCH_HEADER,
                row(2, "F-1", "ebenisterie  MARTIN", null, date("2026-02-01"), 100));

        assertThat(ledger.invoices()).singleElement().extracting(Invoice::clientKey).isEqualTo("c002");
    }

    @Test
    void reportsNameSharedByTwoClients() {
        Ledger ledger = read(FRENCH_HEADER, row(2, "F-1", "Durand", null, date("2026-02-01"), 100));

        assertThat(ledger.invoices()).isEmpty();
        assertThat(ledger.problems()).containsExactly(new Problem("Factures", "B2", "Durand",
                "is the name of several clients (C003, C004); expected one of their client codes"));
    }

    @Test
    void reportsInvalidDateWhileOtherRowsSurvive() {
        Ledger ledger = read(FRENCH_HEADER,
                row(2, "F-1", "C001", null, "04/03/2026", 100),
                row(3, "F-2", "C001", null, "31/02/2026", 200),
                row(4, "F-3", "C002", null, "3 avril 2026", 300));

        assertThat(ledger.problems()).containsExactly(new Problem("Factures", "D3", "31/02/2026",
                "is not a valid date because February 2026 has 28 days; expected e.g. 04/03/2026"));
        assertThat(ledger.invoices()).extracting(Invoice::number, Invoice::dueDate).containsExactly(
                tuple("F-1", LocalDate.parse("2026-03-04")),
                tuple("F-3", LocalDate.parse("2026-04-03")));
    }

    @Test
    void reportsFormulasWithoutValueAtTheirCells() {
        Ledger ledger = read(
                row(1, "N° facture", "Code client", "Date", "Échéance", "Montant TTC", "Réglé", "Reste dû"),
                row(2, "F-1", "C001", date("2026-01-02"), date("2026-02-01"), 1000, 0, formula("E2-F2")),
                row(3, "F-2", "C001", date("2026-01-06"), date("2026-02-05"), 500, 100, 400),
                row(4, "F-5", "C002", date("2026-01-02"), date("2026-02-01"), formula("500*1.2")));

        assertThat(ledger.problems()).extracting(Problem::cell).containsExactly("G2", "E4");
        assertThat(ledger.problems().get(0).message()).isEqualTo("is a formula saved without its result;"
                + " expected an amount. Open and save the workbook in Excel or Calc to compute it");
        assertThat(ledger.invoices()).extracting(Invoice::number).containsExactly("F-2");
    }

    @Test
    void reportsErrorValue() {
        Ledger ledger = read(FRENCH_HEADER, row(2, "F-1", "C001", null, error("#REF!"), 100));

        assertThat(ledger.problems()).containsExactly(
                new Problem("Factures", "D2", "#REF!", "is an error value; expected a date"));
    }

    @Test
    void reportsDuplicateInvoiceNumberOfSameClient() {
        Ledger ledger = read(FRENCH_HEADER,
                row(2, "F-1", "C001", null, date("2026-02-01"), 100),
                row(3, "F-1", "C002", null, date("2026-02-01"), 200),
                row(4, "f-1 ", "C001", null, date("2026-02-01"), 300));

        assertThat(ledger.problems()).containsExactly(new Problem("Factures", "A4", "f-1 ",
                "is an invoice number already used for client C001 on row 2; only that row is read"));
        assertThat(ledger.invoices()).extracting(Invoice::balance)
                .containsExactly(new BigDecimal("100.00"), new BigDecimal("200.00"));
    }

    @Test
    void balanceColumnWinsWhenFilled() {
        Ledger ledger = read(
                row(1, "Facture", "Client", "Échéance", "Montant", "Payé", "Solde"),
                row(2, "F-1", "C001", date("2026-02-01"), 1000, 100, 50),
                row(3, "F-2", "C001", date("2026-02-01"), 1000, 100, null),
                row(4, "F-3", "C001", date("2026-02-01"), null, null, 80));

        assertThat(ledger.invoices()).extracting(Invoice::balance).containsExactly(
                new BigDecimal("50.00"), new BigDecimal("900.00"), new BigDecimal("80.00"));
        assertThat(ledger.invoices().get(2).amount()).isEmpty();
    }

    @Test
    void roundsBalanceToCentsHalfUp() {
        Ledger ledger = read(FRENCH_HEADER,
                row(2, "F-1", "C001", null, date("2026-02-01"), new BigDecimal("10.005")),
                row(3, "F-2", "C001", null, date("2026-02-01"), new BigDecimal("-10.005")),
                row(4, "F-3", "C001", null, date("2026-02-01"), new BigDecimal("100.004"), 0));

        assertThat(ledger.invoices()).extracting(Invoice::balance).containsExactly(
                new BigDecimal("10.01"), new BigDecimal("-10.01"), new BigDecimal("100.00"));
    }

    @Test
    void reportsMissingAmount() {
        Ledger ledger = read(FRENCH_HEADER, row(2, "F-1", "C001", null, date("2026-02-01"), null, 10));

        assertThat(ledger.problems()).containsExactly(
                new Problem("Factures", "E2", "", "missing amount; expected e.g. 1 234,56"));
    }

    @Test
    void dropsSettledRowsAfterCheckingThem() {
        Ledger ledger = read(FRENCH_HEADER,
                row(2, "F-1", "C001", null, date("2026-02-01"), 100, 100),
                row(3, "F-2", "C001", null, date("2026-02-01"), 100, "cent"),
                row(4, "F-3", "C001", null, date("2026-02-01"), 200, 150));

        assertThat(ledger.problems()).extracting(Problem::cell).containsExactly("F3");
        assertThat(ledger.invoices()).extracting(Invoice::number).containsExactly("F-3");
    }

    @Test
    void reportsDuplicateNumberOfSettledRow() {
        Ledger ledger = read(FRENCH_HEADER,
                row(2, "F-1", "C001", null, date("2026-02-01"), 100, 100),
                row(3, "F-1", "C001", null, date("2026-02-01"), 300));

        assertThat(ledger.problems()).containsExactly(new Problem("Factures", "A3", "F-1",
                "is an invoice number already used for client C001 on row 2; only that row is read"));
        assertThat(ledger.invoices()).isEmpty();
    }

    @Test
    void readsTextAmountsWithEveryKindOfSpace() {
        Ledger ledger = read(FRENCH_HEADER,
                row(2, "F-1", "C001", null, date("2026-02-01"), "1 234,56 €"),
                row(3, "F-2", "C001", null, date("2026-02-01"), "1\u00A0234,56\u00A0€"),
                row(4, "AV-3", "C002", null, date("2026-02-01"), "-1\u202F234,56 €"),
                row(5, "F-4", "C003", null, date("2026-02-01"), "1234,56"),
                row(6, "F-5", "C003", null, date("2026-02-01"), "12 34,5"),
                row(7, "F-6", "C004", null, date("2026-02-01"), "3\u00A0000,00 €", "1\u202F000,50"));

        assertThat(ledger.problems()).containsExactly(new Problem("Factures", "E6", "12 34,5",
                "is not an amount because its digits are not in groups of three; expected e.g. 1 234,56"));
        assertThat(ledger.invoices()).extracting(Invoice::balance).containsExactly(
                new BigDecimal("1234.56"), new BigDecimal("1234.56"), new BigDecimal("-1234.56"),
                new BigDecimal("1234.56"), new BigDecimal("1999.50"));
    }

    @Test
    void readsDateSerialsFrom1900() {
        Ledger ledger = read(FRENCH_HEADER, row(2, "F-1", "C001", 46023, 46054, 100));

        assertThat(ledger.invoices()).singleElement().satisfies(invoice -> {
            assertThat(invoice.invoiceDate()).contains(LocalDate.parse("2026-01-01"));
            assertThat(invoice.dueDate()).isEqualTo(LocalDate.parse("2026-02-01"));
        });
    }

    @Test
    void readsDateSerialsFrom1904() {
        Ledger ledger = new LedgerReader().read(workbook1904(clients(), sheet("Factures",
                FRENCH_HEADER, row(2, "F-1", "C001", 44562, null, 500))));

        assertThat(ledger.invoices()).singleElement().extracting(Invoice::dueDate)
                .isEqualTo(LocalDate.parse("2026-02-01"));
    }

    @Test
    void readsNumberCellInvoiceNumberWithoutDecimals() {
        Ledger ledger = read(FRENCH_HEADER,
                row(2, new BigDecimal("1001.0"), "C001", null, date("2026-02-01"), 100));

        assertThat(ledger.invoices()).singleElement().extracting(Invoice::number).isEqualTo("1001");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"€, EUR", "eur, EUR", "$, USD", "usd, USD", "£, GBP", "chf, CHF", "'', EUR"})
    void readsCurrencyCodes(String cell, String expected) {
        Ledger ledger = read(
                row(1, "N° facture", "Code client", "Échéance", "Montant", "Devise"),
                row(2, "F-1", "C001", date("2026-02-01"), 100, cell));

        assertThat(ledger.invoices()).singleElement().extracting(Invoice::currency).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} with currency cell [{1}] -> {2}")
    @CsvSource({"'$1,200.00', '', USD", "'1 200,00 €', '', EUR", "'100 USD', usd, USD", "'100,00', '', EUR"})
    void takesCurrencyTypedWithAmount(String amount, String currencyCell, String expected) {
        Ledger ledger = read(
                row(1, "N° facture", "Code client", "Échéance", "Montant", "Devise"),
                row(2, "F-1", "C001", date("2026-02-01"), amount, currencyCell));

        assertThat(ledger.problems()).isEmpty();
        assertThat(ledger.invoices()).singleElement().extracting(Invoice::currency).isEqualTo(expected);
    }

    @Test
    void reportsAmountInAnotherCurrencyThanRow() {
        Ledger ledger = read(
                row(1, "N° facture", "Code client", "Échéance", "Montant", "Devise"),
                row(2, "F-1", "C001", date("2026-02-01"), "100 USD", "EUR"),
                row(3, "F-2", "C001", date("2026-02-01"), "50 €", null));

        assertThat(ledger.problems()).containsExactly(new Problem("Factures", "D2", "100 USD",
                "is in USD but the row's currency is EUR; correct the amount or the currency cell"));
        assertThat(ledger.invoices()).singleElement().extracting(Invoice::number).isEqualTo("F-2");
    }

    @Test
    void reportsUnknownCurrency() {
        Ledger ledger = read(
                row(1, "N° facture", "Code client", "Échéance", "Montant", "Devise"),
                row(2, "F-1", "C001", date("2026-02-01"), 100, "dollars"));

        assertThat(ledger.problems()).containsExactly(new Problem("Factures", "E2", "dollars",
                "is not a currency code; expected e.g. EUR"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"oui, true", "x, true", "X, true", "✓, true", "1, true", "vrai, true", "yes, true",
        "non, false", "no, false", "0, false", "'', false"})
    void readsDisputedFlags(String cell, boolean expected) {
        Ledger ledger = read(
                row(1, "N° facture", "Code client", "Échéance", "Montant", "Litige"),
                row(2, "F-1", "C001", date("2026-02-01"), 100, cell));

        assertThat(ledger.invoices()).singleElement().extracting(Invoice::disputed).isEqualTo(expected);
    }

    @Test
    void readsBooleanCellAsDisputed() {
        Ledger ledger = read(
                row(1, "N° facture", "Code client", "Échéance", "Montant", "Disputed"),
                row(2, "F-1", "C001", date("2026-02-01"), 100, true));

        assertThat(ledger.invoices()).singleElement().extracting(Invoice::disputed).isEqualTo(true);
    }

    @Test
    void reportsUnknownWordInDisputedColumn() {
        Ledger ledger = read(
                row(1, "N° facture", "Code client", "Échéance", "Montant", "Litige"),
                row(2, "F-1", "C001", date("2026-02-01"), 100, "en cours"));

        assertThat(ledger.invoices()).isEmpty();
        assertThat(ledger.problems()).containsExactly(new Problem("Factures", "E2", "en cours",
                "is not yes or no; expected e.g. oui, non, x or a blank cell"));
    }

    @Test
    void stopsAtTotalRow() {
        Ledger ledger = read(FRENCH_HEADER,
                row(2, "F-1", "C001", null, date("2026-02-01"), 100),
                row(3, "Total", null, null, null, 100),
                row(4, "F-2", "C001", null, date("2026-02-01"), 200));

        assertThat(ledger.invoices()).extracting(Invoice::number).containsExactly("F-1");
        assertThat(ledger.problems()).isEmpty();
    }

    @Test
    void stopsAtTotauxInIdentifierColumn() {
        Ledger ledger = read(
                row(1, "Date", "N° facture", "Code client", "Échéance", "Montant"),
                row(2, date("2026-01-02"), "F-1", "C001", date("2026-02-01"), 100),
                row(3, null, "TOTAUX :", null, null, 100));

        assertThat(ledger.invoices()).extracting(Invoice::number).containsExactly("F-1");
        assertThat(ledger.problems()).isEmpty();
    }

    @Test
    void skipsBlankRowsBeforeDataAndStopsAtBlankRowAfter() {
        Ledger ledger = read(FRENCH_HEADER,
                row(4, "F-1", "C001", null, date("2026-02-01"), 100),
                row(5, "F-2", "C001", null, date("2026-02-01"), 200),
                row(7, "Montants en euros TTC"),
                row(8, "F-9", "C003", null, date("2026-02-01"), 5000));

        assertThat(ledger.invoices()).extracting(Invoice::number).containsExactly("F-1", "F-2");
        assertThat(ledger.problems()).isEmpty();
    }

    @Test
    void stopsAtRowOfBlankCells() {
        Ledger ledger = read(FRENCH_HEADER,
                row(2, "F-1", "C001", null, date("2026-02-01"), 100),
                row(3, " ", ""),
                row(4, "F-2", "C001", null, date("2026-02-01"), 200));

        assertThat(ledger.invoices()).extracting(Invoice::number).containsExactly("F-1");
    }

    @Test
    void reportsMissingNumberAndClient() {
        Ledger ledger = read(FRENCH_HEADER, row(2, null, null, null, date("2026-02-01"), 100));

        assertThat(ledger.problems()).containsExactly(
                new Problem("Factures", "A2", "", "missing invoice number"),
                new Problem("Factures", "B2", "", "missing client; expected a client code or name"));
    }
}
