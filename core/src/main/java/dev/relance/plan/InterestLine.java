package dev.relance.plan;

import java.math.BigDecimal;

/**
 * Late-payment interest on one overdue invoice.
 *
 * @param number   the invoice number
 * @param balance  the balance the interest runs on
 * @param days     the days from the day after the due date to the as-of date, both included
 * @param interest the interest, rounded half up to the currency's decimals
 */
public record InterestLine(String number, BigDecimal balance, long days, BigDecimal interest) {
}
