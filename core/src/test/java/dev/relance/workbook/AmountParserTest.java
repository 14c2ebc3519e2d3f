package dev.relance.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.relance.workbook.AmountParser.DecimalMark;

class AmountParserTest {

    private final AmountParser french = new AmountParser(DecimalMark.COMMA);
    private final AmountParser english = new AmountParser(DecimalMark.POINT);

    /** Texts read the same in a French and an English workbook. */
    static Stream<Arguments> unambiguousAmounts() {
        return Stream.of(
                arguments("0", "0"),
                arguments("12", "12"),
                arguments("1234.56", "1234.56"),
                arguments("1234,56", "1234.56"),
                arguments("0,5", "0.5"),
                arguments("0.123", "0.123"),
                arguments("1234,567", "1234.567"),
                arguments("1 234,56 €", "1234.56"),
                arguments("1\u00A0234,56\u00A0€", "1234.56"),
                arguments("2\u202F469,12\u00A0€", "2469.12"),
                arguments("1\u2007234,56", "1234.56"),
                arguments("1\u2009234,56", "1234.56"),
                arguments("1 234 567,89", "1234567.89"),
                arguments("1\u202F000", "1000"),
                arguments("3\u00A0000,00 €", "3000.00"),
                arguments("1,234.56", "1234.56"),
                arguments("1,234.56 EUR", "1234.56"),
                arguments("1,234,567.89", "1234567.89"),
                arguments("1.234,56", "1234.56"),
                arguments("1.234.567,89", "1234567.89"),
                arguments("1.234.567", "1234567"),
                arguments("1,234,567", "1234567"),
                arguments("1 234", "1234"),
                arguments("1'234.50 CHF", "1234.50"),
                arguments("1\u2019234.50", "1234.50"),
                arguments("€1,234.56", "1234.56"),
                arguments("€ 1 234,56", "1234.56"),
                arguments("$1,234.56", "1234.56"),
                arguments("USD 1,234.56", "1234.56"),
                arguments("1 234,56 eur", "1234.56"),
                arguments("£12.50", "12.50"),
                arguments("12.50 GBP", "12.50"),
                arguments("-1 234", "-1234"),
                arguments("- 1 234", "-1234"),
                arguments("\u22121 234,56 €", "-1234.56"),
                arguments("-1\u202F234,56 €", "-1234.56"),
                arguments("-€1,234.56", "-1234.56"),
                arguments("€-1,234.56", "-1234.56"),
                arguments("(1 234,56)", "-1234.56"),
                arguments("(€1,234.56)", "-1234.56"),
                arguments("+12", "12"),
                arguments("  42  ", "42"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("unambiguousAmounts")
    void readsAmountsInFrenchWorkbook(String text, String expected) {
        BigDecimal amount = french.parse(text);

        assertThat(amount).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("unambiguousAmounts")
    void readsAmountsInEnglishWorkbook(String text, String expected) {
        BigDecimal amount = english.parse(text);

        assertThat(amount).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0}: French {1}, English {2}")
    @CsvSource(delimiter = '|', value = {
        "1,234     | 1.234 | 1234",
        "1.234     | 1234  | 1.234",
        "-12,500 € | -12.500 | -12500",
        "999,000   | 999.000 | 999000",
    })
    void readsLoneSeparatorBeforeThreeDigitsAsTheWorkbookDecimalMark(
            String text, String inFrench, String inEnglish) {
        BigDecimal frenchAmount = french.parse(text);
        BigDecimal englishAmount = english.parse(text);

        assertThat(frenchAmount).isEqualTo(new BigDecimal(inFrench));
        assertThat(englishAmount).isEqualTo(new BigDecimal(inEnglish));
    }

    @Test
    void readsAmountWithNarrowNoBreakSpaces() {
        BigDecimal amount = french.parse("1\u202F234\u202F567,50\u202F€");

        assertThat(amount).isEqualTo(new BigDecimal("1234567.50"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "12 34,5      | is not an amount because its digits are not in groups of three; expected e.g. 1 234,56",
        "1 23         | is not an amount because its digits are not in groups of three; expected e.g. 1 234,56",
        "1234 567     | is not an amount because its digits are not in groups of three; expected e.g. 1 234,56",
        "1  234       | is not an amount because its digits are not in groups of three; expected e.g. 1 234,56",
        "1,23,456     | is not an amount because its digits are not in groups of three; expected e.g. 1 234,56",
        "1 234.567,89 | is not an amount because it mixes thousands separators; expected e.g. 1 234,56",
        "1,234.567.8  | is not an amount because it mixes thousands separators; expected e.g. 1 234,56",
        "1 234,567 8  | is not an amount because of separators after the decimal mark; expected e.g. 1 234,56",
        "1.234,56.7   | is not an amount because its digits are not in groups of three; expected e.g. 1 234,56",
        "''           | is not an amount; expected e.g. 1 234,56",
        "abc          | is not an amount; expected e.g. 1 234,56",
        "12 euros     | is not an amount; expected e.g. 1 234,56",
        "1234-        | is not an amount; expected e.g. 1 234,56",
        "--12         | is not an amount; expected e.g. 1 234,56",
        "-(12)        | is not an amount; expected e.g. 1 234,56",
        "(-12)        | is not an amount; expected e.g. 1 234,56",
        "€ 12 EUR     | is not an amount; expected e.g. 1 234,56",
        ",5           | is not an amount; expected e.g. 1 234,56",
        "12,          | is not an amount; expected e.g. 1 234,56",
        "1e3          | is not an amount; expected e.g. 1 234,56",
        "1 234 ,56    | is not an amount because its digits are not in groups of three; expected e.g. 1 234,56",
    })
    void rejectsInvalidAmounts(String text, String message) {
        assertThatThrownBy(() -> french.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    @Test
    void givesEnglishExampleInEnglishWorkbook() {
        assertThatThrownBy(() -> english.parse("12 34.5"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("is not an amount because its digits are not in groups of three;"
                        + " expected e.g. 1,234.56");
    }

    @Test
    void readsSameAmountsUnderOtherLocalesAndZones() {
        Locale savedLocale = Locale.getDefault();
        TimeZone savedZone = TimeZone.getDefault();
        try {
            for (String[] setting : new String[][] {
                {"fr-FR", "Pacific/Auckland"}, {"en-US", "America/Los_Angeles"}, {"de-CH", "UTC"}}) {
                Locale.setDefault(Locale.forLanguageTag(setting[0]));
                TimeZone.setDefault(TimeZone.getTimeZone(setting[1]));

                unambiguousAmounts().forEach(arguments -> assertThat(french.parse((String) arguments.get()[0]))
                        .as("%s under %s and %s", arguments.get()[0], setting[0], setting[1])
                        .isEqualTo(new BigDecimal((String) arguments.get()[1])));
            }
        } finally {
            Locale.setDefault(savedLocale);
            TimeZone.setDefault(savedZone);
        }
    }
}
