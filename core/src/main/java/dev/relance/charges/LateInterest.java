package dev.relance.charges;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Late-payment interest on one invoice: simple interest on its open balance, at a yearly rate,
 * for the days from the day after its due date to the as-of date, both included.
 *
 * <p>Day count: actual/365. Each calendar day counts, and the year has 365 days, leap years
 * included. This is the usual convention for late-payment penalties between French businesses
 * (article L441-10 of the Commercial Code sets the rate, not the day count). Example: 1,000.00
 * for 46 days at 12.15 % a year is 1000 × 0.1215 × 46 / 365 = 15.3123..., so 15.31.
 */
public final class LateInterest {

    /** The days of the year interest is divided by, whatever the year. */
    public static final int DAYS_IN_YEAR = 365;

    // Enough digits that only the final rounding to the currency's decimals counts.
    private static final int WORKING_SCALE = 12;

    private LateInterest() {
    }

    /**
     * Returns the days interest runs for: from the day after the due date to the as-of date, both
     * included, so an invoice due on 19 October has 46 days on 4 December. Zero when the as-of
     * date is not after the due date.
     */
    public static long days(LocalDate dueDate, LocalDate asOf) {
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, asOf));
    }

    /**
     * Returns the interest, rounded half up to the given decimals: {@code balance × rate / 100 ×
     * days / 365}.
     *
     * @param balance           the amount interest runs on
     * @param yearlyRatePercent the yearly rate in percent, e.g. 12.15
     * @param days              the days interest runs for
     * @param decimals          the currency's decimals, 2 for the euro
     */
    public static BigDecimal of(BigDecimal balance, BigDecimal yearlyRatePercent, long days,
            int decimals) {
        BigDecimal yearly = balance.multiply(yearlyRatePercent).movePointLeft(2);
        BigDecimal exact = yearly.multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(DAYS_IN_YEAR), WORKING_SCALE, RoundingMode.HALF_UP);
        return exact.setScale(decimals, RoundingMode.HALF_UP);
    }
}
