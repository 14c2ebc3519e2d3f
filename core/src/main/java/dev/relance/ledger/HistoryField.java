package dev.relance.ledger;

import java.util.Locale;
import java.util.List;

import dev.relance.ledger.Ledger.HistoryColumn;

/**
 * The columns of the history sheet, found by the French or English header the product writes for
 * each {@link HistoryColumn}, in any order.
 */
enum HistoryField implements TableField {
    DATE(HistoryColumn.DATE),
    RUN(HistoryColumn.RUN),
    CLIENT(HistoryColumn.CLIENT),
    INVOICE(HistoryColumn.INVOICE),
    LEVEL(HistoryColumn.LEVEL),
    BALANCE(HistoryColumn.BALANCE),
    CURRENCY(HistoryColumn.CURRENCY),
    LETTER(HistoryColumn.LETTER),
    MODE(HistoryColumn.MODE),
    PREVIOUS_LEVEL(HistoryColumn.PREVIOUS_LEVEL),
    PREVIOUS_REMINDER(HistoryColumn.PREVIOUS_REMINDER);

    /** The columns without which the levels of past runs cannot be known. */
    static final List<List<HistoryField>> REQUIRED =
            List.of(List.of(DATE), List.of(INVOICE), List.of(LEVEL), List.of(CLIENT));

    private final HistoryColumn column;
    private final HeaderNames headers;

    HistoryField(HistoryColumn column) {
        this.column = column;
        this.headers = HeaderNames.of(List.of(column.header(Language.FR)),
                List.of(column.header(Language.EN)));
    }

    HistoryColumn column() {
        return column;
    }

    @Override
    public String label() {
        return column.header(Language.EN).toLowerCase(Locale.ROOT);
    }

    @Override
    public HeaderNames headers() {
        return headers;
    }
}
