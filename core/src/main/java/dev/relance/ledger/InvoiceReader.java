package dev.relance.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.relance.plan.Problem;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;

/**
 * Reads the invoice rows of the Invoices sheet. A row is left out and reported when it has an
 * unreadable cell, an unknown client, no due date or amount, or an invoice number already seen for
 * the same client. The other rows go on. Rows with a zero balance are kept, because the rules
 * ignore them.
 */
final class InvoiceReader {

    private final Sheet sheet;
    private final HeaderRow<InvoiceField> header;
    private final ValueReader values;
    private final Settings settings;
    private final ClientDirectory clients;

    InvoiceReader(Sheet sheet, HeaderRow<InvoiceField> header, ValueReader values,
            Settings settings, ClientDirectory clients) {
        this.sheet = sheet;
        this.header = header;
        this.values = values;
        this.settings = settings;
        this.clients = clients;
    }

    /** The invoices read and the problems found, in row order. */
    record Result(List<Invoice> invoices, List<Problem> problems) {
    }

    Result read() {
        List<Invoice> invoices = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> rowsByInvoice = new HashMap<>();

        for (Row row : TableRows.read(sheet, header.index(), header.columnsOf(InvoiceField.NUMBER))) {
            RowCells cells = new RowCells(sheet.name(), row, values);
            Optional<Invoice> invoice = readInvoice(cells);
            invoice.map(InvoiceReader::invoiceKey)
                    .filter(rowsByInvoice::containsKey)
                    .ifPresent(key -> reportDuplicate(cells, rowsByInvoice.get(key)));

            problems.addAll(cells.problems());
            if (!cells.hasProblems()) {
                rowsByInvoice.put(invoiceKey(invoice.orElseThrow()), row.index());
                invoices.add(invoice.orElseThrow());
            }
        }
        return new Result(invoices, problems);
    }

    /** Reads one row; empty when a value is missing or unreadable, with the problem reported. */
    private Optional<Invoice> readInvoice(RowCells cells) {
        Optional<String> number =
                cells.requiredText(column(InvoiceField.NUMBER), "missing invoice number");
        Optional<String> clientKey = readClient(cells);
        Optional<LocalDate> invoiceDate = cells.date(header.column(InvoiceField.INVOICE_DATE));
        Optional<LocalDate> dueDate = cells.date(header.column(InvoiceField.DUE_DATE));
        Optional<BigDecimal> amount = cells.amount(header.column(InvoiceField.AMOUNT));
        BigDecimal paid = cells.amount(header.column(InvoiceField.PAID)).orElse(BigDecimal.ZERO);
        Optional<BigDecimal> balanceCell = cells.amount(header.column(InvoiceField.BALANCE));
        Optional<String> currencyCell =
                cells.textAs(header.column(InvoiceField.CURRENCY), CurrencyCodes::of);
        String currency = statedCurrency(cells, currencyCell).orElse(settings.currency());
        boolean disputed = cells.flag(header.column(InvoiceField.DISPUTED)).orElse(false);
        if (cells.hasProblems()) {
            // Checked before the missing values below, so that an unreadable amount is not also
            // reported as a missing one.
            return Optional.empty();
        }

        Optional<LocalDate> due = dueDate(cells, invoiceDate, dueDate);
        Optional<BigDecimal> balance = balance(cells, amount, paid, balanceCell);
        if (due.isEmpty() || balance.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Invoice(number.orElseThrow(), clientKey.orElseThrow(), invoiceDate,
                due.get(), amount, paid, balance.get(), currency, disputed, cells.row().index()));
    }

    private Optional<String> readClient(RowCells cells) {
        int column = column(InvoiceField.CLIENT);
        if (cells.row().cell(column).isBlank()) {
            cells.report(column, "missing client; expected a client code or name");
            return Optional.empty();
        }
        return cells.textAs(Optional.of(column), clients::requireKey);
    }

    /** Returns the due date, or the invoice date plus the payment days when the due date is blank. */
    private Optional<LocalDate> dueDate(RowCells cells, Optional<LocalDate> invoiceDate,
            Optional<LocalDate> dueDate) {
        Optional<LocalDate> due =
                dueDate.or(() -> invoiceDate.map(date -> date.plusDays(settings.paymentDays())));
        if (due.isEmpty()) {
            int column = header.column(InvoiceField.DUE_DATE)
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
        Optional<BigDecimal> balance = balanceCell.or(() -> amount.map(value -> value.subtract(paid)));
        if (balance.isEmpty()) {
            int column = header.column(InvoiceField.AMOUNT)
                    .orElseGet(() -> column(InvoiceField.BALANCE));
            cells.report(column, "missing amount; expected e.g. 1 234,56");
        }
        return balance.map(value -> value.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * Returns the currency of the row: its currency cell, else the one typed with its amounts
     * ({@code $1,200.00}). An amount typed with another currency than the row's is reported,
     * because claiming 100 USD as 100 € is worse than leaving the row out.
     */
    private Optional<String> statedCurrency(RowCells cells, Optional<String> currencyCell) {
        Optional<String> currency = currencyCell;
        for (InvoiceField field : List.of(InvoiceField.AMOUNT, InvoiceField.PAID, InvoiceField.BALANCE)) {
            Optional<Integer> column = header.column(field);
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
        return header.column(requiredField).orElseThrow();
    }

    /** Returns the key that makes two rows the same invoice: the client and the number. */
    private static String invoiceKey(Invoice invoice) {
        return invoice.clientKey() + "\n" + TextKey.of(invoice.number());
    }

    private void reportDuplicate(RowCells cells, int firstRow) {
        String client = cells.row().cell(column(InvoiceField.CLIENT)).display().strip();
        cells.report(column(InvoiceField.NUMBER), "is an invoice number already used for client "
                + client + " on row " + (firstRow + 1) + "; only that row is read");
    }
}
