package dev.relance;

import java.nio.file.Path;

/**
 * A value the user chose is not valid: a filter, a forced level, a preset name. Front ends treat
 * it as wrong usage (the command line exits with 2, the dialog points at the field), not as a
 * workbook that could not be processed.
 */
public class UsageException extends RelanceException {

    private static final long serialVersionUID = 1L;

    private final String option;
    private final String reason;

    /**
     * @param option  the option or filter the value was given for, e.g. {@code --clients}
     * @param message what is wrong and what is expected
     */
    public UsageException(String option, String message) {
        super(option + ": " + message);
        this.option = option;
        this.reason = message;
    }

    /** Returns this error unchanged: a wrong option is about the command, not the file. */
    @Override
    public RelanceException inFile(Path newFile) {
        return this;
    }

    /** Returns the option or filter the wrong value was given for. */
    public String option() {
        return option;
    }

    /** Returns what is wrong, without the option's name. */
    public String reason() {
        return reason;
    }
}
