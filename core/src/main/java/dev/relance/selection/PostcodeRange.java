package dev.relance.selection;

import java.math.BigInteger;

import dev.relance.UsageException;
import dev.relance.ledger.TextKey;

/**
 * One item of a postal code filter: a code ({@code 69002}) or a range ({@code 75000-75999}).
 * Spaces inside codes do not count ({@code SW1A 1AA} is {@code sw1a1aa}). When both ends are
 * digits only, a client's code is compared as a number and must be digits only too; otherwise
 * codes are compared in text order, case ignored.
 *
 * @param text the item as the user wrote it, trimmed
 * @param from the first code, compact
 * @param to   the last code, compact; equal to {@code from} for a single code
 */
public record PostcodeRange(String text, String from, String to) {

    /**
     * Reads one item; a single {@code -} separates the ends of a range.
     *
     * @throws UsageException when an end is blank or the range ends before it starts
     */
    public static PostcodeRange parse(String option, String item) {
        String text = item.strip();
        String[] ends = text.split("-", -1);
        if (text.isEmpty() || ends.length > 2) {
            throw new UsageException(option, "\"" + text + "\" is not a postal code or range;"
                    + " expected e.g. 75000-75999 or 69002");
        }
        String from = compact(ends[0]);
        String to = compact(ends[ends.length - 1]);
        if (from.isEmpty() || to.isEmpty()) {
            throw new UsageException(option, "\"" + text + "\" is a range with a missing end;"
                    + " expected e.g. 75000-75999");
        }
        PostcodeRange range = new PostcodeRange(text, from, to);
        if (range.compare(from, to) > 0) {
            throw new UsageException(option, "\"" + text + "\" ends before it starts;"
                    + " write the lower code first, e.g. 75000-75999");
        }
        return range;
    }

    /** Returns whether a client's postal code is this code or lies in this range. */
    public boolean matches(String postalCode) {
        String code = compact(postalCode);
        if (code.isEmpty()) {
            return false;
        }
        if (isNumeric(from) && isNumeric(to)) {
            return isNumeric(code) && compare(from, code) <= 0 && compare(code, to) <= 0;
        }
        return from.compareTo(code) <= 0 && code.compareTo(to) <= 0;
    }

    /** Returns the code as compared: key of the text without any spaces. */
    static String compact(String postalCode) {
        return TextKey.of(postalCode).replace(" ", "");
    }

    private int compare(String one, String other) {
        if (isNumeric(one) && isNumeric(other)) {
            return new BigInteger(one).compareTo(new BigInteger(other));
        }
        return one.compareTo(other);
    }

    private static boolean isNumeric(String code) {
        return !code.isEmpty() && code.chars().allMatch(Character::isDigit);
    }
}
