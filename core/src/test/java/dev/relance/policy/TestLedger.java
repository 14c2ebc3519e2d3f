package dev.relance.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import dev.relance.ledger.Client;
import dev.relance.ledger.Client.FixedLevel;
import dev.relance.ledger.Company;
import dev.relance.ledger.HistoryEntry;
import dev.relance.ledger.Invoice;
import dev.relance.ledger.Language;
import dev.relance.ledger.Ledger;
import dev.relance.ledger.Ledger.HistoryTable;
import dev.relance.ledger.Ledger.Layout;
import dev.relance.ledger.LevelMode;
import dev.relance.ledger.Settings;
import dev.relance.plan.Problem;
import dev.relance.workbook.CellValue;

/**
 * Builds {@link Ledger} values for tests, as the ledger reader would: a Clients sheet with a header
 * on row 1 and columns A to E, and history rows from row 2 of a {@code Relances} sheet.
 */
public final class TestLedger {

    private LevelMode mode = LevelMode.AUTO;
    private int maximumLevel = 3;
    private int graceDays;
    private BigDecimal minimumAmount = BigDecimal.ZERO;
    private boolean useCreditLimit;
    private int daysBetweenReminders;
    private String currency = "EUR";
    private Language language = Language.FR;
    private final List<Client> clients = new ArrayList<>();
    private final List<Invoice> invoices = new ArrayList<>();
    private final List<HistoryEntry> history = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private Optional<Integer> lastReminderColumn = Optional.empty();
    private Optional<Integer> lastLevelColumn = Optional.empty();
    private boolean historySheet = true;
    private boolean allHistoryColumns;

    public static TestLedger ledger() {
        return new TestLedger();
    }

    public TestLedger mode(LevelMode newMode) {
        mode = newMode;
        return this;
    }

    public TestLedger maximumLevel(int level) {
        maximumLevel = level;
        return this;
    }

    public TestLedger graceDays(int days) {
        graceDays = days;
        return this;
    }

    public TestLedger minimumAmount(String amount) {
        minimumAmount = new BigDecimal(amount);
        return this;
    }

    public TestLedger useCreditLimit() {
        useCreditLimit = true;
        return this;
    }

    public TestLedger daysBetweenReminders(int days) {
        daysBetweenReminders = days;
        return this;
    }

    public TestLedger currency(String code) {
        currency = code;
        return this;
    }

    public TestLedger language(Language newLanguage) {
        language = newLanguage;
        return this;
    }

    /** Adds a client named after its code, on the next Clients row. */
    public TestLedger client(String code) {
        return client(ClientRow.of(code));
    }

    public TestLedger client(ClientRow row) {
        clients.add(row.toClient(clients.size() + 1));
        return this;
    }

    /** Adds a client built in the test, for the fields a {@link ClientRow} does not set. */
    public TestLedger client(Client client) {
        clients.add(client);
        return this;
    }

    /** Adds an invoice in the default currency; a negative balance makes it a credit. */
    public TestLedger invoice(String client, String number, String dueDate, String balance) {
        return invoice(InvoiceRow.of(client, number, dueDate, balance));
    }

    public TestLedger invoice(InvoiceRow row) {
        invoices.add(row.toInvoice(invoices.size() + 1));
        return this;
    }

    /** Adds a history row of run {@code date}, with the cells a run writes. */
    public TestLedger history(String date, String client, String invoice, int level) {
        return history(date, date, client, invoice, level);
    }

    public TestLedger history(String date, String runId, String client, String invoice, int level) {
        LocalDate day = LocalDate.parse(date);
        BigDecimal balance = new BigDecimal("100.00");
        String letter = date + "_" + client + "_EUR_level-" + level + ".pdf";
        List<CellValue> cells = List.of(new CellValue.DateValue(day), new CellValue.Text(runId),
                new CellValue.Text(client), new CellValue.Text(invoice),
                new CellValue.Number(BigDecimal.valueOf(level)), new CellValue.Number(balance),
                new CellValue.Text("EUR"), new CellValue.Text(letter));
        return history(new HistoryEntry(day, runId, Client.keyOf(client), invoice, level, balance,
                "EUR", letter, history.size() + 1, cells));
    }

    public TestLedger history(HistoryEntry entry) {
        history.add(entry);
        return this;
    }

    /** Replaces the history rows, for a run that reads back what an earlier run wrote. */
    public TestLedger withHistory(List<HistoryEntry> entries) {
        history.clear();
        history.addAll(entries);
        return this;
    }

    public TestLedger problem(Problem problem) {
        problems.add(problem);
        return this;
    }

    public TestLedger clientColumns(int lastReminder, int lastLevel) {
        lastReminderColumn = Optional.of(lastReminder);
        lastLevelColumn = Optional.of(lastLevel);
        return this;
    }

    public TestLedger withoutHistorySheet() {
        historySheet = false;
        return this;
    }

    /**
     * Lays the history sheet out with every history column from column A, as a sheet written
     * after the Mode and previous-value columns existed; by default it has the contract's eight.
     */
    public TestLedger allHistoryColumns() {
        allHistoryColumns = true;
        return this;
    }

    public Ledger build() {
        Settings settings = new Settings(mode, maximumLevel, graceDays, minimumAmount, useCreditLimit,
                daysBetweenReminders, 30, currency, language, false, Company.BLANK, Settings.Smtp.NONE);
        return new Ledger(settings, clients, invoices, history, problems, layout());
    }

    private Layout layout() {
        int lastHistoryRow = history.stream().mapToInt(HistoryEntry::rowIndex).max().orElse(0);
        Optional<HistoryTable> table = historySheet
                ? Optional.of(new HistoryTable("Relances", 0, historyColumns(), lastHistoryRow))
                : Optional.empty();
        return new Layout("Clients", 0, 4, lastReminderColumn, lastLevelColumn, table);
    }

    private List<Integer> historyColumns() {
        int count = allHistoryColumns ? Ledger.HistoryColumn.values().length : 8;
        return IntStream.range(0, count).boxed().toList();
    }

    /** A client row; everything not set is blank. */
    public record ClientRow(String code, boolean isBlocked, Optional<BigDecimal> creditLimit,
            Optional<String> fixedLevel) {

        public static ClientRow of(String code) {
            return new ClientRow(code, false, Optional.empty(), Optional.empty());
        }

        public ClientRow blocked() {
            return new ClientRow(code, true, creditLimit, fixedLevel);
        }

        public ClientRow creditLimit(String amount) {
            return new ClientRow(code, isBlocked, Optional.of(new BigDecimal(amount)), fixedLevel);
        }

        /** Sets the level cell as typed; the reader keeps a level only for a whole number. */
        public ClientRow fixedLevel(String raw) {
            return new ClientRow(code, isBlocked, creditLimit, Optional.of(raw));
        }

        Client toClient(int rowIndex) {
            Optional<FixedLevel> level = fixedLevel.map(raw -> new FixedLevel("Clients",
                    "K" + (rowIndex + 1), raw, wholeNumber(raw)));
            return new Client(code, "Name of " + code, List.of(), "", "", "", "", Optional.empty(),
                    creditLimit, level, isBlocked, "", "", rowIndex);
        }

        private static Optional<Integer> wholeNumber(String raw) {
            return raw.strip().matches("-?\\d+") ? Optional.of(Integer.parseInt(raw.strip())) : Optional.empty();
        }
    }

    /** An invoice row; an invoice date 30 days before the due date, amount = balance, nothing paid. */
    public record InvoiceRow(String client, String number, LocalDate dueDate, BigDecimal balance,
            String currency, boolean isDisputed) {

        public static InvoiceRow of(String client, String number, String dueDate, String balance) {
            return new InvoiceRow(client, number, LocalDate.parse(dueDate), new BigDecimal(balance),
                    "EUR", false);
        }

        public InvoiceRow in(String newCurrency) {
            return new InvoiceRow(client, number, dueDate, balance, newCurrency, isDisputed);
        }

        public InvoiceRow disputed() {
            return new InvoiceRow(client, number, dueDate, balance, currency, true);
        }

        Invoice toInvoice(int rowIndex) {
            return new Invoice(number, Client.keyOf(client), Optional.of(dueDate.minusDays(30)), dueDate,
                    Optional.of(balance), BigDecimal.ZERO, balance, currency, isDisputed, rowIndex);
        }
    }
}
