package dev.relance.policy;

import java.util.Optional;

import dev.relance.ledger.Client;
import dev.relance.ledger.Client.FixedLevel;
import dev.relance.plan.Problem;

/** The reminder level of an invoice or a letter, in {@code auto} and {@code client} mode. */
final class LevelRule {

    private LevelRule() {
    }

    /** Returns an invoice's auto-mode level: its previous level + 1, at most the maximum level. */
    static int nextLevel(int previousLevel, int maximumLevel) {
        return Math.min(maximumLevel, previousLevel + 1);
    }

    /**
     * Returns the client's fixed level for client mode: 1 when the cell is blank, empty when it is
     * not a whole number from 1 to the maximum level.
     */
    static Optional<Integer> fixedLevel(Client client, int maximumLevel) {
        if (client.fixedLevel().isEmpty() || client.fixedLevel().get().raw().isBlank()) {
            return Optional.of(1);
        }
        return client.fixedLevel().get().level()
                .filter(level -> level >= 1 && level <= maximumLevel);
    }

    /** Returns the problem reported on the level cell of a client whose fixed level is invalid. */
    static Problem invalidLevelProblem(FixedLevel cell, int maximumLevel) {
        return new Problem(cell.sheet(), cell.cell(), cell.raw(),
                "invalid reminder level; expected a whole number from 1 to " + maximumLevel
                        + " (the maximum level) or a blank cell for level 1");
    }
}
