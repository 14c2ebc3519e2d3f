package dev.relance.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * The late-payment charges a letter states, apart from what it claims for the invoices: they are
 * never part of the letter's total.
 *
 * @param yearlyRatePercent the yearly interest rate in percent, 0 when no interest is claimed
 * @param interest          the interest on each overdue invoice, in the letter's order
 * @param indemnity         the fixed recovery indemnity per late invoice, 0 when not claimed
 * @param indemnityCount    how many invoices the indemnity is claimed for
 * @param levelFee          the fee of the letter's level, 0 when none
 */
public record LetterCharges(BigDecimal yearlyRatePercent, List<InterestLine> interest,
        BigDecimal indemnity, int indemnityCount, BigDecimal levelFee) {

    /** No charge at all: what a letter states when late-payment charges are off. */
    public static final LetterCharges NONE =
            new LetterCharges(BigDecimal.ZERO, List.of(), BigDecimal.ZERO, 0, BigDecimal.ZERO);

    public LetterCharges {
        interest = List.copyOf(interest);
    }

    /** Returns the interest of all invoices. */
    public BigDecimal interestTotal() {
        return interest.stream().map(InterestLine::interest).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Returns the indemnities of all late invoices. */
    public BigDecimal indemnityTotal() {
        return indemnity.multiply(BigDecimal.valueOf(indemnityCount));
    }

    /** Returns the indemnities and the level fee: the {@code fees} of the JSON plan. */
    public BigDecimal fees() {
        return indemnityTotal().add(levelFee);
    }

    /** Returns interest and fees together. */
    public BigDecimal total() {
        return interestTotal().add(fees());
    }

    /** Returns whether the letter states any charge. */
    public boolean isEmpty() {
        return total().signum() == 0;
    }
}
