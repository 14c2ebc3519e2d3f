package dev.relance.send;

import java.time.Instant;
import java.util.Optional;

import dev.relance.record.SendingOutcome;

/**
 * What became of one draft: sent with a message id, or not sent with an error.
 *
 * @param draft     the draft
 * @param at        when it was sent or failed
 * @param messageId the Message-ID it was sent with; empty when it failed
 * @param error     why it was not sent, on one line; empty when it was sent
 */
public record Delivery(Draft draft, Instant at, Optional<String> messageId,
        Optional<String> error) {

    static Delivery sent(Draft draft, Instant at, String messageId) {
        return new Delivery(draft, at, Optional.of(messageId), Optional.empty());
    }

    static Delivery failed(Draft draft, Instant at, String error) {
        return new Delivery(draft, at, Optional.empty(), Optional.of(error));
    }

    public boolean isSent() {
        return error.isEmpty();
    }

    /** Returns the outcome as the history records it. */
    public SendingOutcome outcome() {
        return new SendingOutcome(draft.name(), at, messageId, error);
    }
}
