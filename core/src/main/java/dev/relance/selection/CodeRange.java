package dev.relance.selection;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.relance.UsageException;
import dev.relance.ledger.Client;

/**
 * One item of a client code filter: a single code ({@code C150}) or a range of codes
 * ({@code C001-C099}, {@code CL-001..CL-099}). Codes are compared as client codes are everywhere:
 * case, accents and surrounding spaces ignored.
 *
 * <p>When both ends of a range share a prefix followed by digits, a code is in the range when it
 * has that prefix and its number lies between the ends' numbers, so {@code C1-C99} holds
 * {@code C5} and {@code C010} but not {@code C100}. Otherwise codes are compared in text order.
 *
 * @param text the item as the user wrote it, trimmed
 * @param from the range's first code key, the code's key for a single code
 * @param to   the range's last code key, the code's key for a single code
 */
public record CodeRange(String text, String from, String to) {

    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)");

    /**
     * Reads one item. {@code ..} always separates the ends of a range. Without it, a single
     * {@code -} separates them when both ends look alike (both end in digits, or neither does):
     * {@code C001-C099} and {@code A-M} are ranges, {@code CL-001} and {@code 411-DUP} are codes.
     *
     * @throws UsageException when an end is blank or the range ends before it starts
     */
    public static CodeRange parse(String option, String item) {
        String text = item.strip();
        if (text.isEmpty()) {
            throw new UsageException(option, "an empty client code; expected e.g. C001-C099,C150");
        }
        Optional<String[]> ends = ends(text);
        if (ends.isEmpty()) {
            String key = Client.keyOf(text);
            return new CodeRange(text, key, key);
        }
        String from = Client.keyOf(ends.get()[0]);
        String to = Client.keyOf(ends.get()[1]);
        if (from.isEmpty() || to.isEmpty()) {
            throw new UsageException(option, "\"" + text + "\" is a range with a missing end;"
                    + " expected e.g. C001-C099");
        }
        CodeRange range = new CodeRange(text, from, to);
        if (range.compare(from, to) > 0) {
            throw new UsageException(option, "\"" + text + "\" ends before it starts;"
                    + " write the lower code first, e.g. C001-C099");
        }
        return range;
    }

    /** Returns whether a client code is this code, or lies in this range. */
    public boolean matches(String code) {
        String key = Client.keyOf(code);
        if (from.equals(to)) {
            return key.equals(from);
        }
        if (isNumbered()) {
            return sharesPrefix(key) && compare(from, key) <= 0 && compare(key, to) <= 0;
        }
        return from.compareTo(key) <= 0 && key.compareTo(to) <= 0;
    }

    private static Optional<String[]> ends(String text) {
        int dots = text.indexOf("..");
        if (dots >= 0) {
            return Optional.of(new String[] {text.substring(0, dots), text.substring(dots + 2)});
        }
        int dash = text.indexOf('-');
        if (dash < 0 || dash != text.lastIndexOf('-')) {
            return Optional.empty();
        }
        String first = text.substring(0, dash).strip();
        String last = text.substring(dash + 1).strip();
        // a missing end is reported by parse, not taken as part of a code
        boolean alike = first.isEmpty() || last.isEmpty() || endsInDigit(first) == endsInDigit(last);
        return alike ? Optional.of(new String[] {first, last}) : Optional.empty();
    }

    private static boolean endsInDigit(String text) {
        return !text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1));
    }

    /** Returns whether both ends are a shared prefix followed by digits. */
    private boolean isNumbered() {
        Matcher first = NUMBERED.matcher(from);
        Matcher last = NUMBERED.matcher(to);
        return first.matches() && last.matches() && first.group(1).equals(last.group(1));
    }

    private boolean sharesPrefix(String key) {
        Matcher code = NUMBERED.matcher(key);
        Matcher first = NUMBERED.matcher(from);
        return code.matches() && first.matches() && code.group(1).equals(first.group(1));
    }

    /** Compares two keys by their numbers when this range is numbered, else as text. */
    private int compare(String one, String other) {
        if (!isNumbered()) {
            return one.compareTo(other);
        }
        return number(one).compareTo(number(other));
    }

    private static BigInteger number(String key) {
        Matcher matcher = NUMBERED.matcher(key);
        if (!matcher.matches()) {
            throw new IllegalStateException("not a numbered code: " + key);
        }
        return new BigInteger(matcher.group(2));
    }
}
