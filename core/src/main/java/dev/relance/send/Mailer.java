package dev.relance.send;

import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * One SMTP connection, opened on the first message and opened again after a failure, so a
 * dropped connection costs only the message it was sending.
 */
final class Mailer implements AutoCloseable {

    /** How long connecting, and each read or write on the connection, may take. */
    private static final String TIMEOUT_MILLIS = "30000";

    private final SmtpServer server;
    private final Optional<String> password;
    private final Session session;
    private Transport transport;

    Mailer(SmtpServer server, Optional<String> password) {
        this.server = server;
        this.password = password;
        this.session = Session.getInstance(properties(server));
    }

    Session session() {
        return session;
    }

    private static Properties properties(SmtpServer server) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", server.host());
        properties.setProperty("mail.smtp.port", Integer.toString(server.port()));
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.auth", Boolean.toString(server.user().isPresent()));
        // The sender's domain names the Message-ID, instead of a lookup of this machine's name.
        server.sender().ifPresent(sender -> properties.setProperty("mail.from", sender));
        switch (server.security()) {
            case STARTTLS -> {
                properties.setProperty("mail.smtp.starttls.enable", "true");
                properties.setProperty("mail.smtp.starttls.required", "true");
                properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case SSL -> {
                properties.setProperty("mail.smtp.ssl.enable", "true");
                properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
        return properties;
    }

    /** Sends the message to its To, Cc and Bcc recipients, connecting first if needed. */
    void send(MimeMessage message) throws MessagingException {
        try {
            if (transport == null || !transport.isConnected()) {
                transport = session.getTransport("smtp");
                transport.connect(server.host(), server.port(), server.user().orElse(null),
                        password.orElse(null));
            }
            Address[] recipients = message.getAllRecipients();
            transport.sendMessage(message, recipients);
        } catch (MessagingException e) {
            // A refused recipient leaves the connection usable, but after anything else its
            // state is unknown: start the next message on a new one.
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // The connection is already gone; nothing is lost by not saying goodbye.
            }
            transport = null;
        }
    }
}
