package dev.relance.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import dev.relance.plan.Problem;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;

/**
 * Reads the invoice rows of the Invoices sheet, one row at a time as the sheet streams by. A row
 * is left out and reported when it has an unreadable cell, an unknown client, no due date or
 * amount, or an invoice number already seen for the same client. The other rows go on.
 *
 * <p>Only what the rules use is kept. A settled row (balance 0.00) is checked like any other,
 * problems and duplicate numbers included, then dropped: the rules ignore it, and the history and
 * undo work from the history sheet, never from invoice rows. Dates and currency codes that repeat
 * down the sheet are kept once.
 */
final class InvoiceReader {

    /** The problems listed one by one; more are counted in one last problem. */
    static final int MAX_PROBLEMS = 100_000;
    /** The columns whose amounts may be typed with a currency, in the order they are checked. */
    private static final List<InvoiceField> AMOUNT_FIELDS =
            List.of(InvoiceField.AMOUNT, InvoiceField.PAID, InvoiceField.BALANCE);

    private final String sheet;
    private final HeaderRow<InvoiceField> header;
    private final ValueReader values;
    private final Settings settings;
    /** The client lookup, made once rather than for each row. */
    private final Function<String, String> clientLookup;
    private final DataRows dataRows;
    private final List<Invoice> invoices = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final InvoiceKeys keys = new InvoiceKeys();
    private final Map<LocalDate, Optional<LocalDate>> dates = new HashMap<>();
    private final Map<String, String> currencies = new HashMap<>();
    /** The header's columns, looked up once rather than on each of a million rows. */
    private final Map<InvoiceField, Optional<Integer>> columns = new EnumMap<>(InvoiceField.class);
    private long problemsLeftOut;
    private String firstRowLeftOut = "";

    InvoiceReader(String sheet, HeaderRow<InvoiceField> header, ValueReader values,
            Settings settings, ClientDirectory clients) {
        this.sheet = sheet;
        this.header = header;
        this.values = values;
        this.settings = settings;
        this.clientLookup = clients::requireKey;
        this.dataRows = new DataRows(header.index(), header.columnsOf(InvoiceField.NUMBER));
        for (InvoiceField field : InvoiceField.values()) {
            columns.put(field, header.column(field));
        }
    }

    /** The open invoices and credits read, and the problems found, in row order. */
    record Result(List<Invoice> invoices, List<Problem> problems) {
    }

    /** Reads the sheet's next row, which is left alone unless it is a data row of the table. */
    void read(Row row) {
        if (!dataRows.accept(row)) {
            return;
        }
        RowCells cells = new RowCells(sheet, row, values);
        Optional<Invoice> invoice = readInvoice(cells);
        if (invoice.isEmpty()) {
            // an invoice is missing only when its row has problems
            keep(cells.problems());
            return;
        }
        Invoice read = invoice.get();
        String numberKey = TextKey.of(read.number());
        OptionalInt firstRow = keys.find(read.clientKey(), numberKey);
        if (firstRow.isPresent()) {
            reportDuplicate(cells, firstRow.getAsInt());
        }

        keep(cells.problems());
        if (!cells.hasProblems()) {
            keys.put(read.clientKey(), numberKey, row.index());
            if (read.balance().signum() != 0) {
                invoices.add(read);
            }
        }
    }

    /** Returns whether the table has ended, so that the sheet's later rows need not be read. */
    boolean ended() {
        return dataRows.ended();
    }

    Result result() {
        if (problemsLeftOut == 0) {
            return new Result(invoices, problems);
        }
        List<Problem> listed = new ArrayList<>(problems);
        listed.add(new Problem(sheet, firstRowLeftOut, "", "and " + problemsLeftOut
                + " more problems below it are not listed; correct the problems above and read"
                + " the workbook again"));
        return new Result(invoices, listed);
    }

    /**
     * Keeps a row's problems, up to {@link #MAX_PROBLEMS} in all: a million rows of a sheet
     * whose columns are mixed up would otherwise fill memory with problems nobody reads.
     */
    private void keep(List<Problem> rowProblems) {
        if (rowProblems.isEmpty()) {
            return;
        }
        if (problems.size() + rowProblems.size() <= MAX_PROBLEMS) {
            problems.addAll(rowProblems);
            return;
        }
        if (problemsLeftOut == 0) {
            firstRowLeftOut = rowProblems.get(0).cell();
        }
        problemsLeftOut += rowProblems.size();
    }

    /** Reads one row; empty when a value is missing or unreadable, with the problem reported. */
    private Optional<Invoice> readInvoice(RowCells cells) {
        Optional<String> number =
                cells.requiredText(column(InvoiceField.NUMBER), "missing invoice number");
        Optional<String> clientKey = readClient(cells);
        Optional<LocalDate> invoiceDate =
                shared(cells.date(at(InvoiceField.INVOICE_DATE)));
        Optional<LocalDate> dueDate = shared(cells.date(at(InvoiceField.DUE_DATE)));
        Optional<BigDecimal> amount = cells.amount(at(InvoiceField.AMOUNT));
        BigDecimal paid = cells.amount(at(InvoiceField.PAID)).orElse(BigDecimal.ZERO);
        Optional<BigDecimal> balanceCell = cells.amount(at(InvoiceField.BALANCE));
        Optional<String> currencyCell =
                cells.textAs(at(InvoiceField.CURRENCY), CurrencyCodes::of);
        Optional<String> stated = statedCurrency(cells, currencyCell);
        String currency = stated.isPresent()
                ? currencies.computeIfAbsent(stated.get(), same -> same)
                : settings.currency();
        boolean disputed = cells.flag(at(InvoiceField.DISPUTED)).orElse(false);
        if (cells.hasProblems()) {
            // Checked before the missing values below, so that an unreadable amount is not also
            // reported as a missing one.
            return Optional.empty();
        }

        Optional<LocalDate> due = shared(dueDate(cells, invoiceDate, dueDate));
        Optional<BigDecimal> balance = balance(cells, amount, paid, balanceCell);
        if (due.isEmpty() || balance.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Invoice(number.orElseThrow(), clientKey.orElseThrow(), invoiceDate,
                due.get(), amount, paid, balance.get(), currency, disputed, cells.row().index()));
    }

    /** Returns the one kept instance of a date, so that a million rows share a few hundred. */
    private Optional<LocalDate> shared(Optional<LocalDate> date) {
        if (date.isEmpty()) {
            return date;
        }
        Optional<LocalDate> first = dates.putIfAbsent(date.get(), date);
        return first == null ? date : first;
    }

    private Optional<String> readClient(RowCells cells) {
        int column = column(InvoiceField.CLIENT);
        if (cells.row().cell(column).isBlank()) {
            cells.report(column, "missing client; expected a client code or name");
            return Optional.empty();
        }
        return cells.textAs(Optional.of(column), clientLookup);
    }

    /** Returns the due date, or the invoice date plus the payment days when the due date is blank. */
    private Optional<LocalDate> dueDate(RowCells cells, Optional<LocalDate> invoiceDate,
            Optional<LocalDate> dueDate) {
        if (dueDate.isPresent()) {
            return dueDate;
        }
        Optional<LocalDate> due = invoiceDate.isPresent()
                ? Optional.of(invoiceDate.get().plusDays(settings.paymentDays()))
                : Optional.empty();
        if (due.isEmpty()) {
            int column = at(InvoiceField.DUE_DATE)
                    .orElseGet(() -> column(InvoiceField.INVOICE_DATE));
            cells.report(column, "missing due date and invoice date; expected e.g. 04/03/2026");
        }
        return due;
    }

    /**
     * Returns the balance: the balance cell when filled, else amount minus paid, rounded to cents
     * half up.
     */
    private Optional<BigDecimal> balance(RowCells cells, Optional<BigDecimal> amount,
            BigDecimal paid, Optional<BigDecimal> balanceCell) {
        BigDecimal balance;
        if (balanceCell.isPresent()) {
            balance = balanceCell.get();
        } else if (amount.isPresent()) {
            // with nothing paid the amount itself is kept, one number fewer per row
            balance = paid.signum() == 0 ? amount.get() : amount.get().subtract(paid);
        } else {
            int column = at(InvoiceField.AMOUNT)
                    .orElseGet(() -> column(InvoiceField.BALANCE));
            cells.report(column, "missing amount; expected e.g. 1 234,56");
            return Optional.empty();
        }
        return Optional.of(balance.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * Returns the currency of the row: its currency cell, else the one typed with its amounts
     * ({@code $1,200.00}). An amount typed with another currency than the row's is reported,
     * because claiming 100 USD as 100 € is worse than leaving the row out.
     */
    private Optional<String> statedCurrency(RowCells cells, Optional<String> currencyCell) {
        Optional<String> currency = currencyCell;
        for (InvoiceField field : AMOUNT_FIELDS) {
            Optional<Integer> column = at(field);
            if (column.isEmpty() || !(cells.row().cell(column.get()) instanceof CellValue.Text text)) {
                continue;
            }
            Optional<String> stated =
                    values.amounts().statedCurrency(text.text()).map(CurrencyCodes::of);
            if (stated.isEmpty()) {
                continue;
            }
            if (currency.isPresent() && !currency.get().equals(stated.get())) {
                cells.report(column.get(), "is in " + stated.get() + " but the row's currency is "
                        + currency.get() + "; correct the amount or the currency cell");
                return currency;
            }
            currency = stated;
        }
        return currency;
    }

    private int column(InvoiceField requiredField) {
        return at(requiredField).orElseThrow();
    }

    private Optional<Integer> at(InvoiceField field) {
        return columns.get(field);
    }

    private void reportDuplicate(RowCells cells, int firstRow) {
        String client = cells.row().cell(column(InvoiceField.CLIENT)).display().strip();
        cells.report(column(InvoiceField.NUMBER), "is an invoice number already used for client "
                + client + " on row " + (firstRow + 1) + "; only that row is read");
    }
}
