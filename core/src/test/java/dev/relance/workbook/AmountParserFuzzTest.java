package dev.relance.workbook;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.relance.workbook.AmountParser.DecimalMark;

/** Any text gives an amount or an {@link InvalidValueException}, never another failure. */
class AmountParserFuzzTest {

    @FuzzTest
    void parsesAnyText(FuzzedDataProvider data) {
        DecimalMark mark = data.consumeBoolean() ? DecimalMark.COMMA : DecimalMark.POINT;
        String text = data.consumeRemainingAsString();

        FuzzOutcomes.requireResultOrOwnError(() -> new AmountParser(mark).parse(text));
    }
}
