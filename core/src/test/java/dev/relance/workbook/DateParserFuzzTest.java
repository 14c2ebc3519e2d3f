package dev.relance.workbook;

import java.math.BigDecimal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.relance.workbook.DateParser.SlashOrder;

/** Any text gives a date or an {@link InvalidValueException}, never another failure. */
class DateParserFuzzTest {

    @FuzzTest
    void parsesAnyText(FuzzedDataProvider data) {
        SlashOrder order = data.consumeBoolean() ? SlashOrder.DAY_FIRST : SlashOrder.MONTH_FIRST;
        boolean serial = data.consumeBoolean();
        String text = data.consumeRemainingAsString();

        FuzzOutcomes.requireResultOrOwnError(() -> {
            if (serial) {
                DateParser.fromSerial(serialOf(text), order == SlashOrder.DAY_FIRST);
            } else {
                new DateParser(order).parse(text);
            }
        });
    }

    /** Reads the text as a decimal when it is one, as a spreadsheet cell would hold it. */
    private static BigDecimal serialOf(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(text.length());
        }
    }
}
