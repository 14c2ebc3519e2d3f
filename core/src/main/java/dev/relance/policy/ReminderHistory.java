package dev.relance.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.relance.RelanceException;
import dev.relance.ledger.Client;
import dev.relance.ledger.HistoryEntry;
import dev.relance.ledger.Ledger;
import dev.relance.ledger.LevelMode;
import dev.relance.ledger.Ledger.HistoryColumn;
import dev.relance.ledger.Ledger.HistoryTable;
import dev.relance.ledger.TextKey;
import dev.relance.workbook.CellRef;

/**
 * The history rows that count for one as-of date: those dated before it. Rows dated on the as-of
 * date belong to an earlier run of the same day, which this run replaces, so they are ignored.
 *
 * <p>Only letters sent in auto mode move an invoice's level, as in EBP: a letter whose level was
 * forced or taken from the client's row is not a step of the automatic escalation. Every letter,
 * whatever its mode, counts for the days between reminders.
 */
final class ReminderHistory {

    private final Map<String, HistoryEntry> lastByInvoice = new HashMap<>();
    private final Map<String, LocalDate> lastDateByClient = new HashMap<>();

    private ReminderHistory(List<HistoryEntry> earlier) {
        for (HistoryEntry entry : earlier) {
            if (entry.mode() == LevelMode.AUTO) {
                lastByInvoice.merge(invoiceKey(entry.clientKey(), entry.invoiceNumber()), entry,
                        ReminderHistory::later);
            }
            lastDateByClient.merge(Client.keyOf(entry.clientKey()), entry.date(),
                    (one, other) -> one.isAfter(other) ? one : other);
        }
    }

    /**
     * Returns the history that counts on the as-of date.
     *
     * @throws RelanceException when a history row is dated after the as-of date, because levels
     *                          computed then would ignore letters already sent
     */
    static ReminderHistory asOf(Ledger ledger, LocalDate asOf) {
        rejectFutureRows(ledger, asOf);

        List<HistoryEntry> earlier = ledger.history().stream()
                .filter(entry -> entry.date().isBefore(asOf))
                .toList();
        return new ReminderHistory(earlier);
    }

    /** Returns the level of the invoice's most recent auto-mode reminder, 0 if it has none. */
    int previousLevel(String clientKey, String invoiceNumber) {
        HistoryEntry last = lastByInvoice.get(invoiceKey(clientKey, invoiceNumber));
        return last == null ? 0 : last.level();
    }

    /** Returns the date of the client's most recent reminder, any currency. */
    Optional<LocalDate> lastReminder(String clientKey) {
        return Optional.ofNullable(lastDateByClient.get(Client.keyOf(clientKey)));
    }

    private static void rejectFutureRows(Ledger ledger, LocalDate asOf) {
        Optional<HistoryEntry> latest = ledger.history().stream()
                .filter(entry -> entry.date().isAfter(asOf))
                .max(Comparator.comparing(HistoryEntry::date)
                        .thenComparing(HistoryEntry::rowIndex));
        if (latest.isEmpty()) {
            return;
        }
        HistoryEntry entry = latest.get();
        String message = "the history has reminders dated up to " + entry.date()
                + ", after the as-of date " + asOf + "; use an as-of date on or after "
                + entry.date() + ", or delete the history rows dated after " + asOf;
        Optional<HistoryTable> table = ledger.layout().history();
        String sheet = table.map(HistoryTable::sheet).orElse(null);
        String cell = table.map(found -> dateCell(found, entry)).orElse(null);
        throw new RelanceException(message, null, sheet, cell, entry.date().toString(), null);
    }

    private static String dateCell(HistoryTable table, HistoryEntry entry) {
        int column = table.columns().get(HistoryColumn.DATE.ordinal());
        return new CellRef(entry.rowIndex(), Math.max(column, 0)).toString();
    }

    /** Returns the more recent of two rows of one invoice: later date, else lower in the sheet. */
    private static HistoryEntry later(HistoryEntry one, HistoryEntry other) {
        Comparator<HistoryEntry> order = Comparator.comparing(HistoryEntry::date)
                .thenComparingInt(HistoryEntry::rowIndex);
        return order.compare(one, other) >= 0 ? one : other;
    }

    /**
     * Returns the key matching an invoice to its history rows. Invoice numbers are compared like
     * client codes (case, accents and spaces ignored), because people retype them in the sheet.
     */
    private static String invoiceKey(String clientKey, String invoiceNumber) {
        return Client.keyOf(clientKey) + '\u0000' + TextKey.of(invoiceNumber);
    }
}
