package dev.relance.workbook;

import java.util.Set;

import dev.relance.RelanceException;

/**
 * What a fuzz test accepts from the code under test: a result, or our own error. Our own error
 * must not wrap a programming error of our code (a null dereference, an index out of bounds),
 * which a reader's catch-all would otherwise hide from the fuzzer. A {@link NumberFormatException}
 * is not one: readers throw it on purpose for a value that is not a number, and report its cell.
 */
public final class FuzzOutcomes {

    private static final Set<Class<? extends RuntimeException>> PROGRAMMING_ERRORS = Set.of(
            NullPointerException.class, IndexOutOfBoundsException.class,
            StringIndexOutOfBoundsException.class, ArrayIndexOutOfBoundsException.class,
            ClassCastException.class, ArithmeticException.class, NegativeArraySizeException.class,
            IllegalStateException.class);

    private FuzzOutcomes() {
    }

    /** Runs the action; fails on anything but a result, our error or an invalid value. */
    public static void requireResultOrOwnError(Runnable action) {
        try {
            action.run();
        } catch (RelanceException e) {
            requireNoWrappedProgrammingError(e);
            requireOneLine(e.userMessage());
        } catch (InvalidValueException e) {
            requireOneLine(e.getMessage());
        }
    }

    private static void requireNoWrappedProgrammingError(RelanceException error) {
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            boolean ours = cause.getStackTrace().length > 0
                    && cause.getStackTrace()[0].getClassName().startsWith("dev.relance.");
            if (ours && PROGRAMMING_ERRORS.contains(cause.getClass())) {
                throw new AssertionError("a programming error reached the user as: " + error.userMessage(), cause);
            }
        }
    }

    private static void requireOneLine(String message) {
        if (message.contains("\n") || message.contains("\r")) {
            throw new AssertionError("the message is not one line: " + message);
        }
    }
}
