package dev.relance.send;

import java.nio.file.Path;
import java.util.List;

/**
 * What a send is about to do, found before asking for a password.
 *
 * @param runId         the run, as recorded in the history
 * @param folder        the run's letters folder
 * @param server        the SMTP server, from the Settings sheet and the options
 * @param toSend        the drafts not sent yet, in the history's order
 * @param alreadySent   the drafts the results file records as sent, which are skipped
 * @param withoutDraft  the run's letters that have no e-mail draft (client without an address)
 * @param unrecorded    the drafts whose outcome the results file holds but the history lacks,
 *                      because the workbook could not be written after an earlier send; the
 *                      next recording writes them
 */
public record SendPlan(String runId, Path folder, SmtpServer server, List<Draft> toSend,
        List<String> alreadySent, List<String> withoutDraft, List<String> unrecorded) {

    public SendPlan {
        toSend = List.copyOf(toSend);
        alreadySent = List.copyOf(alreadySent);
        withoutDraft = List.copyOf(withoutDraft);
        unrecorded = List.copyOf(unrecorded);
    }
}
