package dev.relance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class InvoiceKeysTest {

    @Test
    void findsTheRowAKeyWasPutWith() {
        InvoiceKeys keys = new InvoiceKeys();
        keys.put("c001", "f-1", 4);

        OptionalInt row = keys.find("c001", "f-1");

        assertThat(row).hasValue(4);
    }

    @Test
    void tellsTheSameNumberOfAnotherClientApart() {
        InvoiceKeys keys = new InvoiceKeys();
        keys.put("c001", "f-1", 4);

        OptionalInt row = keys.find("c002", "f-1");

        assertThat(row).isEmpty();
    }

    @Test
    void tellsKeysApartWhereTheSeparatorFalls() {
        InvoiceKeys keys = new InvoiceKeys();
        keys.put("c1", "23", 1);

        OptionalInt row = keys.find("c12", "3");

        assertThat(row).isEmpty();
    }

    @Test
    void keepsEveryKeyAsTheTableGrows() {
        InvoiceKeys keys = new InvoiceKeys();
        for (int number = 0; number < 100_000; number++) {
            keys.put("c" + number % 50, "f-" + number, number);
        }

        OptionalInt first = keys.find("c0", "f-0");
        OptionalInt last = keys.find("c49", "f-99999");
        OptionalInt absent = keys.find("c0", "f-100000");

        assertThat(first).hasValue(0);
        assertThat(last).hasValue(99_999);
        assertThat(absent).isEmpty();
    }
}
