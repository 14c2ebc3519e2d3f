package dev.relance.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.relance.RelanceException;
import dev.relance.job.WorkbookUpdate;
import dev.relance.record.SendingRecord;
import dev.relance.send.Delivery;
import dev.relance.send.Draft;
import dev.relance.send.SendJob;
import dev.relance.send.SendOptions;
import dev.relance.send.SendPlan;
import dev.relance.send.SmtpSecurity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code relance send}: sends the e-mail drafts of a run through the SMTP server. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = "Sends the e-mail drafts (.eml) of a run through the SMTP server of the "
                + "Settings sheet, then records each outcome in the workbook's history (sent at, "
                + "message id or error). Drafts already sent, as the history or sent.csv beside "
                + "them records, are skipped. The password comes from " + SendJob.PASSWORD_VARIABLE
                + " or a prompt, and is never stored.")
final class SendCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "WORKBOOK", description = "The workbook (.xlsx, .xlsm or .ods).")
    Path workbook;

    @Option(names = "--run", paramLabel = "ID",
            description = "The run to send, e.g. 2026-12-04 (default: the last one).")
    String runId;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder of the run's letters (default: Relances/<run date> next to the workbook).")
    Path out;

    @Option(names = "--dry-run", description = "List what would be sent and send nothing.")
    boolean dryRun;

    @Option(names = "--record-only",
            description = "Send nothing; record in the history the outcomes in sent.csv that it"
                    + " is missing, after a send that could not write the workbook.")
    boolean recordOnly;

    @Option(names = "--smtp-host", paramLabel = "HOST", description = "Overrides the SMTP host of the Settings sheet.")
    String host;

    @Option(names = "--smtp-port", paramLabel = "PORT", description = "Overrides the SMTP port (default 587).")
    Integer port;

    @Option(names = "--smtp-security", paramLabel = "starttls|ssl|none",
            description = "Overrides the SMTP security (default starttls).")
    String security;

    @Option(names = "--bcc-sender", description = "Send a blind copy of each message to the sender e-mail.")
    boolean bccSender;

    @Option(names = "--rate", paramLabel = "N", description = "Send at most N messages a minute (default: no wait).")
    Integer perMinute;

    @Option(names = "--password", interactive = true, arity = "0",
            description = "Ask for the SMTP password (else " + SendJob.PASSWORD_VARIABLE
                    + ", else a prompt when the Settings sheet names an SMTP user).")
    char[] password;

    @Option(names = "--debug", description = "Print the stack trace of an error.")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SendOptions options = new SendOptions(workbook, Optional.ofNullable(runId),
                Optional.ofNullable(out), Optional.ofNullable(host), Optional.ofNullable(port),
                Optional.ofNullable(security).map(text -> SmtpSecurity.parse("--smtp-security", text)),
                bccSender, Optional.ofNullable(perMinute), dryRun);
        SendJob job = new SendJob();
        SendPlan plan = job.prepare(options);
        PrintWriter stdout = spec.commandLine().getOut();
        printPlan(stdout, plan);
        if (dryRun) {
            stdout.println("Dry run: nothing was sent.");
            stdout.flush();
            return 0;
        }
        List<Delivery> deliveries = List.of();
        if (recordOnly || plan.toSend().isEmpty()) {
            stdout.println(recordOnly ? "Record only: nothing is sent." : "Nothing to send.");
        } else {
            deliveries = job.send(plan, options, password(plan), delivery -> {
                stdout.println("  " + (delivery.isSent() ? "sent   " : "FAILED ") + describe(delivery));
                stdout.flush();
            });
        }
        int sent = report(stdout, plan, deliveries);
        boolean recorded = record(job, plan, deliveries, stdout);
        return recorded ? sent : RelanceCommand.EXIT_FAILED;
    }

    /**
     * Records the outcomes in the workbook's history, when there are some. A workbook that cannot
     * be written is reported, not thrown, because the e-mails are gone: the message tells how to
     * record the outcomes sent.csv keeps.
     */
    private boolean record(SendJob job, SendPlan plan, List<Delivery> deliveries, PrintWriter stdout) {
        if (deliveries.isEmpty() && plan.unrecorded().isEmpty()) {
            if (recordOnly) {
                stdout.println("Nothing to record: the history has every outcome in " + SendJob.RESULTS_FILE + ".");
            }
            return true;
        }
        try {
            SendingRecord record = WorkbookUpdate.apply(workbook, read -> job.recording(read, plan),
                    SendingRecord::edit);
            stdout.printf("Recorded the outcome of %d e-mail(s) in the history of %s%n",
                    record.drafts().size(), workbook);
            stdout.flush();
            return true;
        } catch (RelanceException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("relance: " + e.userMessage());
            err.println("relance: the outcomes are kept in " + plan.folder().resolve(SendJob.RESULTS_FILE)
                    + ", and nothing it records as sent is sent again; run relance send "
                    + "--record-only " + workbook + " to record them in the history");
            err.flush();
            return false;
        }
    }

    private void printPlan(PrintWriter stdout, SendPlan plan) {
        stdout.printf("Run %s: %d e-mail(s) to send from %s via %s:%d (%s)%n", plan.runId(),
                plan.toSend().size(), plan.folder(), plan.server().host(), plan.server().port(),
                plan.server().security().name().toLowerCase(Locale.ROOT));
        if (!plan.alreadySent().isEmpty()) {
            stdout.printf("  already sent, skipped: %s%n", String.join(", ", plan.alreadySent()));
        }
        if (!plan.unrecorded().isEmpty()) {
            stdout.printf("  outcome in %s, not yet in the history: %s%n", SendJob.RESULTS_FILE,
                    String.join(", ", plan.unrecorded()));
        }
        if (!plan.withoutDraft().isEmpty()) {
            stdout.printf("  no e-mail draft (client without an address): %s%n",
                    String.join(", ", plan.withoutDraft()));
        }
        if (dryRun) {
            for (Draft draft : plan.toSend()) {
                stdout.printf("  would send %s to %s: %s%n", draft.name(), draft.recipients(),
                        draft.subject());
            }
        }
    }

    private int report(PrintWriter stdout, SendPlan plan, List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return 0;
        }
        List<Delivery> failed = deliveries.stream().filter(delivery -> !delivery.isSent()).toList();
        stdout.printf("Sent %d e-mail(s), %d failed; results in %s%n",
                deliveries.size() - failed.size(), failed.size(),
                plan.folder().resolve(SendJob.RESULTS_FILE));
        stdout.flush();
        if (failed.isEmpty()) {
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        failed.forEach(delivery -> err.println("relance: not sent: " + describe(delivery)));
        err.println("relance: send again to retry the failed e-mails; those sent are skipped");
        err.flush();
        return RelanceCommand.EXIT_FAILED;
    }

    private static String describe(Delivery delivery) {
        return delivery.draft().name() + " to " + delivery.draft().recipients() + ": "
                + delivery.messageId().orElseGet(() -> delivery.error().orElseThrow());
    }

    /** Returns the password: from the environment, the --password prompt, or the console. */
    private Optional<String> password(SendPlan plan) {
        Optional<String> fromEnvironment = Optional.ofNullable(System.getenv(SendJob.PASSWORD_VARIABLE))
                .filter(text -> !text.isEmpty());
        if (fromEnvironment.isPresent()) {
            return fromEnvironment;
        }
        if (password != null && password.length > 0) {
            return Optional.of(new String(password));
        }
        if (plan.server().user().isEmpty()) {
            return Optional.empty();
        }
        Console console = System.console();
        if (console == null) {
            throw new RelanceException("the SMTP user " + plan.server().user().get()
                    + " needs a password: set " + SendJob.PASSWORD_VARIABLE + " or pass --password");
        }
        char[] typed = console.readPassword("SMTP password for %s: ", plan.server().user().get());
        return Optional.ofNullable(typed).map(String::new);
    }
}
