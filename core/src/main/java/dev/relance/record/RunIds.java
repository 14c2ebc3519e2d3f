package dev.relance.record;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.relance.ledger.HistoryEntry;

/**
 * Chooses a run's id so that the same workbook and as-of date always give the same id. A run that
 * replaces same-day rows takes over the id of the latest run it replaces (the replaced row lowest
 * in the sheet). Any other run is named after its as-of date ({@code 2026-12-04}), or, when the
 * history already has that id, gets the first free suffix ({@code 2026-12-04-2}, {@code -3}, ...).
 */
final class RunIds {

    private RunIds() {
    }

    static String choose(List<HistoryEntry> history, LocalDate asOf, List<HistoryEntry> replaced) {
        return replaced.stream()
                .max(Comparator.comparingInt(HistoryEntry::rowIndex))
                .map(HistoryEntry::runId)
                .orElseGet(() -> firstFree(history, asOf));
    }

    private static String firstFree(List<HistoryEntry> history, LocalDate asOf) {
        Set<String> taken = history.stream()
                .map(entry -> idKey(entry.runId()))
                .collect(Collectors.toSet());
        String id = asOf.toString();
        for (int suffix = 2; taken.contains(idKey(id)); suffix++) {
            id = asOf + "-" + suffix;
        }
        return id;
    }

    /** Returns the id as compared: people may retype an id with other case or spaces. */
    static String idKey(String runId) {
        return runId.strip().toLowerCase(Locale.ROOT);
    }
}
