package dev.relance.record;

import static dev.relance.policy.TestLedger.ledger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.relance.RelanceException;
import dev.relance.ledger.HistoryEntry;
import dev.relance.ledger.Language;
import dev.relance.ledger.Ledger;
import dev.relance.ledger.Ledger.HistoryTable;
import dev.relance.ledger.Ledger.Layout;
import dev.relance.plan.Plan;
import dev.relance.policy.Planner;
import dev.relance.policy.TestLedger;
import dev.relance.policy.TestLedger.InvoiceRow;
import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.WorkbookEdit.CellWrite;
import dev.relance.workbook.WorkbookEdit.SheetEdit;

class RunRecorderTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-12-04");
    private static final CellValue.DateValue TODAY = new CellValue.DateValue(AS_OF);

    @Test
    void createsFrenchHistorySheetWithHeaderAndRows() {
        TestLedger ledger = twoClients().withoutHistorySheet();

        RunRecord record = record(ledger);

        SheetEdit history = record.edit().sheets().get(0);
        assertThat(history.sheetName()).isEqualTo("Relances");
        assertThat(history.create()).isTrue();
        assertThat(rows(history)).containsExactly(
                List.of(text("Date"), text("Lot"), text("Client"), text("Facture"), text("Niveau"),
                        text("Solde"), text("Devise"), text("Lettre"), text("Mode"),
                        text("Niveau précédent"), text("Relance précédente")),
                List.of(TODAY, text("2026-12-04"), text("C001"), text("F-001"), number("2"),
                        number("1000.00"), text("EUR"), text("2026-12-04_C001_EUR_level-2.pdf"),
                        text("auto"), CellValue.EMPTY, CellValue.EMPTY),
                List.of(TODAY, text("2026-12-04"), text("C001"), text("F-002"), number("1"),
                        number("250.50"), text("EUR"), text("2026-12-04_C001_EUR_level-2.pdf"),
                        text("auto"), CellValue.EMPTY, CellValue.EMPTY),
                List.of(TODAY, text("2026-12-04"), text("C002"), text("F-003"), number("1"),
                        number("80.00"), text("USD"), text("2026-12-04_C002_USD_level-1.pdf"),
                        text("auto"), CellValue.EMPTY, CellValue.EMPTY));
        assertThat(record.historyRows()).isEqualTo(3);
        assertThat(record.runId()).isEqualTo("2026-12-04");
    }

    @Test
    void createsEnglishHistorySheetWithEnglishHeader() {
        TestLedger ledger = twoClients().withoutHistorySheet().language(Language.EN);

        SheetEdit history = record(ledger).edit().sheets().get(0);

        assertThat(history.sheetName()).isEqualTo("Reminders");
        assertThat(rows(history).get(0)).containsExactly(text("Date"), text("Run"), text("Client"),
                text("Invoice"), text("Level"), text("Balance"), text("Currency"), text("Letter"),
                text("Mode"), text("Previous level"), text("Previous reminder"));
    }

    @Test
    void appendsAfterLastHistoryRow() {
        TestLedger ledger = twoClients();

        SheetEdit history = record(ledger).edit().sheets().get(0);

        assertThat(history.sheetName()).isEqualTo("Relances");
        assertThat(history.create()).isFalse();
        assertThat(history.cells()).extracting(CellWrite::ref).startsWith(CellRef.parse("I1"),
                CellRef.parse("J1"), CellRef.parse("A3"));
        assertThat(history.cells()).extracting(cell -> cell.ref().row()).containsOnly(0, 2, 3, 4);
        assertThat(cellAt(history, "D3")).isEqualTo(text("F-001"));
        assertThat(cellAt(history, "E3")).isEqualTo(number("2"));
    }

    @Test
    void writesOnlyTheColumnsTheSheetHas() {
        // Client in A, Invoice in B, Date in D, Level in F; no Run, Balance, Currency or Letter column
        HistoryTable table = new HistoryTable("Suivi", 2, List.of(3, -1, 0, 1, 5, -1, -1, -1), 2);
        Ledger ledger = withHistoryTable(ledger().client("C001")
                .invoice("C001", "F-001", "2026-10-01", "100.00").build(), table);

        SheetEdit history = new RunRecorder().record(ledger, plan(ledger)).edit().sheets().get(0);

        assertThat(history.sheetName()).isEqualTo("Suivi");
        assertThat(history.cells()).containsExactly(
                new CellWrite(CellRef.parse("G3"), text("Niveau précédent")),
                new CellWrite(CellRef.parse("H3"), text("Relance précédente")),
                new CellWrite(CellRef.parse("A4"), text("C001")),
                new CellWrite(CellRef.parse("B4"), text("F-001")),
                new CellWrite(CellRef.parse("D4"), TODAY),
                new CellWrite(CellRef.parse("F4"), number("1")));
    }

    @Test
    void sameDayRerunLeavesIdenticalCells() {
        TestLedger ledger = twoClients();
        Grid grid = Grid.withHistoryOf(ledger.build(), "Relances");
        grid.apply(record(ledger).edit());
        Map<String, Map<CellRef, CellValue>> afterFirstRun = grid.snapshot();

        ledger.withHistory(grid.history("Relances")).clientColumns(5, 6);
        RunRecord second = record(ledger);
        grid.apply(second.edit());

        assertThat(grid.snapshot()).isEqualTo(afterFirstRun);
        assertThat(second.runId()).isEqualTo("2026-12-04");
        assertThat(grid.history("Relances")).hasSize(4);
    }

    @Test
    void sameDayRerunMovesOtherClientsRowsUpAndClearsLeftovers() {
        TestLedger ledger = ledger().client("C001").client("C003")
                .invoice("C001", "F-001", "2026-10-01", "100.00")
                .history("2026-11-04", "C001", "F-001", 1)
                .history("2026-12-04", "C001", "F-001", 2)
                .history("2026-12-04", "C001", "F-OLD", 2)
                .history("2026-12-04", "2026-12-04-2", "C003", "F-300", 1);
        Grid grid = Grid.withHistoryOf(ledger.build(), "Relances");

        RunRecord record = record(ledger);
        grid.apply(record.edit());

        List<HistoryEntry> history = grid.history("Relances");
        assertThat(history).extracting(HistoryEntry::date, HistoryEntry::runId, HistoryEntry::invoiceNumber)
                .containsExactly(
                        tuple(LocalDate.parse("2026-11-04"), "2026-11-04", "F-001"),
                        tuple(AS_OF, "2026-12-04-2", "F-300"),
                        tuple(AS_OF, "2026-12-04", "F-001"));
        assertThat(record.runId()).isEqualTo("2026-12-04");
        assertThat(record.historyRows()).isEqualTo(1);
        assertThat(cellAt(record.edit().sheets().get(0), "A5")).isEqualTo(CellValue.EMPTY);
        assertThat(cellAt(record.edit().sheets().get(0), "H5")).isEqualTo(CellValue.EMPTY);
    }

    @Test
    void sameDayRerunReusesIdOfLatestReplacedRun() {
        TestLedger ledger = ledger().client("C001").client("C002")
                .invoice("C001", "F-001", "2026-10-01", "100.00")
                .invoice("C002", "F-002", "2026-10-01", "100.00")
                .history("2026-12-04", "C001", "F-001", 1)
                .history("2026-12-04", "2026-12-04-2", "C002", "F-002", 1);

        RunRecord record = record(ledger);

        assertThat(record.runId()).isEqualTo("2026-12-04-2");
    }

    @Test
    void keptRowsWriteUnwritableCellsAsTheirText() {
        List<CellValue> cells = new ArrayList<>(ledger().history("2026-12-04", "C009", "F-900", 1)
                .build().history().get(0).cells());
        cells.add(new CellValue.Bool(true));
        cells.add(new CellValue.Error("#DIV/0!"));
        cells.add(new CellValue.FormulaWithoutValue("F2*2"));
        TestLedger ledger = ledger().client("C001").invoice("C001", "F-001", "2026-10-01", "100.00")
                .history("2026-12-04", "C001", "F-001", 1)
                .history(new HistoryEntry(AS_OF, "2026-12-04", "c009", "F-900", 1, new BigDecimal("100.00"),
                        "EUR", "x.pdf", 2, cells));

        SheetEdit history = record(ledger).edit().sheets().get(0);

        assertThat(cellAt(history, "C2")).isEqualTo(text("C009"));
        assertThat(cellAt(history, "I2")).isEqualTo(text("TRUE"));
        assertThat(cellAt(history, "J2")).isEqualTo(text("#DIV/0!"));
        assertThat(cellAt(history, "K2")).isEqualTo(text("=F2*2"));
        assertThat(cellAt(history, "D3")).isEqualTo(text("F-001"));
        assertThat(cellAt(history, "I3")).isEqualTo(CellValue.EMPTY);
    }

    @Test
    void unreadableRowBelowReplacedRowsIsRejected() {
        Ledger read = ledger().client("C001").invoice("C001", "F-001", "2026-10-01", "100.00")
                .history("2026-12-04", "C001", "F-001", 1).build();
        Ledger ledger = withHistoryTable(read, new HistoryTable("Relances", 0, List.of(0, 1, 2, 3, 4, 5, 6, 7), 2));

        assertThatThrownBy(() -> new RunRecorder().record(ledger, plan(ledger)))
                .isInstanceOf(RelanceException.class)
                .hasMessageContaining("history row 3 could not be read")
                .satisfies(error -> assertThat(((RelanceException) error).cell()).contains("A3"));
    }

    @Test
    void runIdIsAsOfDateWhenFree() {
        TestLedger ledger = twoClients();

        RunRecord record = record(ledger);

        assertThat(record.runId()).isEqualTo("2026-12-04");
    }

    @Test
    void runIdTakesFirstFreeSuffix() {
        TestLedger ledger = ledger().client("C001").client("C002").client("C003")
                .invoice("C001", "F-001", "2026-10-01", "100.00")
                .history("2026-12-04", "C002", "F-002", 1)
                .history("2026-12-04", "2026-12-04-3", "C003", "F-003", 1);

        RunRecord record = record(ledger);

        assertThat(record.runId()).isEqualTo("2026-12-04-2");
        assertThat(record.historyRows()).isEqualTo(1);
    }

    @Test
    void writesLastReminderAndLevelIntoExistingClientColumns() {
        TestLedger ledger = twoClients().clientColumns(8, 9);

        SheetEdit clients = record(ledger).edit().sheets().get(1);

        assertThat(clients.sheetName()).isEqualTo("Clients");
        assertThat(clients.create()).isFalse();
        assertThat(clients.cells()).containsExactly(
                new CellWrite(CellRef.parse("I2"), TODAY),
                new CellWrite(CellRef.parse("J2"), number("2")),
                new CellWrite(CellRef.parse("I3"), TODAY),
                new CellWrite(CellRef.parse("J3"), number("1")));
    }

    @Test
    void addsMissingClientColumnsAfterLastHeader() {
        TestLedger ledger = twoClients();

        SheetEdit clients = record(ledger).edit().sheets().get(1);

        assertThat(clients.cells()).containsExactly(
                new CellWrite(CellRef.parse("F1"), text("Dernière relance")),
                new CellWrite(CellRef.parse("G1"), text("Dernier niveau")),
                new CellWrite(CellRef.parse("F2"), TODAY),
                new CellWrite(CellRef.parse("G2"), number("2")),
                new CellWrite(CellRef.parse("F3"), TODAY),
                new CellWrite(CellRef.parse("G3"), number("1")));
    }

    @Test
    void addsOnlyTheMissingEnglishLevelColumn() {
        Ledger read = twoClients().language(Language.EN).build();
        Layout layout = read.layout();
        Ledger ledger = withLayout(read, new Layout(layout.clientsSheet(), 0, 4, Optional.of(2),
                Optional.empty(), layout.history()));

        SheetEdit clients = new RunRecorder().record(ledger, plan(ledger)).edit().sheets().get(1);

        assertThat(clients.cells()).first().isEqualTo(new CellWrite(CellRef.parse("F1"), text("Last level")));
        assertThat(cellAt(clients, "C2")).isEqualTo(TODAY);
        assertThat(cellAt(clients, "F2")).isEqualTo(number("2"));
    }

    @Test
    void clientWithLettersInTwoCurrenciesGetsHighestLevel() {
        TestLedger ledger = ledger().client("C001").clientColumns(8, 9)
                .invoice("C001", "F-001", "2026-10-01", "100.00")
                .invoice(InvoiceRow.of("C001", "F-002", "2026-10-01", "100.00").in("USD"))
                .history("2026-11-04", "C001", "F-002", 2);

        SheetEdit clients = record(ledger).edit().sheets().get(1);

        assertThat(clients.cells()).containsExactly(
                new CellWrite(CellRef.parse("I2"), TODAY),
                new CellWrite(CellRef.parse("J2"), number("3")));
    }

    @Test
    void planWithoutLettersWritesNothing() {
        TestLedger ledger = ledger().withoutHistorySheet().client("C001")
                .invoice("C001", "F-001", "2026-12-31", "100.00");

        RunRecord record = record(ledger);

        assertThat(record.edit().isEmpty()).isTrue();
        assertThat(record.edit().sheets()).isEmpty();
        assertThat(record.historyRows()).isZero();
    }

    /** C001: F-001 reminded once before and F-002 new (letter level 2); C002: one USD invoice. */
    private static TestLedger twoClients() {
        return ledger().client("C001").client("C002")
                .invoice("C001", "F-002", "2026-11-01", "250.50")
                .invoice("C001", "F-001", "2026-10-01", "1000.00")
                .invoice(InvoiceRow.of("C002", "F-003", "2026-10-15", "80").in("USD"))
                .history("2026-11-04", "C001", "F-001", 1);
    }

    private static RunRecord record(TestLedger ledger) {
        Ledger built = ledger.build();
        return new RunRecorder().record(built, plan(built));
    }

    private static Plan plan(Ledger ledger) {
        return new Planner().plan(ledger, AS_OF);
    }

    private static Ledger withHistoryTable(Ledger ledger, HistoryTable table) {
        Layout layout = ledger.layout();
        return withLayout(ledger, new Layout(layout.clientsSheet(), layout.clientsHeaderRow(),
                layout.clientsLastColumn(), layout.lastReminderColumn(), layout.lastLevelColumn(),
                Optional.of(table)));
    }

    private static Ledger withLayout(Ledger ledger, Layout layout) {
        return new Ledger(ledger.settings(), ledger.clients(), ledger.invoices(), ledger.history(),
                ledger.problems(), layout);
    }

    /** Returns the sheet edit's cells as rows of consecutive cells from column A. */
    private static List<List<CellValue>> rows(SheetEdit sheet) {
        List<List<CellValue>> rows = new ArrayList<>();
        for (CellWrite cell : sheet.cells()) {
            while (rows.size() <= cell.ref().row()) {
                rows.add(new ArrayList<>());
            }
            assertThat(cell.ref().column()).isEqualTo(rows.get(cell.ref().row()).size());
            rows.get(cell.ref().row()).add(cell.value());
        }
        return rows;
    }

    private static CellValue cellAt(SheetEdit sheet, String a1) {
        return sheet.cells().stream().filter(cell -> cell.ref().equals(CellRef.parse(a1)))
                .map(CellWrite::value).findFirst().orElseThrow(() -> new AssertionError("no write at " + a1));
    }

    private static CellValue.Text text(String text) {
        return new CellValue.Text(text);
    }

    private static CellValue.Number number(String value) {
        return new CellValue.Number(new BigDecimal(value));
    }
}
