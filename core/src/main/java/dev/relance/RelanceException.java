package dev.relance;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The one error a user can cause: a file that cannot be read or written, a missing sheet or
 * column, a history dated after the as-of date. The message is one line meant for the user; the
 * location is kept as fields so that front ends can point at it (the Calc extension selects the
 * cell).
 */
public class RelanceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String sheet;
    private final String cell;
    private final String value;

    public RelanceException(String message) {
        this(message, null, null, null, null, null);
    }

    public RelanceException(String message, Throwable cause) {
        this(message, null, null, null, null, cause);
    }

    public RelanceException(String message, Path file, String sheet, String cell, String value,
            Throwable cause) {
        super(message, cause);
        this.file = file;
        this.sheet = sheet;
        this.cell = cell;
        this.value = value;
    }

    /** Returns a copy of this error that also names the file it concerns. */
    public RelanceException inFile(Path newFile) {
        if (file != null) {
            return this;
        }
        RelanceException copy = new RelanceException(getMessage(), newFile, sheet, cell, value, getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    public Optional<String> cell() {
        return Optional.ofNullable(cell);
    }

    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** Formats the error as the single line shown to the user: {@code file: sheet!cell: message}. */
    public String userMessage() {
        StringBuilder line = new StringBuilder();
        if (file != null) {
            line.append(file.getFileName()).append(": ");
        }
        if (sheet != null && cell != null) {
            line.append(sheet).append('!').append(cell).append(": ");
        } else if (sheet != null) {
            line.append(sheet).append(": ");
        }
        return line.append(getMessage()).toString();
    }
}
