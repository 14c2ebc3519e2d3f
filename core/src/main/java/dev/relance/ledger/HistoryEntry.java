package dev.relance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.relance.workbook.CellValue;

/**
 * A row of the history sheet: one invoice reminded in one run.
 *
 * @param date          the as-of date of the run
 * @param runId         the run's id
 * @param clientKey     the {@link Client#key()} of the client
 * @param invoiceNumber the invoice number
 * @param level         the invoice's level in that run
 * @param balance       the balance claimed
 * @param currency      the currency
 * @param letter        the letter's file name
 * @param rowIndex      the 0-based row in the history sheet
 * @param cells         the row's cells as read, so that a re-run can move the row unchanged
 * @param mode          how the level was chosen; auto when the row has no mode
 * @param previous      the client's last level and date before the run, when the row records
 *                      them; rows written before those columns existed do not
 */
public record HistoryEntry(LocalDate date, String runId, String clientKey, String invoiceNumber,
        int level, BigDecimal balance, String currency, String letter, int rowIndex,
        List<CellValue> cells, LevelMode mode, Optional<Previous> previous) {

    public HistoryEntry {
        cells = List.copyOf(cells);
    }

    /** A row of a letter whose level was chosen in auto mode, without the client's previous values. */
    public HistoryEntry(LocalDate date, String runId, String clientKey, String invoiceNumber,
            int level, BigDecimal balance, String currency, String letter, int rowIndex,
            List<CellValue> cells) {
        this(date, runId, clientKey, invoiceNumber, level, balance, currency, letter, rowIndex,
                cells, LevelMode.AUTO, Optional.empty());
    }

    /** A row that records its mode but not the client's previous level and date. */
    public HistoryEntry(LocalDate date, String runId, String clientKey, String invoiceNumber,
            int level, BigDecimal balance, String currency, String letter, int rowIndex,
            List<CellValue> cells, LevelMode mode) {
        this(date, runId, clientKey, invoiceNumber, level, balance, currency, letter, rowIndex,
                cells, mode, Optional.empty());
    }

    /** An auto-mode row that records the client's previous level and date. */
    public HistoryEntry(LocalDate date, String runId, String clientKey, String invoiceNumber,
            int level, BigDecimal balance, String currency, String letter, int rowIndex,
            List<CellValue> cells, Optional<Previous> previous) {
        this(date, runId, clientKey, invoiceNumber, level, balance, currency, letter, rowIndex,
                cells, LevelMode.AUTO, previous);
    }

    /**
     * What the client's last-level and last-reminder cells held before the run, as cell values,
     * so that undoing the run writes them back as they were.
     *
     * @param level    the last level; the number 0 stands for a blank cell
     * @param reminder the last reminder date, {@link CellValue#EMPTY} when the cell was blank
     */
    public record Previous(CellValue level, CellValue reminder) {

        /** The level recorded for a client whose last-level cell was blank. */
        public static final CellValue NO_LEVEL = new CellValue.Number(BigDecimal.ZERO);
    }
}
