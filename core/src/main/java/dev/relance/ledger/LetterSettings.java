package dev.relance.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How letters are laid out and what they claim besides the invoices, from the Settings sheet.
 *
 * @param paperSize         the paper the letters are printed on (default A4)
 * @param addressLeftMm     the recipient block's distance from the page's left edge, in mm
 *                          (default 100, the French window-envelope position)
 * @param addressTopMm      its distance from the page's top edge, in mm (default 46)
 * @param deadlineDays      days to pay from the letter's date, for levels 1, 2 and 3; 0 states no
 *                          deadline (default 0, 8, 8)
 * @param paymentReference  the reference the client is asked to quote, with the placeholders
 *                          {@code {client}} and {@code {invoices}}; empty asks for the invoice
 *                          numbers
 * @param charges           late-payment interest and fees (default off)
 */
public record LetterSettings(PaperSize paperSize, int addressLeftMm, int addressTopMm,
        List<Integer> deadlineDays, Optional<String> paymentReference, ChargeSettings charges) {

    /** The levels that have their own per-level setting; higher levels use the last one. */
    public static final int LEVELS = 3;

    public static final LetterSettings DEFAULTS = new LetterSettings(PaperSize.A4, 100, 46,
            List.of(0, 8, 8), Optional.empty(), ChargeSettings.OFF);

    public LetterSettings {
        deadlineDays = List.copyOf(deadlineDays);
        if (deadlineDays.size() != LEVELS) {
            throw new IllegalArgumentException("one deadline per level 1 to " + LEVELS);
        }
    }

    /** Returns the days to pay a letter of this level gives, 0 for none. */
    public int deadlineDays(int level) {
        return deadlineDays.get(levelIndex(level));
    }

    /** Returns the index of a level's per-level value: levels above 3 use level 3's. */
    static int levelIndex(int level) {
        return Math.max(1, Math.min(level, LEVELS)) - 1;
    }

    /** The paper sizes letters are laid out on. */
    public enum PaperSize {
        A4("A4"),
        LETTER("letter");

        private final String cssName;

        PaperSize(String cssName) {
            this.cssName = cssName;
        }

        /** Returns the name of the size in a CSS {@code @page} rule. */
        public String cssName() {
            return cssName;
        }
    }

    /**
     * Late-payment charges a letter states, for business-to-business claims under French and EU
     * law: interest on each overdue invoice, the fixed recovery indemnity per late invoice, and a
     * fee per level.
     *
     * @param enabled            whether letters state any charge (default no)
     * @param yearlyRatePercent  the yearly interest rate in percent, e.g. 12.15 (default 0)
     * @param indemnityFromLevel the first level whose letters claim the indemnity (default 3)
     * @param levelFees          the fee added by a letter of level 1, 2 and 3, in the letter's
     *                           currency (default 0)
     */
    public record ChargeSettings(boolean enabled, BigDecimal yearlyRatePercent,
            int indemnityFromLevel, List<BigDecimal> levelFees) {

        public static final ChargeSettings OFF = new ChargeSettings(false, BigDecimal.ZERO, 3,
                List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));

        public ChargeSettings {
            levelFees = List.copyOf(levelFees);
            if (levelFees.size() != LEVELS) {
                throw new IllegalArgumentException("one fee per level 1 to " + LEVELS);
            }
        }

        /** Returns the fee a letter of this level adds. */
        public BigDecimal levelFee(int level) {
            return levelFees.get(levelIndex(level));
        }
    }
}
