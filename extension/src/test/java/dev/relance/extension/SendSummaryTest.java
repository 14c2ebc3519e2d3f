package dev.relance.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.relance.extension.ui.UiLanguage;
import dev.relance.send.Delivery;
import dev.relance.send.Draft;
import dev.relance.send.SendJob;
import dev.relance.workbook.Workbook;

/** The message box that ends "Send by e-mail": what went out, and why the others did not. */
class SendSummaryTest {

    private static final Instant AT = Instant.parse("2026-12-04T09:12:03Z");
    private static final String REFUSED = "Couldn't connect to host, port: 127.0.0.1, 2525; timeout 30000:"
            + " Connection refused";

    @Test
    void allSentNeedsNoRetryAdvice() {
        List<Delivery> deliveries = List.of(sent("C001"), sent("C002"));

        String summary = summary(UiLanguage.EN, deliveries);

        assertThat(summary).isEqualTo("2 e-mail(s) sent.\n\nThe sending is recorded in the history (Sent at,"
                + " Sending); Edit > Undo removes that record, not the e-mails.");
    }

    @Test
    void failuresWithOneReasonGiveItOnce() {
        List<Delivery> deliveries = List.of(failed("C001", REFUSED), sent("C002"), failed("C003", REFUSED));

        String summary = summary(UiLanguage.EN, deliveries);

        assertThat(summary).isEqualTo("1 e-mail(s) sent.\n"
                + "2 not sent: " + REFUSED + "\n"
                + "- 2026-12-04_C001_EUR_level-1.eml  C001@example.fr\n"
                + "- 2026-12-04_C003_EUR_level-1.eml  C003@example.fr\n"
                + "\n"
                + "The sending is recorded in the history (Sent at, Sending); Edit > Undo removes that record,"
                + " not the e-mails. To retry those not sent, save the workbook and run relance send on it.");
    }

    @Test
    void eachReasonListsItsOwnEmailsInFrench() {
        List<Delivery> deliveries = List.of(failed("C001", "550 unknown user"), failed("C002", REFUSED),
                failed("C003", "550 unknown user"));

        String summary = summary(UiLanguage.FR, deliveries);

        assertThat(summary).isEqualTo("0 e-mail(s) envoyé(s).\n"
                + "2 non envoyé(s) : 550 unknown user\n"
                + "- 2026-12-04_C001_EUR_level-1.eml  C001@example.fr\n"
                + "- 2026-12-04_C003_EUR_level-1.eml  C003@example.fr\n"
                + "1 non envoyé(s) : " + REFUSED + "\n"
                + "- 2026-12-04_C002_EUR_level-1.eml  C002@example.fr\n"
                + "\n"
                + "L'envoi est noté dans l'historique (Envoyé le, Envoi) ; Édition > Annuler retire cette note,"
                + " pas les e-mails. Pour renvoyer ceux qui ne sont pas partis, enregistrez le classeur et"
                + " lancez relance send dessus.");
    }

    @Test
    void manyFailuresListTenAndCountTheRest() {
        List<Delivery> deliveries = new ArrayList<>();
        for (int client = 1; client <= 12; client++) {
            deliveries.add(failed(String.format("C%03d", client), REFUSED));
        }
        deliveries.add(failed("C013", "550 unknown user"));

        String summary = summary(UiLanguage.EN, deliveries);

        assertThat(summary.lines().toList()).containsExactly("0 e-mail(s) sent.",
                "12 not sent: " + REFUSED,
                "- 2026-12-04_C001_EUR_level-1.eml  C001@example.fr",
                "- 2026-12-04_C002_EUR_level-1.eml  C002@example.fr",
                "- 2026-12-04_C003_EUR_level-1.eml  C003@example.fr",
                "- 2026-12-04_C004_EUR_level-1.eml  C004@example.fr",
                "- 2026-12-04_C005_EUR_level-1.eml  C005@example.fr",
                "- 2026-12-04_C006_EUR_level-1.eml  C006@example.fr",
                "- 2026-12-04_C007_EUR_level-1.eml  C007@example.fr",
                "- 2026-12-04_C008_EUR_level-1.eml  C008@example.fr",
                "- 2026-12-04_C009_EUR_level-1.eml  C009@example.fr",
                "- 2026-12-04_C010_EUR_level-1.eml  C010@example.fr",
                "- … and 2 more",
                "1 more not sent, each with its reason in sent.csv",
                "",
                "The sending is recorded in the history (Sent at, Sending); Edit > Undo removes that record,"
                        + " not the e-mails. To retry those not sent, save the workbook and run relance send on it.");
    }

    private static String summary(UiLanguage language, List<Delivery> deliveries) {
        SendByEmail send = new SendByEmail(new SendJob(), () -> mock(Workbook.class), (edit, title) -> { },
                language, mock(SendByEmail.Screen.class), Map.of());
        return send.summary(deliveries);
    }

    private static Delivery sent(String client) {
        return new Delivery(draft(client), AT, Optional.of("<1.2.3@atelier-martin.fr>"), Optional.empty());
    }

    private static Delivery failed(String client, String error) {
        return new Delivery(draft(client), AT, Optional.empty(), Optional.of(error));
    }

    private static Draft draft(String client) {
        return new Draft(Path.of("2026-12-04_" + client + "_EUR_level-1.eml"), client + "@example.fr",
                "Payment reminder");
    }
}
