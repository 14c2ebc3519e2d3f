package dev.relance.send;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import dev.relance.RelanceException;
import dev.relance.UsageException;
import dev.relance.ledger.HistoryEntry;
import dev.relance.ledger.Ledger;
import dev.relance.ledger.LedgerReader;
import dev.relance.ledger.Settings;
import dev.relance.record.RunUndoer;
import dev.relance.record.SendingOutcome;
import dev.relance.record.SendingRecord;
import dev.relance.record.SendingRecorder;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.Workbooks;

/**
 * Sends the e-mail drafts of a run through an SMTP server. The front ends call
 * {@link #prepare} to find the run, its drafts and the server, ask for a password when the server
 * needs one, call {@link #send}, then write the edit {@link #recording} returns into the workbook.
 *
 * <p>Each draft is sent as it was written, with a Date and a Message-ID set at sending time and
 * the draft-only {@code X-Unsent} header removed. A draft that fails, for a refused address or a
 * lost connection, is recorded as failed and the next one is tried on a new connection.
 *
 * <p>Each outcome is written to the results file ({@link SentLog}) as it is known, then all of them
 * to the workbook's history at the end. The results file is the journal: when the workbook cannot
 * be written (open in Calc or Excel), the outcomes it contains but the history lacks are recorded by
 * the next send, and meanwhile no draft it records as sent goes out again. A draft is skipped
 * when either the results file or the history says it was sent.
 */
public final class SendJob {

    /** The environment variable the SMTP password is read from. */
    public static final String PASSWORD_VARIABLE = "RELANCE_SMTP_PASSWORD";

    /** The results file's name in the letters folder. */
    public static final String RESULTS_FILE = SentLog.FILE_NAME;

    private static final int DEFAULT_PORT = 587;

    /** The wait between two messages, which tests replace. */
    interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private final Clock clock;
    private final Pause pause;
    private final SendingRecorder recorder;

    /** A job that writes the times it records in the history in this machine's time zone. */
    public SendJob() {
        this(Clock.systemDefaultZone(), duration -> Thread.sleep(duration.toMillis()));
    }

    /** @param clock gives the sending times, and its zone the time zone the history shows them in */
    SendJob(Clock clock, Pause pause) {
        this.clock = clock;
        this.pause = pause;
        this.recorder = new SendingRecorder(clock.getZone());
    }

    /**
     * Finds the run, its drafts, those already sent, and the SMTP server.
     *
     * @throws RelanceException when the workbook cannot be read, the run or its letters folder is
     *                          not found, or no SMTP host is set
     */
    public SendPlan prepare(SendOptions options) {
        return prepare(readLedger(options.workbook()), options);
    }

    /**
     * Finds the run, its drafts, those already sent, and the SMTP server, in a workbook already
     * read, such as a document open in Calc. Errors name {@link SendOptions#workbook()}.
     *
     * @throws RelanceException when the run or its letters folder is not found, or no SMTP host
     *                          is set
     */
    public SendPlan prepare(Workbook workbook, SendOptions options) {
        try {
            return prepare(new LedgerReader().read(workbook), options);
        } catch (RelanceException e) {
            throw e.inFile(options.workbook());
        }
    }

    private SendPlan prepare(Ledger ledger, SendOptions options) {
        String runId = findRun(options, ledger);
        List<HistoryEntry> rows = ledger.history().stream()
                .filter(row -> row.runId().equals(runId)).toList();
        LocalDate date = rows.get(0).date();
        Path folder = options.resolveLettersDirectory(date);
        if (!Files.isDirectory(folder)) {
            throw new RelanceException("letters folder of run " + runId + " not found: "
                    + folder + "; pass the folder the run wrote its letters to with --out");
        }
        SmtpServer server = server(ledger.settings().smtp(), options);
        List<SendingOutcome> journal = SentLog.outcomes(folder);
        List<String> unrecorded = recorder.record(ledger, runId, journal).drafts();
        return plan(runId, folder, server, rows, sentDrafts(ledger, runId, journal), unrecorded);
    }

    /** Returns the drafts the results file or the history records as sent. */
    private Set<String> sentDrafts(Ledger ledger, String runId, List<SendingOutcome> journal) {
        Set<String> sent = new LinkedHashSet<>();
        journal.stream().filter(SendingOutcome::isSent).forEach(outcome -> sent.add(outcome.draft()));
        recorder.sentLetters(ledger, runId).forEach(letter -> sent.add(draftName(letter)));
        return sent;
    }

    private static SendPlan plan(String runId, Path folder, SmtpServer server,
            List<HistoryEntry> rows, Set<String> sent, List<String> unrecorded) {
        Set<String> letters = new LinkedHashSet<>();
        rows.forEach(row -> letters.add(row.letter()));
        List<Draft> toSend = new ArrayList<>();
        List<String> alreadySent = new ArrayList<>();
        List<String> withoutDraft = new ArrayList<>();
        for (String letter : letters) {
            Path eml = folder.resolve(draftName(letter));
            if (!Files.isRegularFile(eml)) {
                withoutDraft.add(letter);
            } else if (sent.contains(eml.getFileName().toString())) {
                alreadySent.add(eml.getFileName().toString());
            } else {
                toSend.add(readDraft(eml));
            }
        }
        return new SendPlan(runId, folder, server, toSend, alreadySent, withoutDraft, unrecorded);
    }

    /**
     * Returns the cells recording in the history the outcomes the plan's results file contains and
     * the history lacks: those of the send just done, and those an earlier send could not record.
     * The workbook is read again for it, after the send, so that it has the history as it is now.
     */
    public SendingRecord recording(Workbook workbook, SendPlan plan) {
        Ledger ledger = new LedgerReader().read(workbook);
        return recorder.record(ledger, plan.runId(), SentLog.outcomes(plan.folder()));
    }

    /**
     * Returns the names of the drafts the results file of a letters folder records as sent, so
     * that an undo can refuse to forget them.
     *
     * @throws RelanceException when the results file cannot be read
     */
    public static Set<String> sentDrafts(Path lettersFolder) {
        return SentLog.sentDrafts(lettersFolder);
    }

    /**
     * Sends the plan's drafts, records each result in the results file, and reports each to
     * {@code progress} as it is known.
     *
     * @param password the SMTP password, when the server needs a login
     * @throws RelanceException when the results file cannot be written or is locked by another
     *                          send
     */
    public List<Delivery> send(SendPlan plan, SendOptions options, Optional<String> password,
            Consumer<Delivery> progress) {
        Optional<Duration> gap = options.perMinute()
                .map(perMinute -> Duration.ofMillis(60_000L / perMinute));
        List<Delivery> deliveries = new ArrayList<>();
        try (SentLog log = SentLog.open(plan.folder());
                Mailer mailer = new Mailer(plan.server(), password)) {
            for (Draft draft : plan.toSend()) {
                if (!deliveries.isEmpty() && gap.isPresent()) {
                    waitFor(gap.get());
                }
                Delivery delivery = deliver(mailer, draft, plan.server(), options.bccSender());
                log.record(delivery);
                deliveries.add(delivery);
                progress.accept(delivery);
            }
        }
        return deliveries;
    }

    private void waitFor(Duration gap) {
        try {
            pause.pause(gap);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RelanceException("sending was interrupted; send again to send the rest", e);
        }
    }

    private Delivery deliver(Mailer mailer, Draft draft, SmtpServer server, boolean bcc) {
        Instant at = clock.instant();
        try (InputStream in = Files.newInputStream(draft.file())) {
            MimeMessage message = new MimeMessage(mailer.session(), in);
            readyToSend(message, server, bcc, at);
            mailer.send(message);
            return Delivery.sent(draft, at, message.getMessageID());
        } catch (MessagingException e) {
            return Delivery.failed(draft, at, describe(e));
        } catch (IOException e) {
            return Delivery.failed(draft, at, "cannot read " + draft.file() + ": " + e.getMessage());
        }
    }

    /** Turns the draft into a message to send: the headers a mail client sets on sending. */
    private static void readyToSend(MimeMessage message, SmtpServer server, boolean bcc,
            Instant at) throws MessagingException {
        message.removeHeader("X-Unsent");
        if (message.getFrom() == null) {
            String sender = server.sender().orElseThrow(() -> new MessagingException(
                    "missing From address in the draft and sender e-mail in the Settings sheet:"
                            + " set 'E-mail expéditeur' / 'Sender email'"));
            message.setFrom(new InternetAddress(sender, true));
        }
        if (bcc) {
            message.addRecipient(Message.RecipientType.BCC,
                    new InternetAddress(server.sender().orElseThrow(), true));
        }
        message.setSentDate(Date.from(at));
        message.saveChanges();
    }

    /** Returns the error and its causes on one line, such as the server's 550 reply. */
    static String describe(MessagingException error) {
        StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()));
        Exception next = error.getNextException();
        Throwable cause = next != null ? next : error.getCause();
        for (int depth = 0; cause != null && depth < 3; depth++) {
            text.append(": ").append(cause.getMessage());
            cause = cause instanceof MessagingException nested && nested.getNextException() != null
                    ? nested.getNextException() : cause.getCause();
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static String draftName(String letter) {
        int dot = letter.lastIndexOf('.');
        return (dot > 0 ? letter.substring(0, dot) : letter) + ".eml";
    }

    private static Draft readDraft(Path eml) {
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            String to = Optional.ofNullable(message.getRecipients(Message.RecipientType.TO))
                    .map(InternetAddress::toString).orElse("");
            return new Draft(eml, to, Optional.ofNullable(message.getSubject()).orElse(""));
        } catch (IOException | MessagingException e) {
            // Sending it fails too, and is reported there with the other failures.
            return new Draft(eml, "", "");
        }
    }

    private static Ledger readLedger(Path workbook) {
        try {
            return new LedgerReader().read(Workbooks.read(workbook));
        } catch (RelanceException e) {
            throw e.inFile(workbook);
        }
    }

    private static String findRun(SendOptions options, Ledger ledger) {
        RunUndoer runs = new RunUndoer();
        Optional<String> last = runs.findLastRun(ledger);
        if (options.runId().isEmpty()) {
            return last.orElseThrow(() -> new RelanceException(
                    "the history has no run; run relance run first", options.workbook(), null,
                    null, null, null));
        }
        String typed = options.runId().get();
        return runs.findRun(ledger, typed).orElseThrow(() -> new RelanceException(
                "no run " + typed + " in the history; "
                        + last.map(id -> "the last run is " + id).orElse("it is empty"),
                options.workbook(), null, null, null, null));
    }

    private static SmtpServer server(Settings.Smtp settings, SendOptions options) {
        String host = options.host().or(settings::host).filter(text -> !text.isBlank())
                .orElseThrow(() -> new UsageException("--smtp-host", "missing SMTP host: set "
                        + "'Serveur SMTP' / 'SMTP host' in the Settings sheet or pass --smtp-host"));
        SmtpSecurity security = options.security()
                .or(() -> settings.security().map(text -> SmtpSecurity.parse("SMTP security", text)))
                .orElse(SmtpSecurity.STARTTLS);
        int port = options.port().or(settings::port).orElse(DEFAULT_PORT);
        if (options.bccSender() && settings.sender().isEmpty()) {
            throw new UsageException("--bcc-sender", "missing sender address for the Bcc copy: set "
                    + "'E-mail expéditeur' / 'Sender email' in the Settings sheet");
        }
        if (options.perMinute().filter(perMinute -> perMinute < 1).isPresent()) {
            throw new UsageException("--rate", "the rate must be at least 1 message a minute");
        }
        return new SmtpServer(host, port, security, settings.user().filter(u -> !u.isBlank()),
                settings.sender().filter(s -> !s.isBlank()));
    }
}
