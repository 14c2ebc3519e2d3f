package dev.relance.charges;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.relance.ledger.Client;
import dev.relance.ledger.LetterSettings.ChargeSettings;
import dev.relance.plan.InterestLine;
import dev.relance.plan.InvoiceLine;
import dev.relance.plan.LetterCharges;
import dev.relance.plan.LetterPlan;

class LateChargesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 4);
    private static final ChargeSettings ON = new ChargeSettings(true, new BigDecimal("12.15"), 2,
            List.of(BigDecimal.ZERO, new BigDecimal("15.00"), new BigDecimal("25.00")));

    private static LetterPlan letter(String currency, int level) {
        Client client = new Client("C001", "Dupont SARL", List.of(), "", "", "", "", Optional.empty(),
                Optional.empty(), Optional.empty(), false, "", "", 1);
        List<InvoiceLine> invoices = List.of(
                invoice("F-101", "1000.00", LocalDate.of(2026, 10, 19)),
                invoice("F-117", "334.56", LocalDate.of(2026, 11, 1)));
        return new LetterPlan(client, currency, level, new BigDecimal("1334.56"), invoices, List.of());
    }

    private static InvoiceLine invoice(String number, String balance, LocalDate dueDate) {
        return new InvoiceLine(number, Optional.empty(), dueDate, Optional.empty(), BigDecimal.ZERO,
                new BigDecimal(balance), dueDate.until(AS_OF).getDays(), 0, 1);
    }

    @Test
    void chargesOffLeaveTheLetterWithout() {
        LetterPlan letter = letter("EUR", 3);

        LetterPlan charged = LateCharges.apply(letter, ChargeSettings.OFF, AS_OF);

        assertThat(charged.charges()).isEqualTo(LetterCharges.NONE);
    }

    @Test
    void chargesInterestPerInvoiceIndemnityPerInvoiceAndLevelFee() {
        LetterPlan letter = letter("EUR", 2);

        LetterCharges charges = LateCharges.apply(letter, ON, AS_OF).charges();

        // 1000.00 × 12.15 % × 46 / 365 = 15.31; 334.56 × 12.15 % × 33 / 365 = 3.68
        assertThat(charges.interest()).containsExactly(
                new InterestLine("F-101", new BigDecimal("1000.00"), 46, new BigDecimal("15.31")),
                new InterestLine("F-117", new BigDecimal("334.56"), 33, new BigDecimal("3.68")));
        assertThat(charges.interestTotal()).isEqualByComparingTo("18.99");
        assertThat(charges.indemnityTotal()).isEqualByComparingTo("80.00");
        assertThat(charges.levelFee()).isEqualByComparingTo("15.00");
        assertThat(charges.fees()).isEqualByComparingTo("95.00");
        assertThat(charges.total()).isEqualByComparingTo("113.99");
    }

    @Test
    void chargesNeverChangeTheLetterTotal() {
        LetterPlan letter = letter("EUR", 3);

        LetterPlan charged = LateCharges.apply(letter, ON, AS_OF);

        assertThat(charged.total()).isEqualByComparingTo("1334.56");
    }

    @Test
    void noIndemnityBelowItsLevel() {
        LetterPlan letter = letter("EUR", 1);

        LetterCharges charges = LateCharges.apply(letter, ON, AS_OF).charges();

        assertThat(charges.indemnityCount()).isZero();
        assertThat(charges.fees()).isEqualByComparingTo("0.00");
        assertThat(charges.interestTotal()).isEqualByComparingTo("18.99");
    }

    @Test
    void indemnityIsClaimedInEurosOnly() {
        LetterPlan letter = letter("USD", 3);

        LetterCharges charges = LateCharges.apply(letter, ON, AS_OF).charges();

        assertThat(charges.indemnityTotal()).isEqualByComparingTo("0");
        assertThat(charges.fees()).isEqualByComparingTo("25.00");
    }

    @Test
    void zeroRateClaimsNoInterest() {
        ChargeSettings feesOnly = new ChargeSettings(true, BigDecimal.ZERO, 3, ON.levelFees());

        LetterCharges charges = LateCharges.apply(letter("EUR", 2), feesOnly, AS_OF).charges();

        assertThat(charges.interest()).isEmpty();
        assertThat(charges.total()).isEqualByComparingTo("15.00");
    }
}
