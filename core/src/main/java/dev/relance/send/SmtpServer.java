package dev.relance.send;

import java.util.Optional;

/**
 * Where and as whom the e-mails are sent. The password is not part of it: it is asked for
 * just before sending and never kept.
 *
 * @param host     the server's host name
 * @param port     the server's port
 * @param security how the connection is protected
 * @param user     the login, empty for a server that needs none
 * @param sender   the sender's address: the From of a draft that has none, and the Bcc copy
 */
public record SmtpServer(String host, int port, SmtpSecurity security, Optional<String> user,
        Optional<String> sender) {
}
