package dev.relance.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An overdue invoice claimed in a letter.
 *
 * @param number        the invoice number
 * @param invoiceDate   the invoice date, when known
 * @param dueDate       the due date
 * @param amount        the invoice amount, when given
 * @param paid          the amount already paid
 * @param balance       the balance claimed
 * @param daysOverdue   as-of date minus due date, in days
 * @param previousLevel the level of its last reminder before the as-of date, 0 if none
 * @param level         its level in this letter
 */
public record InvoiceLine(String number, Optional<LocalDate> invoiceDate, LocalDate dueDate,
        Optional<BigDecimal> amount, BigDecimal paid, BigDecimal balance, long daysOverdue,
        int previousLevel, int level) {
}
