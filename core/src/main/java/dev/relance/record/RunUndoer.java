package dev.relance.record;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.relance.RelanceException;
import dev.relance.ledger.Client;
import dev.relance.ledger.HistoryEntry;
import dev.relance.ledger.HistoryEntry.Previous;
import dev.relance.ledger.Ledger;
import dev.relance.ledger.Ledger.HistoryColumn;
import dev.relance.ledger.Ledger.HistoryTable;
import dev.relance.ledger.Ledger.Layout;
import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookEdit.CellWrite;
import dev.relance.workbook.WorkbookEdit.SheetEdit;

/**
 * Works out how to undo the last run recorded in a workbook, as a format-neutral edit.
 *
 * <p>The run's history rows are removed and the rows below them move up, so that the history
 * stays contiguous; the rows left over at the bottom are cleared. Each client of the run gets back
 * the last level and last reminder date its history rows recorded as previous ({@code 0} stands
 * for a blank level). Only the last run can be undone: an older one's marks are already
 * overwritten by the runs after it. Nor can a run whose e-mails the history records as sent: the
 * clients have those letters, and forgetting them would remind them again as if they had not.
 */
public final class RunUndoer {

    /** Returns the id of the last run recorded: the run of the history's lowest row. */
    public Optional<String> findLastRun(Ledger ledger) {
        return ledger.history().stream()
                .max(Comparator.comparingInt(HistoryEntry::rowIndex))
                .map(HistoryEntry::runId);
    }

    /**
     * Finds a run of the history by its id as typed, ignoring case and surrounding spaces, and
     * returns its id as recorded.
     */
    public Optional<String> findRun(Ledger ledger, String typed) {
        return ledger.history().stream()
                .map(HistoryEntry::runId)
                .filter(runId -> RunIds.idKey(runId).equals(RunIds.idKey(typed)))
                .findFirst();
    }

    /**
     * Returns what undoing the run writes.
     *
     * @throws RelanceException when the run is not in the history, is not the last one, has
     *                          rows that do not record the clients' previous values, or has
     *                          letters whose e-mail was sent
     */
    public RunUndo undo(Ledger ledger, String runId) {
        List<HistoryEntry> rows = requireLastRun(ledger, runId);
        Layout layout = ledger.layout();
        HistoryTable table = layout.history().orElseThrow();
        requireNotSent(table, rows);
        Map<String, Previous> previous = requirePrevious(table, rows);

        SheetEdit history = HistorySheetEdit.existingSheet(table, ledger.history(), rows, List.of());
        List<CellWrite> cells = new ArrayList<>();
        List<String> restored = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        previous.forEach((clientKey, values) -> findClient(ledger, clientKey).ifPresentOrElse(
                client -> {
                    cells.addAll(restore(layout, client, values));
                    restored.add(client.code());
                },
                () -> missing.add(codeOf(table, rows, clientKey))));
        List<SheetEdit> sheets = new ArrayList<>(List.of(history));
        if (!cells.isEmpty()) {
            sheets.add(new SheetEdit(layout.clientsSheet(), false, cells));
        }

        List<String> letters = rows.stream().map(HistoryEntry::letter)
                .filter(letter -> !letter.isBlank()).distinct().toList();
        return new RunUndo(rows.get(0).runId(), rows.get(0).date(), new WorkbookEdit(sheets),
                rows.size(), letters, restored, missing);
    }

    private List<HistoryEntry> requireLastRun(Ledger ledger, String runId) {
        String key = RunIds.idKey(runId);
        List<HistoryEntry> rows = ledger.history().stream()
                .filter(entry -> RunIds.idKey(entry.runId()).equals(key))
                .sorted(Comparator.comparingInt(HistoryEntry::rowIndex))
                .toList();
        if (rows.isEmpty()) {
            throw new RelanceException("no run " + runId + " in the history; nothing to undo");
        }
        String last = findLastRun(ledger).orElseThrow();
        if (!RunIds.idKey(last).equals(key)) {
            throw new RelanceException("run " + rows.get(0).runId() + " cannot be undone while"
                    + " run " + last + ", recorded after it, is in the history; undo " + last
                    + " first");
        }
        return rows;
    }

    private static void requireNotSent(HistoryTable table, List<HistoryEntry> rows) {
        Optional<Integer> sentAt = table.findColumn(HistoryColumn.SENT_AT);
        List<HistoryEntry> sent = sentAt.map(column -> rows.stream()
                .filter(row -> column < row.cells().size() && !row.cells().get(column).isBlank())
                .toList()).orElse(List.of());
        if (sent.isEmpty()) {
            return;
        }
        List<String> clients = sent.stream()
                .map(row -> codeOf(table, rows, Client.keyOf(row.clientKey()))).distinct().toList();
        String header = table.sheet() + " " + new CellRef(table.headerRow(), sentAt.get());
        throw new RelanceException("run " + rows.get(0).runId() + " cannot be undone: the e-mails"
                + " of its letters to " + String.join(", ", clients) + " were sent (column "
                + header + "), so the clients have them; to undo it anyway, clear those cells"
                + " and the letters' rows of sent.csv in the letters folder",
                null, table.sheet(), new CellRef(sent.get(0).rowIndex(), sentAt.get()).toString(),
                null, null);
    }

    /** Returns each client's previous values, in the order of the run's rows. */
    private static Map<String, Previous> requirePrevious(HistoryTable table,
            List<HistoryEntry> rows) {
        Map<String, Previous> previous = new LinkedHashMap<>();
        for (HistoryEntry row : rows) {
            if (row.previous().isEmpty()) {
                String cell = new CellRef(row.rowIndex(), 0).toString();
                throw new RelanceException("run " + row.runId() + " was recorded without the"
                        + " clients' previous levels (row " + (row.rowIndex() + 1) + " has no"
                        + " previous level), so it cannot be undone; delete its history rows and"
                        + " correct the clients' last reminder cells by hand",
                        null, table.sheet(), cell, null, null);
            }
            previous.putIfAbsent(Client.keyOf(row.clientKey()), row.previous().get());
        }
        return previous;
    }

    private static Optional<Client> findClient(Ledger ledger, String clientKey) {
        return ledger.clients().stream().filter(client -> client.key().equals(clientKey))
                .findFirst();
    }

    private static List<CellWrite> restore(Layout layout, Client client, Previous values) {
        List<CellWrite> cells = new ArrayList<>();
        layout.lastLevelColumn().ifPresent(column -> cells.add(new CellWrite(
                new CellRef(client.rowIndex(), column), levelCell(values.level()))));
        layout.lastReminderColumn().ifPresent(column -> cells.add(new CellWrite(
                new CellRef(client.rowIndex(), column), HistorySheetEdit.writable(values.reminder()))));
        return cells;
    }

    /** Returns the level cell to write back: a blank cell for the 0 that stands for none. */
    private static CellValue levelCell(CellValue level) {
        if (level instanceof CellValue.Number number
                && number.value().compareTo(BigDecimal.ZERO) == 0) {
            return CellValue.EMPTY;
        }
        return HistorySheetEdit.writable(level);
    }

    /** Returns the client code as the history wrote it, for a client no longer in the sheet. */
    private static String codeOf(HistoryTable table, List<HistoryEntry> rows, String clientKey) {
        int column = table.findColumn(HistoryColumn.CLIENT).orElseThrow();
        return rows.stream().filter(row -> Client.keyOf(row.clientKey()).equals(clientKey))
                .findFirst()
                .filter(row -> column < row.cells().size())
                .map(row -> row.cells().get(column).display().strip())
                .orElse(clientKey);
    }
}
