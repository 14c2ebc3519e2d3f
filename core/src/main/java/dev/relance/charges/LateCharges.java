package dev.relance.charges;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import dev.relance.ledger.LetterSettings.ChargeSettings;
import dev.relance.plan.InterestLine;
import dev.relance.plan.InvoiceLine;
import dev.relance.plan.LetterCharges;
import dev.relance.plan.LetterPlan;

/**
 * Works out the late-payment charges a letter states: interest on each overdue invoice, the
 * fixed recovery indemnity per late invoice from a configured level, and the level's fee.
 */
public final class LateCharges {

    /**
     * The fixed indemnity for recovery costs owed per invoice paid late between businesses,
     * in euros (article D441-5 of the French Commercial Code, EU directive 2011/7/EU).
     */
    public static final BigDecimal RECOVERY_INDEMNITY_EUR = new BigDecimal("40.00");

    private static final int USUAL_DECIMALS = 2;

    private LateCharges() {
    }

    /**
     * Returns the letter with its charges, or the letter as it is when charges are off. The
     * indemnity is a euro amount, so only letters in euros claim it.
     */
    public static LetterPlan apply(LetterPlan letter, ChargeSettings settings, LocalDate asOf) {
        if (!settings.enabled()) {
            return letter;
        }

        List<InterestLine> interest = interest(letter, settings.yearlyRatePercent(), asOf);
        boolean indemnity = letter.level() >= settings.indemnityFromLevel()
                && letter.currency().equalsIgnoreCase("EUR");
        BigDecimal perInvoice = indemnity ? RECOVERY_INDEMNITY_EUR : BigDecimal.ZERO;
        int count = indemnity ? letter.invoices().size() : 0;

        return letter.withCharges(new LetterCharges(settings.yearlyRatePercent(), interest,
                perInvoice, count, settings.levelFee(letter.level())));
    }

    private static List<InterestLine> interest(LetterPlan letter, BigDecimal ratePercent,
            LocalDate asOf) {
        if (ratePercent.signum() == 0) {
            return List.of();
        }
        int decimals = decimals(letter.currency());
        return letter.invoices().stream()
                .map(invoice -> interestLine(invoice, ratePercent, asOf, decimals))
                .toList();
    }

    private static InterestLine interestLine(InvoiceLine invoice, BigDecimal ratePercent,
            LocalDate asOf, int decimals) {
        long days = LateInterest.days(invoice.dueDate(), asOf);
        BigDecimal interest = LateInterest.of(invoice.balance(), ratePercent, days, decimals);
        return new InterestLine(invoice.number(), invoice.balance(), days, interest);
    }

    /** Returns the decimals amounts of the currency have: 2 for the euro, 0 for the yen. */
    static int decimals(String currencyCode) {
        try {
            int digits = Currency.getInstance(currencyCode.strip().toUpperCase(Locale.ROOT))
                    .getDefaultFractionDigits();
            return digits < 0 ? USUAL_DECIMALS : digits;
        } catch (IllegalArgumentException ignored) {
            // Not an ISO 4217 code: the letter prints it as typed, with two decimals.
            return USUAL_DECIMALS;
        }
    }
}
