package dev.relance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
 */
public record HistoryEntry(LocalDate date, String runId, String clientKey, String invoiceNumber,
        int level, BigDecimal balance, String currency, String letter, int rowIndex,
        List<CellValue> cells, LevelMode mode) {

    public HistoryEntry {
        cells = List.copyOf(cells);
    }

    /** A row of a letter whose level was chosen in auto mode. */
    public HistoryEntry(LocalDate date, String runId, String clientKey, String invoiceNumber,
            int level, BigDecimal balance, String currency, String letter, int rowIndex,
            List<CellValue> cells) {
        this(date, runId, clientKey, invoiceNumber, level, balance, currency, letter, rowIndex,
                cells, LevelMode.AUTO);
    }
}
