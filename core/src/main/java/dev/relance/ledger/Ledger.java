package dev.relance.ledger;

import java.util.List;
import java.util.Optional;

import dev.relance.plan.Problem;

/**
 * Everything the rules need from a workbook, as plain values, and where the run's record goes.
 *
 * @param settings the settings read from the Settings sheet over the defaults
 * @param clients  the readable client rows
 * @param invoices the readable invoice rows
 * @param history  the readable history rows
 * @param problems the rows or cells that could not be read, in sheet order
 * @param layout   where the clients and history tables are, for writing the run back
 */
public record Ledger(Settings settings, List<Client> clients, List<Invoice> invoices,
        List<HistoryEntry> history, List<Problem> problems, Layout layout) {

    public Ledger {
        clients = List.copyOf(clients);
        invoices = List.copyOf(invoices);
        history = List.copyOf(history);
        problems = List.copyOf(problems);
    }

    /** Returns these values with other settings (command-line overrides). */
    public Ledger withSettings(Settings newSettings) {
        return new Ledger(newSettings, clients, invoices, history, problems, layout);
    }

    /**
     * Where things are in the workbook.
     *
     * @param clientsSheet        the Clients sheet's name
     * @param clientsHeaderRow    0-based row of the Clients header
     * @param clientsLastColumn   0-based last used column of the Clients sheet, header or not
     * @param lastReminderColumn  the Clients column of the last reminder date, when present
     * @param lastLevelColumn     the Clients column of the last level, when present
     * @param history             the history table, when the sheet exists
     */
    public record Layout(String clientsSheet, int clientsHeaderRow, int clientsLastColumn,
            Optional<Integer> lastReminderColumn, Optional<Integer> lastLevelColumn,
            Optional<HistoryTable> history) {
    }

    /**
     * The history sheet as found.
     *
     * @param sheet      the sheet's name
     * @param headerRow  0-based row of its header
     * @param columns    0-based column of each history field, in {@link HistoryColumn} order
     * @param lastRow    0-based row of the last history row read (the header row when empty)
     * @param headerLastColumn 0-based last non-blank cell of the header row, so that a column
     *                   added to the header goes after the user's own columns
     */
    public record HistoryTable(String sheet, int headerRow, List<Integer> columns, int lastRow,
            int headerLastColumn) {

        public HistoryTable {
            columns = List.copyOf(columns);
        }

        /** Creates a table whose header ends at its rightmost history column. */
        public HistoryTable(String sheet, int headerRow, List<Integer> columns, int lastRow) {
            this(sheet, headerRow, columns, lastRow,
                    columns.stream().mapToInt(Integer::intValue).max().orElse(0));
        }

        /** Returns the 0-based column of a history field, empty when the sheet has none. */
        public Optional<Integer> findColumn(HistoryColumn column) {
            int index = column.ordinal();
            return index < columns.size() && columns.get(index) >= 0
                    ? Optional.of(columns.get(index))
                    : Optional.empty();
        }
    }

    /** The history columns in the order the contract writes them. */
    public enum HistoryColumn {
        DATE("Date", "Date"),
        RUN("Lot", "Run"),
        CLIENT("Client", "Client"),
        INVOICE("Facture", "Invoice"),
        LEVEL("Niveau", "Level"),
        BALANCE("Solde", "Balance"),
        CURRENCY("Devise", "Currency"),
        LETTER("Lettre", "Letter"),
        /** The mode the level was chosen in. Optional: a missing column or blank cell means auto. */
        MODE("Mode", "Mode"),
        /**
         * The client's last level before the run, {@code 0} when it had none: what an undo writes
         * back. Added after the contract's columns, so that older history sheets stay readable.
         */
        PREVIOUS_LEVEL("Niveau précédent", "Previous level"),
        /** The client's last reminder date before the run, blank when it had none. */
        PREVIOUS_REMINDER("Relance précédente", "Previous reminder"),
        /**
         * When the letter's e-mail was sent, as text in local time ({@code 2026-12-04 09:12:03});
         * blank until it is. Written by a send, never by a run, so a history sheet gets this
         * column and the next one on its first send.
         */
        SENT_AT("Envoyé le", "Sent at"),
        /** The Message-ID the e-mail was sent with, or why sending it failed. */
        SENDING("Envoi", "Sending");

        private final String french;
        private final String english;

        HistoryColumn(String french, String english) {
            this.french = french;
            this.english = english;
        }

        /** Returns the header written for a new history sheet in the given language. */
        public String header(Language language) {
            return language == Language.FR ? french : english;
        }
    }
}
