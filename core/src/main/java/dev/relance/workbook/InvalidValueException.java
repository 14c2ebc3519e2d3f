package dev.relance.workbook;

/**
 * Signals that a cell's content is not a value of the expected kind. The message starts in lower
 * case and follows the quoted value, and it ends with an example of what is expected:
 * {@code is not a date; expected e.g. 04/03/2026}.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message);
    }
}
