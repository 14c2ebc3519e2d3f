package dev.relance.send;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import dev.relance.RelanceException;
import dev.relance.record.SendingOutcome;

/**
 * The results file {@code sent.csv} in a run's letters folder: one row per attempt to send a
 * draft (letter, recipients, sent at, message id, error). A draft with a row that has a message
 * id was sent and is skipped by the next send. Rows are only ever appended, and each is flushed
 * before the next message goes out, so a send that is killed loses at most the row of the message
 * in flight. While sending, the file is locked, so a second send of the same folder stops instead
 * of sending the same messages twice.
 *
 * <p>It is the journal of the history's sent-at and sending cells: those are written from it at
 * the end of a send, or by a later send when the workbook could not be written then.
 */
final class SentLog implements AutoCloseable {

    static final String FILE_NAME = "sent.csv";

    private static final String[] HEADER = {"letter", "recipients", "sent_at", "message_id", "error"};
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(HEADER)
            .setSkipHeaderRecord(true).get();

    private final FileChannel channel;
    private final FileLock lock;
    private final CSVPrinter printer;

    private SentLog(FileChannel channel, FileLock lock, CSVPrinter printer) {
        this.channel = channel;
        this.lock = lock;
        this.printer = printer;
    }

    /** Returns the names of the drafts the folder's results file records as sent. */
    static Set<String> sentDrafts(Path folder) {
        Set<String> sent = new LinkedHashSet<>();
        outcomes(folder).stream().filter(SendingOutcome::isSent)
                .forEach(outcome -> sent.add(outcome.draft()));
        return sent;
    }

    /**
     * Returns the outcome of each draft the folder's results file names, in the order of their
     * first row: the first row that has a message id, else the last row, the latest failure.
     */
    static List<SendingOutcome> outcomes(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        Map<String, SendingOutcome> outcomes = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : FORMAT.parse(reader)) {
                if (row.isConsistent()) {
                    SendingOutcome outcome = outcome(row);
                    outcomes.merge(outcome.draft(), outcome,
                            (earlier, later) -> earlier.isSent() ? earlier : later);
                }
            }
        } catch (IOException | IllegalStateException | DateTimeParseException e) {
            throw new RelanceException("cannot read " + file + ": " + e.getMessage()
                    + "; fix or remove the file (it lists the e-mails already sent)", e);
        }
        return List.copyOf(outcomes.values());
    }

    private static SendingOutcome outcome(CSVRecord row) {
        Optional<String> messageId = Optional.of(row.get("message_id").strip())
                .filter(id -> !id.isEmpty());
        Optional<String> error = messageId.isPresent() ? Optional.empty()
                : Optional.of(row.get("error").strip());
        return new SendingOutcome(row.get("letter"), Instant.parse(row.get("sent_at").strip()),
                messageId, error);
    }

    /** Opens the folder's results file for appending, and locks it. */
    static SentLog open(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try {
            boolean fresh = !Files.exists(file) || Files.size(file) == 0;
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new RelanceException("another relance send is sending the e-mails of "
                        + folder + " (it holds " + FILE_NAME + "); wait for it to finish");
            }
            Writer writer = Channels.newWriter(channel, StandardCharsets.UTF_8);
            CSVFormat format = fresh ? CSVFormat.DEFAULT.builder().setHeader(HEADER).get()
                    : CSVFormat.DEFAULT;
            return new SentLog(channel, lock, new CSVPrinter(writer, format));
        } catch (IOException e) {
            throw new RelanceException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Appends the result of one draft and writes it to disk. */
    void record(Delivery delivery) {
        try {
            printer.printRecord(delivery.draft().name(), delivery.draft().recipients(),
                    delivery.at().toString(), delivery.messageId().orElse(""),
                    delivery.error().orElse(""));
            printer.flush();
            channel.force(false);
        } catch (IOException e) {
            throw new RelanceException("cannot write " + FILE_NAME + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (channel) {
            printer.flush();
            lock.release();
        } catch (IOException e) {
            throw new RelanceException("cannot write " + FILE_NAME + ": " + e.getMessage(), e);
        }
    }
}
