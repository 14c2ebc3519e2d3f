package dev.relance.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import dev.relance.ledger.Invoice;

/**
 * Open items and overdue invoices. A row's balance is rounded to cents, half up. Above zero the
 * row is an open invoice, below zero an open credit (credit note or overpayment), and at zero it
 * is settled.
 */
final class OpenItems {

    private OpenItems() {
    }

    /** Returns the row's balance rounded to cents, half up. */
    static BigDecimal balance(Invoice row) {
        return row.balance().setScale(2, RoundingMode.HALF_UP);
    }

    /** Returns whether the row can be claimed or deducted: not disputed and not settled. */
    static boolean isOpen(Invoice row) {
        return !row.disputed() && balance(row).signum() != 0;
    }

    static boolean isOpenInvoice(Invoice row) {
        return !row.disputed() && balance(row).signum() > 0;
    }

    static boolean isOpenCredit(Invoice row) {
        return !row.disputed() && balance(row).signum() < 0;
    }

    /** Returns whether an open invoice is overdue: as-of date after due date + grace days. */
    static boolean isOverdue(Invoice row, LocalDate asOf, int graceDays) {
        return isOpenInvoice(row) && asOf.isAfter(row.dueDate().plusDays(graceDays));
    }

    /**
     * Returns whether an open invoice is not yet due: its due date is the as-of date or later.
     * An invoice past its due date but within the grace days is neither overdue nor this.
     */
    static boolean isNotYetDue(Invoice row, LocalDate asOf) {
        return isOpenInvoice(row) && !row.dueDate().isBefore(asOf);
    }

    /** Returns the as-of date minus the due date, in days (grace days do not count). */
    static long daysOverdue(Invoice row, LocalDate asOf) {
        return ChronoUnit.DAYS.between(row.dueDate(), asOf);
    }

    /**
     * Returns the currency a row is grouped by: its code without surrounding spaces, in upper case,
     * so that {@code eur} and {@code EUR } share one letter.
     */
    static String currency(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
