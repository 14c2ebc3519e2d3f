package dev.relance.send;

import java.nio.file.Path;

/**
 * An e-mail draft of a run, as found in its letters folder.
 *
 * @param file       the {@code .eml} file
 * @param recipients the To addresses, separated by commas
 * @param subject    the subject
 */
public record Draft(Path file, String recipients, String subject) {

    /** The draft's file name, which identifies it in the results file. */
    public String name() {
        return file.getFileName().toString();
    }
}
