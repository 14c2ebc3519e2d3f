package dev.relance.send;

import java.util.Locale;

import dev.relance.UsageException;

/** How the connection to the SMTP server is protected. */
public enum SmtpSecurity {
    /** Plain connection upgraded with STARTTLS, refused if the server does not offer it. */
    STARTTLS,
    /** TLS from the first byte (SMTPS, usually port 465). */
    SSL,
    /** No encryption: for a server on the local network or a test server only. */
    NONE;

    /** Parses {@code starttls}, {@code ssl} or {@code none}, in any case. */
    public static SmtpSecurity parse(String option, String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(option, "\"" + text + "\" is not an SMTP security;"
                    + " expected starttls, ssl or none");
        }
    }
}
