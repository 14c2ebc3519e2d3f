package dev.relance.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An open credit (credit note or overpayment) deducted in a letter.
 *
 * @param number      the document number
 * @param invoiceDate its date, when known
 * @param balance     its balance, negative
 */
public record CreditLine(String number, Optional<LocalDate> invoiceDate, BigDecimal balance) {
}
