package dev.relance.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import dev.relance.extension.ui.UiLanguage;
import dev.relance.job.ReminderJob;
import dev.relance.job.RunOptions;
import dev.relance.job.RunResult;
import dev.relance.send.SendJob;
import dev.relance.workbook.CellValue;

/**
 * "Send by e-mail" on a document held in memory, with its dialogs replaced by a Mockito mock, and
 * GreenMail on 127.0.0.1 as the SMTP server. Calc itself is not started: the offer needs a user
 * at the dialog, and with RELANCE_NO_DIALOGS=1 the extension offers no send.
 */
@Timeout(60)
class SendByEmailTest {

    private static final int SENT_AT = 11;
    private static final int SENDING = 12;

    @RegisterExtension
    final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("relances", "secret"))
            .withPerMethodLifecycle(true);

    @TempDir
    Path folder;

    private final SendByEmail.Screen screen = mock(SendByEmail.Screen.class);

    /** Dupont has an e-mail address, Petit none; the Settings sheet names GreenMail, with a login. */
    private LiveDocument document(boolean withHost) {
        List<List<Object>> settings = new ArrayList<>(List.of(
                List.of("Paramètre", "Valeur"),
                List.of("Société", "Atelier Martin SARL"),
                List.of("Sécurité SMTP", "none"),
                List.of("Port SMTP", number(greenMail.getSmtp().getPort())),
                List.of("Utilisateur SMTP", "relances"),
                List.of("E-mail expéditeur", "relances@atelier-martin.fr")));
        if (withHost) {
            settings.add(List.of("Serveur SMTP", "127.0.0.1"));
        }
        return new LiveDocument()
                .sheet("Clients", List.of(
                        List.of("Code client", "Raison sociale", "Adresse", "Code postal", "Ville", "E-mail"),
                        List.of("C001", "Boulangerie Dupont SARL", "3 place Bellecour", "69002", "Lyon",
                                "compta@dupont.fr"),
                        List.of("C003", "Menuiserie Petit", "7 chemin des Saules", "38000", "Grenoble")))
                .sheet("Factures", List.of(
                        List.of("N° facture", "Code client", "Échéance", "Montant TTC"),
                        List.of("F-101", "C001", date("2026-10-19"), number(1000)),
                        List.of("F-301", "C003", date("2026-10-01"), number(80))))
                .sheet("Paramètres", settings);
    }

    private static CellValue number(long value) {
        return new CellValue.Number(BigDecimal.valueOf(value));
    }

    private static CellValue date(String iso) {
        return new CellValue.DateValue(LocalDate.parse(iso));
    }

    /** Generates as the extension does: letters into the folder, the run recorded in the document. */
    private RunResult generate(LiveDocument document) {
        RunOptions options = new RunOptions(folder.resolve("factures.ods"), LocalDate.parse("2026-12-04"),
                Optional.empty(), Optional.of(letters()));
        return new ReminderJob().run(document.read(), options,
                edit -> document.apply(edit, "Generate reminders"));
    }

    private Path letters() {
        return folder.resolve("Relances").resolve("2026-12-04");
    }

    private SendByEmail sendByEmail(LiveDocument document) {
        return new SendByEmail(new SendJob(), document::read, document::apply, UiLanguage.EN, screen, Map.of());
    }

    @Test
    void confirmedSendGoesOutAndIsRecordedAsOneUndoStep() throws Exception {
        LiveDocument document = document(true);
        RunResult result = generate(document);
        when(screen.offer(any(), any(), any())).thenReturn(Optional.of("secret"));

        sendByEmail(document).offer(folder.resolve("factures.ods"), result, letters(), SendByEmail.NO_PROGRESS);

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("compta@dupont.fr");
        verify(screen).offer("1 e-mail(s) ready to send through 127.0.0.1:" + greenMail.getSmtp().getPort()
                        + " (not encrypted), each with its letter attached:",
                List.of("2026-12-04_C001_EUR_level-1.eml  compta@dupont.fr"), Optional.of("relances"));
        assertThat(document.undoSteps()).containsExactly("Generate reminders", "Send reminders");
        assertThat(document.cell("Relances", 0, SENT_AT)).isEqualTo(new CellValue.Text("Envoyé le"));
        assertThat(document.cell("Relances", 1, SENDING))
                .isEqualTo(new CellValue.Text(received[0].getMessageID()));
        assertThat(document.cell("Relances", 1, SENT_AT).display())
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(document.cell("Relances", 2, SENDING)).isEqualTo(CellValue.EMPTY);
        ArgumentCaptor<String> summary = ArgumentCaptor.forClass(String.class);
        verify(screen).summary(summary.capture());
        assertThat(summary.getValue()).isEqualTo("1 e-mail(s) sent.\n\nThe sending is recorded in the history"
                + " (Sent at, Sending); Edit > Undo removes that record, not the e-mails.");
    }

    @Test
    void wrongPasswordIsReportedAsFailedAndRecorded() {
        LiveDocument document = document(true);
        RunResult result = generate(document);
        when(screen.offer(any(), any(), any())).thenReturn(Optional.of("wrong"));

        sendByEmail(document).offer(folder.resolve("factures.ods"), result, letters(), SendByEmail.NO_PROGRESS);

        ArgumentCaptor<String> summary = ArgumentCaptor.forClass(String.class);
        verify(screen).summary(summary.capture());
        assertThat(summary.getValue()).startsWith("0 e-mail(s) sent.\n1 not sent: ")
                .contains("\n- 2026-12-04_C001_EUR_level-1.eml  compta@dupont.fr\n")
                .endsWith("To retry those not sent, save the workbook and run relance send on it.");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(document.cell("Relances", 1, SENT_AT)).isEqualTo(CellValue.EMPTY);
        assertThat(document.cell("Relances", 1, SENDING).display()).startsWith("échec : ");
    }

    @Test
    void declinedOfferSendsAndRecordsNothing() {
        LiveDocument document = document(true);
        RunResult result = generate(document);
        when(screen.offer(any(), any(), any())).thenReturn(Optional.empty());

        sendByEmail(document).offer(folder.resolve("factures.ods"), result, letters(), SendByEmail.NO_PROGRESS);

        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(document.undoSteps()).containsExactly("Generate reminders");
        assertThat(letters().resolve(SendJob.RESULTS_FILE)).doesNotExist();
        verify(screen, never()).summary(any());
    }

    @Test
    void noOfferWithoutSmtpHost() {
        LiveDocument document = document(false);
        RunResult result = generate(document);

        sendByEmail(document).offer(folder.resolve("factures.ods"), result, letters(), SendByEmail.NO_PROGRESS);

        verify(screen, never()).offer(any(), any(), any());
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void passwordVariableIsUsedWithoutAsking() {
        LiveDocument document = document(true);
        RunResult result = generate(document);
        when(screen.offer(any(), any(), any())).thenReturn(Optional.of(""));
        SendByEmail send = new SendByEmail(new SendJob(), document::read, document::apply, UiLanguage.FR, screen,
                Map.of(SendJob.PASSWORD_VARIABLE, "secret"));

        send.offer(folder.resolve("factures.ods"), result, letters(), SendByEmail.NO_PROGRESS);

        verify(screen).offer("1 e-mail(s) prêt(s) à envoyer par 127.0.0.1:" + greenMail.getSmtp().getPort()
                        + " (non chiffré), chacun avec sa lettre jointe :",
                List.of("2026-12-04_C001_EUR_level-1.eml  compta@dupont.fr"), Optional.empty());
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(document.undoSteps()).containsExactly("Generate reminders", "Envoyer les relances");
    }
}
