package dev.relance.record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.relance.ledger.Client;
import dev.relance.ledger.HistoryEntry;
import dev.relance.ledger.HistoryEntry.Previous;
import dev.relance.ledger.Ledger.Layout;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.Plan;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;

/**
 * The last level and date each reminded client had before a run, recorded in the history so that
 * an undo can write them back.
 *
 * <p>A client whose same-day rows the run replaces takes the values those rows recorded: its
 * cells already hold the replaced run's marks, and undoing must go back to before that run too.
 */
final class PreviousValues {

    private PreviousValues() {
    }

    /**
     * Returns the previous values by client key, for the clients the plan reminds.
     *
     * @param clients the Clients sheet as read; empty when the caller has only the ledger, and
     *                then only the values of replaced rows are known
     */
    static Map<String, Previous> of(Layout layout, Plan plan, Optional<Sheet> clients,
            List<HistoryEntry> replaced) {
        Map<Integer, Row> rows = clients.map(sheet -> sheet.rows().stream()
                .collect(Collectors.toMap(Row::index, Function.identity(), (first, next) -> first)))
                .orElse(Map.of());
        Map<String, Previous> previous = new HashMap<>();
        for (LetterPlan letter : plan.letters()) {
            Client client = letter.client();
            if (previous.containsKey(client.key())) {
                continue;
            }
            Optional<Previous> recorded = fromReplaced(client, replaced);
            Optional<Previous> found = recorded.isPresent() || clients.isEmpty()
                    ? recorded
                    : Optional.of(fromCells(layout, Optional.ofNullable(rows.get(client.rowIndex()))));
            found.ifPresent(values -> previous.put(client.key(), values));
        }
        return previous;
    }

    private static Optional<Previous> fromReplaced(Client client, List<HistoryEntry> replaced) {
        return replaced.stream()
                .filter(entry -> Client.keyOf(entry.clientKey()).equals(client.key()))
                .flatMap(entry -> entry.previous().stream())
                .findFirst();
    }

    private static Previous fromCells(Layout layout, Optional<Row> row) {
        CellValue level = cell(row, layout.lastLevelColumn());
        CellValue reminder = cell(row, layout.lastReminderColumn());
        return new Previous(level.isBlank() ? Previous.NO_LEVEL : level,
                reminder.isBlank() ? CellValue.EMPTY : reminder);
    }

    private static CellValue cell(Optional<Row> row, Optional<Integer> column) {
        return row.flatMap(found -> column.map(found::cell)).orElse(CellValue.EMPTY);
    }
}
