package dev.relance.charges;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Interest is actual/365: calendar days, divided by 365 even in a leap year, rounded half up. */
class LateInterestTest {

    @Test
    void thousandEurosFor46DaysAtTwelvePointFifteenPercentIs1531() {
        // 1000.00 × 12.15 % × 46 / 365 = 15.3123...
        BigDecimal interest = LateInterest.of(new BigDecimal("1000.00"), new BigDecimal("12.15"), 46, 2);

        assertThat(interest).isEqualByComparingTo("15.31").hasScaleOf(2);
    }

    @Test
    void daysRunFromTheDayAfterTheDueDateToTheAsOfDate() {
        long days = LateInterest.days(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 12, 4));

        assertThat(days).isEqualTo(46);
    }

    @Test
    void noDaysWhenAsOfIsTheDueDate() {
        long days = LateInterest.days(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 4));

        assertThat(days).isZero();
    }

    @Test
    void leapYearStillDividesBy365() {
        // 31 January to 1 March 2028: 29 days of February plus 1 March.
        long days = LateInterest.days(LocalDate.of(2028, 1, 31), LocalDate.of(2028, 3, 1));

        BigDecimal interest = LateInterest.of(new BigDecimal("1000.00"), new BigDecimal("10"), days, 2);

        assertThat(days).isEqualTo(30);
        // 1000.00 × 10 % × 30 / 365 = 8.2191...
        assertThat(interest).isEqualByComparingTo("8.22");
    }

    @ParameterizedTest(name = "{0} at {1} % for {2} days = {4}")
    @CsvSource({
        // 182.50 × 1 % × 1 / 365 = 0.005 exactly: half up gives 0.01, half even would give 0.00
        "182.50, 1, 1, 2, 0.01",
        // 334.56 × 12.15 % × 33 / 365 = 3.6750...
        "334.56, 12.15, 33, 2, 3.68",
        "1000.00, 12.15, 0, 2, 0.00",
        // yen amounts have no decimals: 100000 × 12.15 % × 46 / 365 = 1531.23...
        "100000, 12.15, 46, 0, 1531",
    })
    void roundsHalfUpToTheCurrencyDecimals(String balance, String rate, long days, int decimals,
            String expected) {
        BigDecimal interest = LateInterest.of(new BigDecimal(balance), new BigDecimal(rate), days, decimals);

        assertThat(interest).isEqualTo(new BigDecimal(expected));
    }
}
