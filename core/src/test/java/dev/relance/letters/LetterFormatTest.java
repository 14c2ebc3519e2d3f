package dev.relance.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.relance.ledger.Language;

class LetterFormatTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        "FR|1234.56|EUR|1\u202F234,56\u00A0€",
        "FR|1234567.891|EUR|1\u202F234\u202F567,89\u00A0€",
        "FR|0.005|EUR|0,01\u00A0€",
        "FR|-100|EUR|-100,00\u00A0€",
        "FR|999.999|EUR|1\u202F000,00\u00A0€",
        "FR|1234.56|USD|1\u202F234,56\u00A0$US",
        "FR|1234.56|CHF|1\u202F234,56\u00A0CHF",
        "FR|1234.5|XYZ1|1\u202F234,50\u00A0XYZ1",
        "EN|1234.56|EUR|€1,234.56",
        "EN|-100|EUR|-€100.00",
        "EN|1234.56|GBP|£1,234.56",
        "EN|1234.56|USD|US$1,234.56",
        "EN|1234.56|CHF|CHF\u00A01,234.56",
        "EN|1234.5|JPY|JP¥1,235",
        "EN|1234.56| eur |€1,234.56",
    })
    void formatsAmountWithCurrency(Language language, String value, String currency, String expected) {
        LetterFormat format = new LetterFormat(language);

        String amount = format.amount(new BigDecimal(value), currency);

        assertThat(amount).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} -> {2} / {3}")
    @CsvSource({
        "FR, 2026-12-04, 4 décembre 2026, 04/12/2026",
        "FR, 2026-12-01, 1er décembre 2026, 01/12/2026",
        "FR, 2027-02-15, 15 février 2027, 15/02/2027",
        "EN, 2026-12-04, 4 December 2026, 4 Dec 2026",
        "EN, 2026-09-01, 1 September 2026, 1 Sep 2026",
    })
    void formatsDates(Language language, LocalDate date, String longDate, String shortDate) {
        LetterFormat format = new LetterFormat(language);

        String written = format.longDate(date);
        String tabulated = format.shortDate(date);

        assertThat(written).isEqualTo(longDate);
        assertThat(tabulated).isEqualTo(shortDate);
    }
}
