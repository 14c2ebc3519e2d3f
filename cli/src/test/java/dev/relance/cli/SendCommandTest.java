package dev.relance.cli;

import static dev.relance.cli.samples.SampleWorkbookWriter.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;

import dev.relance.cli.samples.SampleWorkbookWriter;
import dev.relance.send.Delivery;
import dev.relance.send.SendJob;
import dev.relance.send.SendOptions;
import dev.relance.send.SendPlan;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.Workbooks;

/**
 * {@code relance send} against GreenMail on 127.0.0.1, and against a server that refuses one
 * recipient: what arrives, what is recorded in sent.csv, and what a second send skips.
 */
@Timeout(60)
class SendCommandTest {

    private static final String C001_DRAFT = "2026-12-04_C001_EUR_level-1.eml";
    private static final String C002_DRAFT = "2026-12-04_C002_EUR_level-1.eml";
    /** The history columns a send adds to the workbook's history sheet, L and M. */
    private static final int SENT_AT = 11;
    private static final int SENDING = 12;
    private static final String LOCAL_TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}";

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withPerMethodLifecycle(true);

    @TempDir
    Path folder;

    /**
     * Writes and runs a workbook with two clients that have an e-mail address, a French and an
     * English one, and one without; the SMTP settings name 127.0.0.1 without encryption.
     */
    private Path runWorkbook() throws IOException {
        return runWorkbook(List.of());
    }

    /** Runs the workbook with more invoices after the three of {@link #runWorkbook()}. */
    private Path runWorkbook(List<List<Object>> moreInvoices) throws IOException {
        Path file = folder.resolve("factures.xlsx");
        List<List<Object>> invoices = new ArrayList<>(List.of(
                row("N° facture", "Code client", "Date facture", "Échéance", "Montant TTC"),
                row("F-101", "C001", LocalDate.of(2026, 9, 19), LocalDate.of(2026, 10, 19),
                        new BigDecimal("1000.00")),
                row("F-201", "C002", LocalDate.of(2026, 10, 2), LocalDate.of(2026, 11, 1),
                        new BigDecimal("500.00")),
                row("F-301", "C003", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1),
                        new BigDecimal("80.00"))));
        invoices.addAll(moreInvoices);
        try (SampleWorkbookWriter writer = new SampleWorkbookWriter()) {
            writer.sheet("Clients", List.of(
                            row("Code client", "Raison sociale", "Adresse", "Code postal", "Ville", "E-mail",
                                    "Langue"),
                            row("C001", "Boulangerie Dupont SARL", "3 place Bellecour", "69002", "Lyon",
                                    "compta@dupont.fr", "fr"),
                            row("C002", "Harbour Ltd", "12 Wharf Street", "E14 5AB", "London",
                                    "accounts@harbour.example", "en"),
                            row("C003", "Menuiserie Petit", "7 chemin des Saules", "38000", "Grenoble", null,
                                    "fr")))
                    .sheet("Factures", invoices)
                    .sheet("Paramètres", List.of(
                            row("Paramètre", "Valeur"),
                            row("Société", "Atelier Martin SARL"),
                            row("Serveur SMTP", "127.0.0.1"),
                            row("Sécurité SMTP", "none"),
                            row("E-mail expéditeur", "relances@atelier-martin.fr")))
                    .save(file);
        }
        CliRun run = CliRun.of("run", file.toString(), "--as-of", "2026-12-04");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return file;
    }

    private Path letters() {
        return folder.resolve("Relances").resolve("2026-12-04");
    }

    private int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    private static CliRun send(Path workbook, int port, String... more) {
        List<String> args = new ArrayList<>(List.of("send", workbook.toString(),
                "--smtp-port", Integer.toString(port)));
        args.addAll(Arrays.asList(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static List<String> recipients(MimeMessage[] messages) throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage message : messages) {
            to.add(InternetAddress.toString(message.getRecipients(Message.RecipientType.TO)));
        }
        return to;
    }

    /** The messages delivered to one mailbox, which is where a Bcc copy shows. */
    private MimeMessage[] inbox(String address) throws Exception {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        List<StoredMessage> stored = greenMail.getManagers().getImapHostManager().getInbox(user).getMessages();
        return stored.stream().map(StoredMessage::getMimeMessage).toArray(MimeMessage[]::new);
    }

    private List<String> sentLog() throws IOException {
        return Files.readAllLines(letters().resolve("sent.csv"), StandardCharsets.UTF_8);
    }

    @Test
    void sendsDraftsWithSubjectAndPdf() throws Exception {
        Path workbook = runWorkbook();

        CliRun send = send(workbook, smtpPort(), "--rate", "600");

        assertThat(send.exitCode()).as(send.toString()).isZero();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(recipients(received)).containsExactly("compta@dupont.fr", "accounts@harbour.example");
        assertThat(received[0].getSubject()).isEqualTo("Rappel de paiement – solde échu de 1\u202f000,00\u00a0€");
        assertThat(received[1].getSubject()).isEqualTo("Payment reminder – overdue balance of €500.00");
        MimeBodyPart attachment = (MimeBodyPart) ((MimeMultipart) received[0].getContent()).getBodyPart(1);
        assertThat(attachment.getFileName()).isEqualTo("2026-12-04_C001_EUR_level-1.pdf");
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        assertThat(received[0].getHeader("X-Unsent")).isNull();
        assertThat(received[0].getMessageID()).endsWith("@atelier-martin.fr>");
        assertThat(received[0].getSentDate()).isNotNull();
        assertThat(send.out()).contains("no e-mail draft (client without an address): "
                + "2026-12-04_C003_EUR_level-1.pdf").contains("Sent 2 e-mail(s), 0 failed");
        assertThat(sentLog()).hasSize(3);
        assertThat(sentLog().get(0)).isEqualTo("letter,recipients,sent_at,message_id,error");
        assertThat(sentLog().get(1)).startsWith(C001_DRAFT + ",compta@dupont.fr,2");
    }

    @Test
    void bccSenderCopiesToSenderMailbox() throws Exception {
        Path workbook = runWorkbook();

        CliRun send = send(workbook, smtpPort(), "--bcc-sender");

        assertThat(send.exitCode()).as(send.toString()).isZero();
        MimeMessage[] copies = inbox("relances@atelier-martin.fr");
        assertThat(recipients(copies)).containsExactly("compta@dupont.fr", "accounts@harbour.example");
        assertThat(copies[0].getHeader("Bcc")).isNull();
        assertThat(greenMail.getReceivedMessages()).hasSize(4);
    }

    @Test
    void dryRunSendsNothing() throws Exception {
        Path workbook = runWorkbook();

        CliRun send = send(workbook, smtpPort(), "--dry-run");

        assertThat(send.exitCode()).as(send.toString()).isZero();
        assertThat(send.out())
                .contains("  would send " + C001_DRAFT
                        + " to compta@dupont.fr: Rappel de paiement – solde échu de 1\u202f000,00\u00a0€\n")
                .contains("  would send " + C002_DRAFT
                        + " to accounts@harbour.example: Payment reminder – overdue balance of €500.00\n")
                .contains("Dry run: nothing was sent.");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(letters().resolve("sent.csv")).doesNotExist();
    }

    @Test
    void refusedRecipientThenResendSendsOnlyIt() throws Exception {
        Path workbook = runWorkbook();

        CliRun first;
        List<String> acceptedByStub;
        try (RefusingSmtpServer refusing = new RefusingSmtpServer("compta@dupont.fr")) {
            first = send(workbook, refusing.port());
            acceptedByStub = List.copyOf(refusing.accepted());
        }
        CliRun second = send(workbook, smtpPort());

        assertThat(first.exitCode()).as(first.toString()).isEqualTo(1);
        assertThat(acceptedByStub).containsExactly("accounts@harbour.example");
        assertThat(first.err()).contains("relance: not sent: " + C001_DRAFT + " to compta@dupont.fr: ")
                .contains("550 5.1.1");
        assertThat(first.err().lines().filter(line -> line.startsWith("relance: not sent:"))).hasSize(1);
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).contains("already sent, skipped: " + C002_DRAFT);
        assertThat(recipients(greenMail.getReceivedMessages())).containsExactly("compta@dupont.fr");
    }

    @Test
    void droppedConnectionThenResendSendsTheRest() throws Exception {
        Path workbook = runWorkbook();
        SendOptions options = new SendOptions(workbook, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(smtpPort()), Optional.empty(), false, Optional.empty(),
                false);
        SendJob job = new SendJob();
        SendPlan plan = job.prepare(options);

        List<Delivery> deliveries = job.send(plan, options, Optional.empty(), delivery -> greenMail.stop());
        greenMail.start();
        CliRun second = send(workbook, smtpPort());

        assertThat(deliveries).extracting(Delivery::isSent).containsExactly(true, false);
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).contains("already sent, skipped: " + C001_DRAFT)
                .contains("Sent 1 e-mail(s), 0 failed");
        assertThat(recipients(greenMail.getReceivedMessagesForDomain("harbour.example")))
                .containsExactly("accounts@harbour.example");
        assertThat(sentLog()).hasSize(4);
    }

    @Test
    void missingSmtpHostIsUsageError() throws Exception {
        Path workbook = runWorkbook();

        CliRun send = CliRun.of("send", workbook.toString(), "--smtp-host", " ");

        assertThat(send.exitCode()).as(send.toString()).isEqualTo(2);
        assertThat(send.err()).contains("missing SMTP host");
    }

    /** The history row of an invoice, as saved in the workbook; columns L and M are the sending ones. */
    private static Row historyRow(Path workbook, String invoice) {
        return history(workbook).stream()
                .filter(row -> row.cell(3).equals(new CellValue.Text(invoice)))
                .findFirst().orElseThrow();
    }

    private static List<Row> history(Path workbook) {
        return Workbooks.read(workbook).findSheet("Relances").orElseThrow().rows();
    }

    private static String text(Row row, int column) {
        return row.cell(column).display();
    }

    @Test
    void sendRecordsSentAtAndMessageIdOnEveryHistoryRowOfTheLetter() throws Exception {
        Path workbook = runWorkbook(List.of(row("F-102", "C001", LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 10, 30), new BigDecimal("200.00"))));

        CliRun send = send(workbook, smtpPort());

        assertThat(send.exitCode()).as(send.toString()).isZero();
        assertThat(send.out()).contains("Recorded the outcome of 2 e-mail(s) in the history of ");
        assertThat(history(workbook).get(0).cells().subList(9, 13)).extracting(CellValue::display)
                .containsExactly("Niveau précédent", "Relance précédente", "Envoyé le", "Envoi");
        String dupontId = greenMail.getReceivedMessagesForDomain("dupont.fr")[0].getMessageID();
        String harbourId = greenMail.getReceivedMessagesForDomain("harbour.example")[0].getMessageID();
        assertThat(text(historyRow(workbook, "F-101"), SENT_AT)).matches(LOCAL_TIME);
        assertThat(text(historyRow(workbook, "F-101"), SENDING)).isEqualTo(dupontId);
        assertThat(text(historyRow(workbook, "F-102"), SENT_AT))
                .isEqualTo(text(historyRow(workbook, "F-101"), SENT_AT));
        assertThat(text(historyRow(workbook, "F-102"), SENDING)).isEqualTo(dupontId);
        assertThat(text(historyRow(workbook, "F-201"), SENDING)).isEqualTo(harbourId);
        assertThat(historyRow(workbook, "F-301").cell(SENT_AT)).isEqualTo(CellValue.EMPTY);
        assertThat(historyRow(workbook, "F-301").cell(SENDING)).isEqualTo(CellValue.EMPTY);
    }

    @Test
    void refusedRecipientIsRecordedAsFailedThenAsSentByTheResend() throws Exception {
        Path workbook = runWorkbook();
        try (RefusingSmtpServer refusing = new RefusingSmtpServer("compta@dupont.fr")) {
            send(workbook, refusing.port());
        }
        Row failed = historyRow(workbook, "F-101");

        CliRun second = send(workbook, smtpPort());

        assertThat(failed.cell(SENT_AT)).isEqualTo(CellValue.EMPTY);
        assertThat(text(failed, SENDING)).startsWith("échec : ").contains("550 5.1.1");
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(text(historyRow(workbook, "F-101"), SENT_AT)).matches(LOCAL_TIME);
        assertThat(text(historyRow(workbook, "F-101"), SENDING))
                .isEqualTo(greenMail.getReceivedMessages()[0].getMessageID());
    }

    @Test
    void workbookOpenInCalcKeepsOutcomesInSentCsvUntilRecordOnly() throws Exception {
        Path workbook = runWorkbook();
        Path calcLock = folder.resolve(".~lock.factures.xlsx#");
        Files.writeString(calcLock, "M,Marie Martin,bureau,04.12.2026 09:00,file:///home/marie;");
        CliRun whileOpen = send(workbook, smtpPort());
        CliRun againWhileOpen = send(workbook, smtpPort());
        Files.delete(calcLock);

        CliRun recordOnly = send(workbook, smtpPort(), "--record-only");

        assertThat(whileOpen.exitCode()).as(whileOpen.toString()).isEqualTo(1);
        assertThat(whileOpen.out()).contains("Sent 2 e-mail(s), 0 failed");
        assertThat(whileOpen.err()).contains("the workbook is open by Marie Martin on bureau")
                .contains("run relance send --record-only " + workbook + " to record them");
        assertThat(againWhileOpen.out()).contains("already sent, skipped: " + C001_DRAFT + ", " + C002_DRAFT)
                .contains("outcome in sent.csv, not yet in the history: " + C001_DRAFT + ", " + C002_DRAFT);
        assertThat(againWhileOpen.exitCode()).isEqualTo(1);
        assertThat(greenMail.getReceivedMessages()).hasSize(2);
        assertThat(recordOnly.exitCode()).as(recordOnly.toString()).isZero();
        assertThat(recordOnly.out()).contains("Record only: nothing is sent.")
                .contains("Recorded the outcome of 2 e-mail(s)");
        assertThat(text(historyRow(workbook, "F-201"), SENDING))
                .isEqualTo(greenMail.getReceivedMessagesForDomain("harbour.example")[0].getMessageID());
    }

    @Test
    void historySayingSentIsSkippedWithoutSentCsv() throws Exception {
        Path workbook = runWorkbook();
        send(workbook, smtpPort());
        Files.delete(letters().resolve("sent.csv"));

        CliRun again = send(workbook, smtpPort());

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("already sent, skipped: " + C001_DRAFT + ", " + C002_DRAFT)
                .contains("Nothing to send.");
        assertThat(greenMail.getReceivedMessages()).hasSize(2);
    }

    @Test
    void undoRefusesRunWhoseEmailsWereSent() throws Exception {
        Path workbook = runWorkbook();
        send(workbook, smtpPort());
        byte[] before = Files.readAllBytes(workbook);

        CliRun undo = CliRun.of("undo", workbook.toString());

        assertThat(undo.exitCode()).as(undo.toString()).isEqualTo(1);
        assertThat(undo.err()).contains("run 2026-12-04 cannot be undone: the e-mails of its letters to"
                + " C001, C002 were sent (column Relances L1), so the clients have them");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
        assertThat(letters().resolve(C001_DRAFT)).exists();
    }

    @Test
    void undoRefusesRunWhoseSentEmailsAreOnlyInSentCsv() throws Exception {
        Path workbook = runWorkbook();
        Path calcLock = folder.resolve(".~lock.factures.xlsx#");
        Files.writeString(calcLock, "M,Marie Martin,bureau,04.12.2026 09:00,file:///home/marie;");
        send(workbook, smtpPort());
        Files.delete(calcLock);

        CliRun undo = CliRun.of("undo", workbook.toString());

        assertThat(undo.exitCode()).as(undo.toString()).isEqualTo(1);
        assertThat(undo.err()).contains("run 2026-12-04 cannot be undone: " + letters().resolve("sent.csv")
                + " records the e-mails of " + C001_DRAFT + ", " + C002_DRAFT + " as sent");
    }

    @Test
    void odsSampleGetsOutcomesInContentXmlOnly() throws Exception {
        Path workbook = folder.resolve("exemple-relances.ods");
        try (InputStream in = DemoCommand.class.getResourceAsStream("samples/exemple-relances.ods")) {
            Files.copy(in, workbook);
        }
        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", "2026-12-04");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path before = Files.copy(workbook, folder.resolve("before.ods"));

        CliRun send = send(workbook, smtpPort(), "--smtp-host", "127.0.0.1", "--smtp-security", "none");

        assertThat(send.exitCode()).as(send.toString()).isZero();
        List<Row> rows = history(workbook);
        assertThat(rows.get(0).cells()).extracting(CellValue::display).endsWith("Envoyé le", "Envoi");
        List<String> sendings = rows.stream().skip(1).map(row -> row.cell(rows.get(0).cells().size() - 1).display())
                .filter(text -> !text.isBlank()).toList();
        assertThat(sendings).isNotEmpty().allMatch(text -> text.startsWith("<") && text.endsWith(">"));
        assertThat(sendings.stream().distinct()).hasSize(greenMail.getReceivedMessages().length);
        assertThat(changedEntries(before, workbook)).contains("content.xml").isSubsetOf("content.xml", "meta.xml");
    }

    private static List<String> changedEntries(Path before, Path after) throws IOException {
        Map<String, byte[]> old = ZipEntries.raw(before);
        Map<String, byte[]> now = ZipEntries.raw(after);
        return now.keySet().stream().filter(name -> !Arrays.equals(old.get(name), now.get(name))).toList();
    }
}
