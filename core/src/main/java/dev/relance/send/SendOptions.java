package dev.relance.send;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the user chose for sending a run's e-mails.
 *
 * @param workbook         the workbook whose history names the run
 * @param runId            the run to send; empty for the last one
 * @param lettersDirectory where the drafts are; empty means {@code Relances/<run date>} next to
 *                         the workbook
 * @param host             overrides the Settings sheet's SMTP host
 * @param port             overrides the SMTP port
 * @param security         overrides the SMTP security
 * @param bccSender        whether each message is copied (Bcc) to the sender
 * @param perMinute        at most this many messages a minute; empty for no wait
 * @param dryRun           whether to list what would be sent and send nothing
 */
public record SendOptions(Path workbook, Optional<String> runId, Optional<Path> lettersDirectory,
        Optional<String> host, Optional<Integer> port, Optional<SmtpSecurity> security,
        boolean bccSender, Optional<Integer> perMinute, boolean dryRun) {

    /** Returns the folder the drafts of a run dated {@code runDate} are looked for in. */
    public Path resolveLettersDirectory(LocalDate runDate) {
        return lettersDirectory.orElseGet(() -> workbook.toAbsolutePath().getParent()
                .resolve("Relances").resolve(runDate.toString()));
    }
}
