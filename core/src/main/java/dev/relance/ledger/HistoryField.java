package dev.relance.ledger;

import java.util.Locale;
import java.util.List;
import java.util.stream.Stream;

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
    PREVIOUS_REMINDER(HistoryColumn.PREVIOUS_REMINDER),
    SENT_AT(HistoryColumn.SENT_AT, List.of("Date d'envoi", "E-mail envoyé le"),
            List.of("Sent on", "Date sent", "E-mail sent at")),
    SENDING(HistoryColumn.SENDING, List.of("Résultat de l'envoi", "Envoi e-mail"),
            List.of("Send result", "Sending result", "E-mail sending"));

    /** The columns without which the levels of past runs cannot be known. */
    static final List<List<HistoryField>> REQUIRED =
            List.of(List.of(DATE), List.of(INVOICE), List.of(LEVEL), List.of(CLIENT));

    private final HistoryColumn column;
    private final HeaderNames headers;

    HistoryField(HistoryColumn column) {
        this(column, List.of(), List.of());
    }

    /** A column also found under other names, which a user may have typed for it. */
    HistoryField(HistoryColumn column, List<String> moreFrench, List<String> moreEnglish) {
        this.column = column;
        this.headers = HeaderNames.of(
                Stream.concat(Stream.of(column.header(Language.FR)), moreFrench.stream()).toList(),
                Stream.concat(Stream.of(column.header(Language.EN)), moreEnglish.stream()).toList());
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
