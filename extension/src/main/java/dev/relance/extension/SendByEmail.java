package dev.relance.extension;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import dev.relance.extension.ui.SendText;
import dev.relance.extension.ui.UiLanguage;
import dev.relance.job.RunResult;
import dev.relance.ledger.LedgerReader;
import dev.relance.record.SendingRecord;
import dev.relance.send.Delivery;
import dev.relance.send.Draft;
import dev.relance.send.SendJob;
import dev.relance.send.SendOptions;
import dev.relance.send.SendPlan;
import dev.relance.send.SmtpSecurity;
import dev.relance.send.SmtpServer;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookEdit;

/**
 * "Send by e-mail" after "Generate": when the run wrote e-mail drafts and the Settings sheet names
 * an SMTP host, offers to send them, sends them through the core's {@link SendJob}, records each
 * outcome in the document's history as one undo step, and shows what was sent and what failed.
 *
 * <p>The password is {@value SendJob#PASSWORD_VARIABLE} from LibreOffice's environment when set,
 * else typed in the offer, when the Settings sheet names an SMTP user. The results file
 * {@code sent.csv} beside the drafts is written as by the command line, so a later
 * {@code relance send} skips what went out from Calc.
 */
final class SendByEmail {

    /** Maximum number of unsent e-mails the summary lists. It counts the others. */
    static final int LISTED_FAILURES = 10;

    /** The dialogs, which tests replace. */
    interface Screen {
        /**
         * Offers to send; returns the password typed (empty text without a login), or empty when
         * the user declines.
         */
        Optional<String> offer(String heading, List<String> lines, Optional<String> user);

        /** Shows what was sent and what failed. */
        void summary(String text);
    }

    /** The status bar while sending. */
    interface Progress {
        void start(int emails);

        void sent(Delivery delivery);

        void end();
    }

    /** A progress that shows nothing, for callers without a status bar. */
    static final Progress NO_PROGRESS = new Progress() {
        @Override
        public void start(int emails) {
            // Nothing to show.
        }

        @Override
        public void sent(Delivery delivery) {
            // Nothing to show.
        }

        @Override
        public void end() {
            // Nothing to show.
        }
    };

    private final SendJob job;
    private final Supplier<Workbook> document;
    private final BiConsumer<WorkbookEdit, String> apply;
    private final UiLanguage language;
    private final Screen screen;
    private final Map<String, String> environment;

    /**
     * @param document reads the document as it is now, unsaved edits included
     * @param apply    writes an edit into the document as one undo step of the given title
     */
    SendByEmail(SendJob job, Supplier<Workbook> document, BiConsumer<WorkbookEdit, String> apply,
            UiLanguage language, Screen screen, Map<String, String> environment) {
        this.job = job;
        this.document = document;
        this.apply = apply;
        this.language = language;
        this.screen = screen;
        this.environment = environment;
    }

    /**
     * Offers to send the run's e-mails, then sends those the user confirms. Does nothing when the
     * run wrote no draft left to send or the Settings sheet has no SMTP host.
     *
     * @param workbook the document's file, which names it in error messages
     * @param folder   the run's letters folder
     * @param progress receives the number of e-mails to send, then each outcome as it is known
     */
    void offer(Path workbook, RunResult result, Path folder, Progress progress) {
        SendOptions options = new SendOptions(workbook, Optional.of(result.runId()), Optional.of(folder),
                Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), false);
        Optional<SendPlan> toOffer = result.letters().isEmpty() ? Optional.empty() : plan(options);
        if (toOffer.isEmpty()) {
            return;
        }
        SendPlan plan = toOffer.get();

        Optional<String> variable = Optional.ofNullable(environment.get(SendJob.PASSWORD_VARIABLE))
                .filter(text -> !text.isEmpty());
        Optional<String> user = variable.isPresent() ? Optional.empty() : plan.server().user();
        Optional<String> typed = screen.offer(heading(plan), lines(plan), user);
        if (typed.isEmpty()) {
            return;
        }
        Optional<String> password = variable.or(() -> typed.filter(text -> !text.isEmpty()));

        progress.start(plan.toSend().size());
        List<Delivery> deliveries;
        try {
            deliveries = job.send(plan, options, password, progress::sent);
        } finally {
            progress.end();
        }
        record(plan);
        screen.summary(summary(deliveries));
    }

    /** Returns the drafts to offer, empty when none is left or the Settings sheet has no SMTP host. */
    private Optional<SendPlan> plan(SendOptions options) {
        Workbook read = document.get();
        boolean hasHost = new LedgerReader().read(read).settings().smtp().host()
                .filter(host -> !host.isBlank()).isPresent();
        return hasHost ? Optional.of(job.prepare(read, options)).filter(plan -> !plan.toSend().isEmpty())
                : Optional.empty();
    }

    /** Writes the outcomes the document's history lacks, read again now that the e-mails are sent. */
    private void record(SendPlan plan) {
        SendingRecord record = job.recording(document.get(), plan);
        if (!record.edit().isEmpty()) {
            apply.accept(record.edit(), SendText.UNDO_TITLE.in(language));
        }
    }

    private String heading(SendPlan plan) {
        SmtpServer server = plan.server();
        String heading = SendText.READY.in(language, plan.toSend().size(), server.host(), server.port(),
                security(server.security()));
        return plan.alreadySent().isEmpty() ? heading
                : heading + "\n" + SendText.ALREADY_SENT.in(language, plan.alreadySent().size());
    }

    private String security(SmtpSecurity security) {
        SendText text = switch (security) {
            case STARTTLS -> SendText.SECURITY_STARTTLS;
            case SSL -> SendText.SECURITY_SSL;
            case NONE -> SendText.SECURITY_NONE;
        };
        return text.in(language);
    }

    private static List<String> lines(SendPlan plan) {
        return plan.toSend().stream().map(SendByEmail::line).toList();
    }

    private static String line(Draft draft) {
        return draft.name() + "  " + draft.recipients();
    }

    /**
     * Returns the number sent, then the failures grouped by reason, and what the history now
     * contains.
     */
    String summary(List<Delivery> deliveries) {
        Map<String, List<Draft>> failures = new LinkedHashMap<>();
        deliveries.stream().filter(delivery -> !delivery.isSent()).forEach(delivery -> failures
                .computeIfAbsent(delivery.error().orElse(""), reason -> new ArrayList<>()).add(delivery.draft()));
        int failed = failures.values().stream().mapToInt(List::size).sum();
        List<String> lines = new ArrayList<>(List.of(SendText.SENT.in(language, deliveries.size() - failed)));
        lines.addAll(failureLines(failures));
        lines.add("");
        lines.add(SendText.RECORDED.in(language) + (failed > 0 ? " " + SendText.RETRY.in(language) : ""));
        return String.join("\n", lines);
    }

    /**
     * Returns each reason once, followed by the e-mails it stopped. At most
     * {@value #LISTED_FAILURES} e-mails are listed, so that a server rejecting hundreds does not
     * make a message box taller than the screen. The rest are counted.
     */
    private List<String> failureLines(Map<String, List<Draft>> failures) {
        List<String> lines = new ArrayList<>();
        int listed = 0;
        int unlisted = 0;
        for (Map.Entry<String, List<Draft>> failure : failures.entrySet()) {
            List<Draft> drafts = failure.getValue();
            if (listed >= LISTED_FAILURES) {
                unlisted += drafts.size();
                continue;
            }
            lines.add(SendText.FAILED.in(language, drafts.size(), failure.getKey()));
            int listedOfReason = Math.min(drafts.size(), LISTED_FAILURES - listed);
            drafts.subList(0, listedOfReason).forEach(draft -> lines.add("- " + line(draft)));
            if (listedOfReason < drafts.size()) {
                lines.add(SendText.MORE_FAILED.in(language, drafts.size() - listedOfReason));
            }
            listed += listedOfReason;
        }
        if (unlisted > 0) {
            lines.add(SendText.OTHER_FAILURES.in(language, unlisted, SendJob.RESULTS_FILE));
        }
        return lines;
    }
}
