package dev.relance.ledger;

import java.math.BigDecimal;
import java.util.Optional;

import dev.relance.ledger.LetterSettings.PaperSize;
import dev.relance.workbook.InvalidValueException;

/** Reads the Settings keys of the letters' layout and late-payment charges. */
final class LetterSettingsReader {

    // The recipient block must start on the page with room for its 85 mm width and 8 lines.
    private static final int MAXIMUM_LEFT_MM = 120;
    private static final int MAXIMUM_TOP_MM = 200;

    private LetterSettingsReader() {
    }

    /** Returns whether the key is one of the letters' keys. */
    static boolean handles(SettingKey key) {
        return switch (key) {
            case PAPER_SIZE, ADDRESS_LEFT, ADDRESS_TOP, DEADLINE_LEVEL_1, DEADLINE_LEVEL_2,
                    DEADLINE_LEVEL_3, PAYMENT_REFERENCE, LATE_CHARGES, INTEREST_RATE,
                    INDEMNITY_FROM_LEVEL, FEE_LEVEL_1, FEE_LEVEL_2, FEE_LEVEL_3 -> true;
            default -> false;
        };
    }

    /** Reads the value of one of the letters' keys into the builder; bad values are reported. */
    static void apply(SettingKey key, RowCells cells, Optional<Integer> value,
            SettingsBuilder settings) {
        int column = value.orElseThrow();
        switch (key) {
            case PAPER_SIZE -> cells.textAs(value, LetterSettingsReader::paperSize)
                    .ifPresent(settings::paperSize);
            case ADDRESS_LEFT -> cells.wholeNumber(value)
                    .filter(mm -> cells.check(mm <= MAXIMUM_LEFT_MM, column,
                            "is too far right; expected millimetres from the left edge, e.g. 100"))
                    .ifPresent(settings::addressLeftMm);
            case ADDRESS_TOP -> cells.wholeNumber(value)
                    .filter(mm -> cells.check(mm <= MAXIMUM_TOP_MM, column,
                            "is too low; expected millimetres from the top edge, e.g. 46"))
                    .ifPresent(settings::addressTopMm);
            case DEADLINE_LEVEL_1 -> cells.wholeNumber(value)
                    .ifPresent(days -> settings.deadlineDays(1, days));
            case DEADLINE_LEVEL_2 -> cells.wholeNumber(value)
                    .ifPresent(days -> settings.deadlineDays(2, days));
            case DEADLINE_LEVEL_3 -> cells.wholeNumber(value)
                    .ifPresent(days -> settings.deadlineDays(3, days));
            case PAYMENT_REFERENCE -> cells.text(value).ifPresent(settings::paymentReference);
            case LATE_CHARGES -> cells.flag(value).ifPresent(settings::lateCharges);
            case INTEREST_RATE -> cells.percent(value).ifPresent(settings::interestRate);
            case INDEMNITY_FROM_LEVEL -> cells.wholeNumber(value)
                    .filter(level -> cells.check(level >= 1, column,
                            "is not a level; expected e.g. 3"))
                    .ifPresent(settings::indemnityFromLevel);
            case FEE_LEVEL_1 -> fee(cells, value).ifPresent(fee -> settings.levelFee(1, fee));
            case FEE_LEVEL_2 -> fee(cells, value).ifPresent(fee -> settings.levelFee(2, fee));
            case FEE_LEVEL_3 -> fee(cells, value).ifPresent(fee -> settings.levelFee(3, fee));
            default -> throw new IllegalArgumentException("not a letter setting: " + key);
        }
    }

    private static Optional<BigDecimal> fee(RowCells cells, Optional<Integer> value) {
        return cells.amount(value).filter(amount -> cells.check(amount.signum() >= 0,
                value.orElseThrow(), "is negative; expected an amount of 0 or more"));
    }

    private static PaperSize paperSize(String text) {
        switch (TextKey.of(text).replace("-", " ")) {
            case "a4":
                return PaperSize.A4;
            case "letter", "us letter", "lettre", "lettre us":
                return PaperSize.LETTER;
            default:
                throw new InvalidValueException("is not a paper size; expected A4 or Letter");
        }
    }
}
