package dev.relance.ledger;

import static dev.relance.ledger.TestWorkbooks.date;
import static dev.relance.ledger.TestWorkbooks.row;
import static dev.relance.ledger.TestWorkbooks.sheet;
import static dev.relance.ledger.TestWorkbooks.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.relance.RelanceException;
import dev.relance.plan.Problem;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;

class LedgerHistoryTest {

    private static Ledger read(Sheet history) {
        return new LedgerReader().read(workbook(
                sheet("Clients", row(1, "Code client", "Nom")),
                sheet("Factures", row(1, "N° facture", "Code client", "Échéance", "Montant")),
                history));
    }

    @Test
    void readsHistoryRowsWithTheirCells() {
        Row written = row(2, date("2026-03-01"), "2026-03-01-1", "C001", "F-1", 1, 400, "EUR",
                "2026-03-01_C001_EUR_1.pdf");
        Sheet history = sheet("Relances",
                row(1, "Date", "Lot", "Client", "Facture", "Niveau", "Solde", "Devise", "Lettre"), written);

        Ledger ledger = read(history);

        assertThat(ledger.problems()).isEmpty();
        assertThat(ledger.history()).containsExactly(new HistoryEntry(LocalDate.parse("2026-03-01"),
                "2026-03-01-1", "c001", "F-1", 1, new BigDecimal("400"), "EUR",
                "2026-03-01_C001_EUR_1.pdf", 1, written.cells()));
        assertThat(ledger.layout().history()).contains(
                new Ledger.HistoryTable("Relances", 0, List.of(0, 1, 2, 3, 4, 5, 6, 7, -1, -1, -1, -1, -1), 1, 7));
    }

    @Test
    void readsEnglishColumnsInAnyOrderWithSomeAbsent() {
        Sheet history = sheet("Reminders",
                row(1, "Level", "Invoice", "Client", "Date"),
                row(2, 2, "F-1", "C001", "2026-04-01"),
                row(3, 1, "F-2", "C001", "01/03/2026"));

        Ledger ledger = read(history);

        assertThat(ledger.history()).extracting(HistoryEntry::date, HistoryEntry::level, HistoryEntry::runId,
                HistoryEntry::balance, HistoryEntry::currency).containsExactly(
                        tuple(LocalDate.parse("2026-04-01"), 2, "",
                                BigDecimal.ZERO, "EUR"),
                        tuple(LocalDate.parse("2026-03-01"), 1, "",
                                BigDecimal.ZERO, "EUR"));
        assertThat(ledger.layout().history()).contains(
                new Ledger.HistoryTable("Reminders", 0, List.of(3, -1, 2, 1, 0, -1, -1, -1, -1, -1, -1, -1, -1), 2, 3));
    }

    @Test
    void readsPastBlankRowsAndReportsUnreadableRows() {
        Sheet history = sheet("Relances",
                row(1, "Date", "Lot", "Client", "Facture", "Niveau"),
                row(2, date("2026-02-01"), "R1", "C001", "F-1", 1),
                row(4, "31/02/2026", "R2", "C001", "F-1", 2),
                row(5, date("2026-03-01"), "R2", "C001", "F-2", "deux"),
                row(6, date("2026-03-01"), "R2", "C001", "F-3", new CellValue.Error("#REF!")),
                row(8, date("2026-04-01"), "R3", "C001", "F-1", 3));

        Ledger ledger = read(history);

        assertThat(ledger.history()).extracting(HistoryEntry::invoiceNumber, HistoryEntry::level)
                .containsExactly(tuple("F-1", 1),
                        tuple("F-1", 3));
        assertThat(ledger.problems()).extracting(Problem::cell).containsExactly("A4", "E5", "E6");
        assertThat(ledger.layout().history()).map(Ledger.HistoryTable::lastRow).contains(7);
    }

    @Test
    void readsSlashDatesDayFirstEvenInUsWorkbook() {
        Sheet settings = sheet("Settings", row(1, "Language", "en-US"));
        Sheet history = sheet("Reminders", row(1, "Date", "Client", "Invoice", "Level"),
                row(2, "04/03/2026", "C001", "F-1", 1));

        Ledger ledger = new LedgerReader().read(workbook(
                sheet("Clients", row(1, "Code", "Name")),
                sheet("Invoices", row(1, "Invoice", "Customer", "Due date", "Amount")),
                settings, history));

        assertThat(ledger.history()).extracting(HistoryEntry::date).containsExactly(LocalDate.parse("2026-03-04"));
    }

    @Test
    void recordsHeaderRowAsLastRowWhenEmpty() {
        Ledger ledger = read(sheet("Relances", row(3, "Date", "Lot", "Client", "Facture", "Niveau")));

        assertThat(ledger.layout().history()).map(Ledger.HistoryTable::lastRow).contains(2);
    }

    @Test
    void rejectsHistorySheetWithoutLevelColumn() {
        Sheet history = sheet("Relances", row(1, "Date", "Client", "Facture"));

        assertThatThrownBy(() -> read(history))
                .isInstanceOf(RelanceException.class)
                .hasMessageStartingWith("missing the level column in the first 10 rows;");
    }
}
