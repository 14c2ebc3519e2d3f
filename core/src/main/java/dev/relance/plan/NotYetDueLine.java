package dev.relance.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An open invoice not yet due, listed in a letter for information only: it is not claimed and
 * not in the letter's total.
 *
 * @param number      the invoice number
 * @param invoiceDate the invoice date, when known
 * @param dueDate     the due date, on or after the as-of date
 * @param balance     the open balance
 */
public record NotYetDueLine(String number, Optional<LocalDate> invoiceDate, LocalDate dueDate,
        BigDecimal balance) {
}
