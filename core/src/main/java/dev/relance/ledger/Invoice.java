package dev.relance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A row of the Invoices sheet that could be read: an invoice, or a credit when its balance is
 * negative.
 *
 * @param number      the invoice number, as text
 * @param clientKey   the {@link Client#key()} of the client it was matched to
 * @param invoiceDate the invoice date, when given
 * @param dueDate     the due date, or the invoice date plus the payment days when blank
 * @param amount      the amount, when given
 * @param paid        the paid amount (0 when blank)
 * @param balance     the open balance, rounded to cents half up
 * @param currency    the currency code, the workbook's default when blank
 * @param disputed    true when the invoice is in dispute and must never be claimed
 * @param rowIndex    the 0-based row in the Invoices sheet
 */
public record Invoice(String number, String clientKey, Optional<LocalDate> invoiceDate, LocalDate dueDate,
        Optional<BigDecimal> amount, BigDecimal paid, BigDecimal balance, String currency,
        boolean disputed, int rowIndex) {
}
