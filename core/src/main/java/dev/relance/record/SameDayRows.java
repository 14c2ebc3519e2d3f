package dev.relance.record;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.relance.ledger.Client;
import dev.relance.ledger.HistoryEntry;
import dev.relance.plan.Plan;

/**
 * The history rows a re-run replaces: rows dated on the run's as-of date whose client gets a
 * letter in the run. A client the run skips, or no longer reminds, keeps its same-day rows,
 * because those letters may already have been sent.
 */
final class SameDayRows {

    private SameDayRows() {
    }

    static List<HistoryEntry> replacedBy(Plan plan, List<HistoryEntry> history) {
        Set<String> covered = plan.letters().stream()
                .map(letter -> letter.client().key())
                .collect(Collectors.toSet());
        return history.stream()
                .filter(entry -> entry.date().equals(plan.asOf()))
                .filter(entry -> covered.contains(Client.keyOf(entry.clientKey())))
                .toList();
    }
}
