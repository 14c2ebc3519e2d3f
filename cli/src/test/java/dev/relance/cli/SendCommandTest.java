package dev.relance.cli;

import static dev.relance.cli.samples.SampleWorkbookWriter.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

/**
 * {@code relance send} against GreenMail on 127.0.0.1, and against a server that refuses one
 * recipient: what arrives, what is recorded in sent.csv, and what a second send skips.
 */
@Timeout(60)
class SendCommandTest {

    private static final String C001_DRAFT = "2026-12-04_C001_EUR_level-1.eml";
    private static final String C002_DRAFT = "2026-12-04_C002_EUR_level-1.eml";

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
        Path file = folder.resolve("factures.xlsx");
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
                    .sheet("Factures", List.of(
                            row("N° facture", "Code client", "Date facture", "Échéance", "Montant TTC"),
                            row("F-101", "C001", LocalDate.of(2026, 9, 19), LocalDate.of(2026, 10, 19),
                                    new BigDecimal("1000.00")),
                            row("F-201", "C002", LocalDate.of(2026, 10, 2), LocalDate.of(2026, 11, 1),
                                    new BigDecimal("500.00")),
                            row("F-301", "C003", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1),
                                    new BigDecimal("80.00"))))
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
}
