package dev.relance.extension;

import java.util.Arrays;
import java.util.Optional;

/** The menu entries, by the argument of their command URL ({@code service:...?generate}). */
enum Command {
    GENERATE("generate"),
    PREVIEW("preview"),
    EXPORT_TEMPLATES("export-templates");

    private final String argument;

    Command(String argument) {
        this.argument = argument;
    }

    /** Finds the command of a URL argument; an empty argument means "generate". */
    static Optional<Command> of(String argument) {
        String wanted = argument == null || argument.isBlank() ? GENERATE.argument : argument.strip();
        return Arrays.stream(values()).filter(command -> command.argument.equals(wanted)).findFirst();
    }
}
