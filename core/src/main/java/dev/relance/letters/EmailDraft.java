package dev.relance.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import dev.relance.RelanceException;

/**
 * Writes an unsent e-mail as an {@code .eml} file (RFC 5322 with MIME parts) that any mail
 * client opens as a draft: the subject, a plain-text and an HTML body as alternatives, and the
 * letter's PDF attached. Nothing is sent from here.
 */
public final class EmailDraft {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private EmailDraft() {
    }

    /**
     * Returns the bytes of the {@code .eml} file.
     *
     * @param text           the subject and bodies
     * @param from           the sender's address, or empty to let the mail client fill it in
     * @param to             the client's addresses, separated by commas or semicolons
     * @param attachmentName the PDF's file name
     * @param pdf            the PDF
     * @throws RelanceException when an address is not an e-mail address
     */
    public static byte[] write(EmailText text, String from, String to, String attachmentName,
            byte[] pdf) {
        try {
            MimeMessage message = new DraftMessage();
            if (!from.isBlank()) {
                message.setFrom(new InternetAddress(from.strip(), true));
            }
            message.setRecipients(MimeMessage.RecipientType.TO, addresses(to));
            message.setSubject(text.subject(), UTF_8);
            // Outlook opens a message with this header as a draft ready to send.
            message.setHeader("X-Unsent", "1");
            message.setContent(mixed(text, attachmentName, pdf));

            ByteArrayOutputStream eml = new ByteArrayOutputStream();
            message.writeTo(eml);
            return eml.toByteArray();
        } catch (AddressException e) {
            throw new RelanceException("\"" + e.getRef() + "\" is not an e-mail address: "
                    + e.getMessage(), e);
        } catch (MessagingException | IOException e) {
            throw new RelanceException("cannot write the e-mail draft with " + attachmentName
                    + ": " + e.getMessage(), e);
        }
    }

    /** Parses the client's e-mail cell, which may list several addresses. */
    static InternetAddress[] addresses(String to) throws AddressException {
        InternetAddress[] addresses = InternetAddress.parse(to.replace(';', ','), true);
        if (addresses.length == 0) {
            throw new AddressException("no address", to);
        }
        return addresses;
    }

    private static MimeMultipart mixed(EmailText text, String attachmentName, byte[] pdf)
            throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text.plainText(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(text.html(), UTF_8, "html");
        MimeMultipart alternative = new MimeMultipart("alternative", plain, html);
        MimeBodyPart bodies = new MimeBodyPart();
        bodies.setContent(alternative);

        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
        attachment.setFileName(attachmentName);
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);

        return new MimeMultipart(bodies, attachment);
    }

    /**
     * A message without the Message-ID and Date that Jakarta Mail adds on saving: the mail client
     * sets both when the draft is sent. Leaving them out keeps the clock out of the core, makes
     * a draft's bytes depend on the letter alone (apart from the MIME boundaries), and avoids a
     * host name lookup per draft.
     */
    private static final class DraftMessage extends MimeMessage {

        DraftMessage() {
            super(Session.getInstance(new Properties()));
        }

        @Override
        protected void updateMessageID() {
            // No Message-ID on a draft; see the class comment.
        }

        @Override
        protected void updateHeaders() throws MessagingException {
            super.updateHeaders();
            removeHeader("Date");
        }
    }
}
