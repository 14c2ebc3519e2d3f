package dev.relance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderKeyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Montant (€), montant", "Montant TTC (€), montant ttc", "Amount (USD), amount",
        "Amount ( eur ), amount", "Amount EUR, amount", "Total €, total", "Montant en €, montant",
        "Solde (en EUR), solde", "Amount in GBP, amount", "Reste dû £, reste du"})
    void dropsCurrencyUnit(String header, String key) {
        assertThat(HeaderKey.of(header)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Montant (HT), montant (ht)", "Amount due, amount due", "Total TTC, total ttc",
        "Montant ttc, montant ttc", "Total, total", "Date, date"})
    void keepsWordsThatAreNotCurrencies(String header, String key) {
        assertThat(HeaderKey.of(header)).isEqualTo(key);
    }
}
