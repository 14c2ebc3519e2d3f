package dev.relance.record;

import java.time.Instant;
import java.util.Optional;

/**
 * What became of the e-mail of one letter, as the history records it: sent with a Message-ID, or
 * not sent with the reason.
 *
 * @param draft     the e-mail draft's file name ({@code 2026-12-04_C001_EUR_level-1.eml}); the
 *                  history rows of the letter of the same name but for the extension get it
 * @param at        when it was sent, or when sending it failed
 * @param messageId the Message-ID it was sent with; empty when it failed
 * @param error     why it was not sent, on one line; empty when it was sent
 */
public record SendingOutcome(String draft, Instant at, Optional<String> messageId,
        Optional<String> error) {

    /** Returns whether the e-mail was sent. */
    public boolean isSent() {
        return messageId.isPresent();
    }
}
