package dev.relance.letters;

import static dev.relance.letters.LetterSamples.client;
import static dev.relance.letters.LetterSamples.letter;
import static dev.relance.letters.LetterSamples.plan;
import static dev.relance.letters.LetterSamples.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import dev.relance.RelanceException;
import dev.relance.ledger.Client;
import dev.relance.ledger.Language;
import dev.relance.plan.LetterPlan;

/** E-mail drafts, written then read back with Jakarta Mail as a mail client would. */
class EmailDraftTest {

    private static final LetterRenderer RENDERER = new LetterRenderer();
    private static final String PDF_NAME = "2026-12-04_C001_EUR_level-2.pdf";

    private static MimeMessage draft(LetterPlan letter, Language language) throws MessagingException {
        byte[] pdf = RENDERER.renderPdf(plan(letter), letter, settings(language));
        EmailText text = RENDERER.renderEmail(plan(letter), letter, settings(language), language, PDF_NAME)
                .orElseThrow();
        byte[] eml = EmailDraft.write(text, "compta@atelier-martin.fr", letter.client().email(), PDF_NAME, pdf);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
    }

    /** Returns the plain-text body with the CRLF line ends of MIME read as \n. */
    private static String plainText(MimeMessage message) throws MessagingException, IOException {
        return ((String) part(message, "text/plain").orElseThrow().getContent()).replace("\r\n", "\n");
    }

    /** Returns the first part of the given type, searching nested multiparts depth first. */
    private static Optional<Part> part(Part message, String type) throws MessagingException, IOException {
        if (message.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) message.getContent();
            for (int index = 0; index < multipart.getCount(); index++) {
                Optional<Part> found = part(multipart.getBodyPart(index), type);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        return message.isMimeType(type) ? Optional.of(message) : Optional.empty();
    }

    @Test
    void frenchDraftHasSubjectBothBodiesAndThePdf() throws Exception {
        MimeMessage message = draft(letter(client("Dupont SARL"), 2), Language.FR);

        assertThat(message.getSubject()).isEqualTo("Deuxième relance – solde échu de 1\u202F234,56\u00A0€");
        assertThat(message.getFrom()).containsExactly(new InternetAddress("compta@atelier-martin.fr"));
        assertThat(message.getRecipients(MimeMessage.RecipientType.TO))
                .containsExactly(new InternetAddress("achats@dupont.fr"));
        assertThat(message.getHeader("X-Unsent")).containsExactly("1");
        assertThat(message.getHeader("Date")).isNull();
        assertThat(message.getHeader("Message-ID")).isNull();
        String plain = plainText(message);
        assertThat(plain).startsWith("Madame, Monsieur,\n\nMalgré notre précédent rappel, votre compte client"
                + " C001 présente toujours un solde échu de 1\u202F234,56\u00A0€.");
        assertThat(plain).contains("au plus tard le 12 décembre 2026.");
        assertThat(plain).endsWith("Bien cordialement,\n\nClaire Martin\nService comptabilité");
        String html = (String) part(message, "text/html").orElseThrow().getContent();
        assertThat(html).contains("<strong>1\u202F234,56\u00A0€</strong>")
                .contains("<strong>12 décembre 2026</strong>")
                .contains("Claire Martin<br/>Service comptabilité");
    }

    @Test
    void draftAttachesTheLetterPdf() throws Exception {
        MimeMessage message = draft(letter(client("Dupont SARL"), 2), Language.FR);

        Part attachment = part(message, "application/pdf").orElseThrow();

        assertThat(attachment.getFileName()).isEqualTo(PDF_NAME);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        try (InputStream content = attachment.getInputStream()) {
            byte[] pdf = content.readAllBytes();
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(LetterSamples.text(pdf)).contains("Deuxième relance de paiement");
        }
    }

    @Test
    void englishDraftIsInEnglish() throws Exception {
        MimeMessage message = draft(letter(client("Dupont Ltd", Optional.of(Language.EN)), 3), Language.EN);

        assertThat(message.getSubject()).isEqualTo("Formal notice to pay – overdue balance of €1,234.56");
        String plain = plainText(message);
        assertThat(plain).startsWith("Dear Sir or Madam,\n\nDespite our reminders, your account C001 still"
                + " shows an overdue balance of €1,234.56.");
        assertThat(plain).contains("by recorded delivery").contains("by 12 December 2026");
    }

    @Test
    void hostileClientNamePrintsAsTextInBothBodies() throws Exception {
        Client hostile = new Client("<b>C9</b>", "#set($x=1) <b>${total}</b>", List.of(), "", "", "",
                "a@b.fr", Optional.empty(), Optional.empty(), Optional.empty(), false, "", "", 1);
        LetterPlan letter = letter(hostile, 1);

        MimeMessage message = draft(letter, Language.FR);

        String plain = plainText(message);
        String html = (String) part(message, "text/html").orElseThrow().getContent();
        assertThat(plain).contains("votre compte client <b>C9</b> présente");
        assertThat(html).contains("votre compte client &lt;b&gt;C9&lt;/b&gt; présente").doesNotContain("<b>C9");
    }

    @Test
    void severalAddressesSeparatedBySemicolonsAreAllRecipients() throws Exception {
        InternetAddress[] addresses = EmailDraft.addresses("a@dupont.fr; b@dupont.fr");

        assertThat(addresses).containsExactly(new InternetAddress("a@dupont.fr"), new InternetAddress("b@dupont.fr"));
    }

    @Test
    void addressThatIsNotAnEmailIsAnError() {
        EmailText text = new EmailText("Objet", "Texte", "<p>Texte</p>");

        assertThatThrownBy(() -> EmailDraft.write(text, "", "dupont at example", PDF_NAME, new byte[0]))
                .isInstanceOf(RelanceException.class)
                .hasMessageStartingWith("\"dupont at example\" is not an e-mail address");
    }
}
