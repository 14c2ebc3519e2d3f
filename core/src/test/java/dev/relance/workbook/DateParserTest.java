package dev.relance.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.relance.workbook.DateParser.SlashOrder;

class DateParserTest {

    private final DateParser dayFirst = new DateParser(SlashOrder.DAY_FIRST);
    private final DateParser monthFirst = new DateParser(SlashOrder.MONTH_FIRST);

    static Stream<Arguments> dayFirstDates() {
        return Stream.of(
                arguments("2026-03-04", "2026-03-04"),
                arguments("2026-3-4", "2026-03-04"),
                arguments("2026/03/04", "2026-03-04"),
                arguments(" 2026-03-04 ", "2026-03-04"),
                arguments("04/03/2026", "2026-03-04"),
                arguments("4/3/2026", "2026-03-04"),
                arguments("04/03/26", "2026-03-04"),
                arguments("4.3.2026", "2026-03-04"),
                arguments("04.03.2026", "2026-03-04"),
                arguments("04-03-2026", "2026-03-04"),
                arguments("29/02/2028", "2028-02-29"),
                arguments("4 mars 2026", "2026-03-04"),
                arguments("4 Mars 2026", "2026-03-04"),
                arguments("4 MARS 2026", "2026-03-04"),
                arguments("4 mars 26", "2026-03-04"),
                arguments("1er mars 2026", "2026-03-01"),
                arguments("1 janvier 2026", "2026-01-01"),
                arguments("15 janv. 2026", "2026-01-15"),
                arguments("15 févr. 2026", "2026-02-15"),
                arguments("15 fevrier 2026", "2026-02-15"),
                arguments("15 février 2026", "2026-02-15"),
                arguments("15 fév 2026", "2026-02-15"),
                arguments("3 avril 2026", "2026-04-03"),
                arguments("3 avr. 2026", "2026-04-03"),
                arguments("8 mai 2026", "2026-05-08"),
                arguments("21 juin 2026", "2026-06-21"),
                arguments("14 juillet 2026", "2026-07-14"),
                arguments("14 juil. 2026", "2026-07-14"),
                arguments("15 août 2026", "2026-08-15"),
                arguments("15 aout 2026", "2026-08-15"),
                arguments("1 septembre 2026", "2026-09-01"),
                arguments("1 sept. 2026", "2026-09-01"),
                arguments("31 octobre 2026", "2026-10-31"),
                arguments("11 novembre 2026", "2026-11-11"),
                arguments("25 décembre 2026", "2026-12-25"),
                arguments("25 decembre 2026", "2026-12-25"),
                arguments("25 déc. 2026", "2026-12-25"),
                arguments("March 4, 2026", "2026-03-04"),
                arguments("march 4 2026", "2026-03-04"),
                arguments("Mar 4 2026", "2026-03-04"),
                arguments("Mar. 4, 2026", "2026-03-04"),
                arguments("March 4th, 2026", "2026-03-04"),
                arguments("4 Mar 2026", "2026-03-04"),
                arguments("4th March 2026", "2026-03-04"),
                arguments("1st January 2026", "2026-01-01"),
                arguments("February 2, 2026", "2026-02-02"),
                arguments("Feb 2 26", "2026-02-02"),
                arguments("April 30, 2026", "2026-04-30"),
                arguments("May 1, 2026", "2026-05-01"),
                arguments("June 1, 2026", "2026-06-01"),
                arguments("Jun 1, 2026", "2026-06-01"),
                arguments("July 1, 2026", "2026-07-01"),
                arguments("August 1, 2026", "2026-08-01"),
                arguments("Aug 1, 2026", "2026-08-01"),
                arguments("September 1, 2026", "2026-09-01"),
                arguments("Sep 1, 2026", "2026-09-01"),
                arguments("October 1, 2026", "2026-10-01"),
                arguments("November 1, 2026", "2026-11-01"),
                arguments("December 1, 2026", "2026-12-01"),
                arguments("Dec 1 2026", "2026-12-01"),
                arguments("04-Mar-26", "2026-03-04"),
                arguments("4-mars-2026", "2026-03-04"),
                arguments("4\u00A0mars\u202F2026", "2026-03-04"),
                arguments("4  mars   2026", "2026-03-04"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dayFirstDates")
    void readsTextDates(String text, String expected) {
        LocalDate date = dayFirst.parse(text);

        assertThat(date).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "04/03/2026, 2026-04-03",
        "4/3/26,     2026-04-03",
        "12/31/2026, 2026-12-31",
        "4.3.2026,   2026-03-04",
        "04-03-2026, 2026-03-04",
        "2026-03-04, 2026-03-04",
        "March 4 2026, 2026-03-04",
    })
    void readsSlashDatesMonthFirstWhenUs(String text, String expected) {
        LocalDate date = monthFirst.parse(text);

        assertThat(date).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "31/02/2026   | is not a valid date because February 2026 has 28 days; expected e.g. 04/03/2026",
        "29/02/2026   | is not a valid date because February 2026 has 28 days; expected e.g. 04/03/2026",
        "31 avril 2026 | is not a valid date because April 2026 has 30 days; expected e.g. 04/03/2026",
        "2026-02-30   | is not a valid date because February 2026 has 28 days; expected e.g. 04/03/2026",
        "04/13/2026   | is not a valid date because there is no month 13; expected e.g. 04/03/2026",
        "00/03/2026   | is not a valid date because there is no day 0; expected e.g. 04/03/2026",
        "04/03/0206   | is not a valid date because the year 206 is before 1900; expected e.g. 04/03/2026",
        "4 marz 2026  | is not a date because \"marz\" is not a month name; expected e.g. 04/03/2026",
        "04/03        | is not a date; expected e.g. 04/03/2026",
        "04/03/202    | is not a date; expected e.g. 04/03/2026",
        "04/03-2026   | is not a date; expected e.g. 04/03/2026",
        "mars 2026    | is not a date; expected e.g. 04/03/2026",
        "20260304     | is not a date; expected e.g. 04/03/2026",
        "demain       | is not a date; expected e.g. 04/03/2026",
        "''           | is not a date; expected e.g. 04/03/2026",
    })
    void rejectsInvalidDates(String text, String message) {
        assertThatThrownBy(() -> dayFirst.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    @Test
    void rejectsThirteenthMonthWhenUs() {
        assertThatThrownBy(() -> monthFirst.parse("13/04/2026"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("is not a valid date because there is no month 13;"
                        + " expected e.g. 03/04/2026 for March 4");
    }

    @ParameterizedTest(name = "serial {0} -> {1}")
    @CsvSource({
        "1,       1900-01-01",
        "59,      1900-02-28",
        "61,      1900-03-01",
        "45658,   2025-01-01",
        "46054,   2026-02-01",
        "46054.75, 2026-02-01",
        "2958465, 9999-12-31",
    })
    void convertsSerialsFrom1900(BigDecimal serial, String expected) {
        LocalDate date = DateParser.fromSerial(serial, false);

        assertThat(date).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "serial {0} -> {1}")
    @CsvSource({
        "0,     1904-01-01",
        "1,     1904-01-02",
        "44592, 2026-02-01",
    })
    void convertsSerialsFrom1904(BigDecimal serial, String expected) {
        LocalDate date = DateParser.fromSerial(serial, true);

        assertThat(date).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "serial {0}")
    @CsvSource({"0", "-1", "60", "2958466", "1e12"})
    void rejectsSerialsOutsideThe1900Calendar(BigDecimal serial) {
        assertThatThrownBy(() -> DateParser.fromSerial(serial, false))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejectsNegativeSerialIn1904() {
        assertThatThrownBy(() -> DateParser.fromSerial(new BigDecimal("-1"), true))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("is not a date serial number; expected a date cell or e.g. 04/03/2026");
    }

    @Test
    void readsSameDatesUnderOtherLocalesAndZones() {
        Locale savedLocale = Locale.getDefault();
        TimeZone savedZone = TimeZone.getDefault();
        try {
            for (String[] setting : new String[][] {
                {"fr-FR", "Pacific/Auckland"}, {"en-US", "America/Los_Angeles"}, {"tr-TR", "UTC"}}) {
                Locale.setDefault(Locale.forLanguageTag(setting[0]));
                TimeZone.setDefault(TimeZone.getTimeZone(setting[1]));

                dayFirstDates().forEach(arguments -> assertThat(dayFirst.parse((String) arguments.get()[0]))
                        .as("%s under %s and %s", arguments.get()[0], setting[0], setting[1])
                        .isEqualTo(LocalDate.parse((String) arguments.get()[1])));
            }
        } finally {
            Locale.setDefault(savedLocale);
            TimeZone.setDefault(savedZone);
        }
    }

    @Test
    @Timeout(10)
    void rejectsHugeSerialWithoutWritingItOut() {
        BigDecimal serial = new BigDecimal("91E+1000000000");

        assertThatThrownBy(() -> DateParser.fromSerial(serial, false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("is not a date serial number; expected a date cell or e.g. 04/03/2026");
    }
}
