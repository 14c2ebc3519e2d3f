package dev.relance.record;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.relance.ledger.HistoryEntry;
import dev.relance.ledger.Language;
import dev.relance.ledger.Ledger;
import dev.relance.ledger.Ledger.HistoryColumn;
import dev.relance.ledger.Ledger.HistoryTable;
import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookEdit.CellWrite;
import dev.relance.workbook.WorkbookEdit.SheetEdit;

/**
 * Records in the history what became of the e-mails of a run's letters, on every history row of
 * each letter: {@link HistoryColumn#SENT_AT} gets the local date and time it was sent, and
 * {@link HistoryColumn#SENDING} its Message-ID, or {@code failed: REASON} ({@code échec : } in a
 * French workbook) with the sent-at cell left blank.
 *
 * <p>A row whose sent-at cell is filled counts as sent, whatever the cell holds, so a user can
 * mark a letter sent by other means. Such a row is never written again: a failure recorded late
 * cannot hide that the client got the e-mail. A history sheet without the two columns gets their
 * headers after the last cell of its header, the first time there is something to record.
 */
public final class SendingRecorder {

    private static final DateTimeFormatter LOCAL_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    /** @param zone the time zone the sent-at cells are written in */
    public SendingRecorder(ZoneId zone) {
        this.zone = zone;
    }

    /** Returns the letters of the run, as recorded, whose history rows record them as sent. */
    public Set<String> sentLetters(Ledger ledger, String runId) {
        Set<String> sent = new LinkedHashSet<>();
        ledger.layout().history().flatMap(table -> table.findColumn(HistoryColumn.SENT_AT))
                .ifPresent(column -> rowsOf(ledger, runId).stream()
                        .filter(row -> !cell(row, column).isBlank())
                        .forEach(row -> sent.add(row.letter())));
        return sent;
    }

    /**
     * Returns the cells recording the outcomes of the run's e-mails, leaving out the outcomes the
     * history already records and those of drafts that match no letter of the run.
     */
    public SendingRecord record(Ledger ledger, String runId, List<SendingOutcome> outcomes) {
        Optional<HistoryTable> found = ledger.layout().history();
        if (found.isEmpty()) {
            return new SendingRecord(new WorkbookEdit(List.of()), List.of());
        }
        Language language = ledger.settings().language();
        HistorySheetEdit.Widened widened = HistorySheetEdit.withMissingColumns(found.get(),
                language, HistorySheetEdit::isSendingColumn);
        int sentAt = widened.table().findColumn(HistoryColumn.SENT_AT).orElseThrow();
        int sending = widened.table().findColumn(HistoryColumn.SENDING).orElseThrow();
        List<HistoryEntry> rows = rowsOf(ledger, runId);

        List<CellWrite> cells = new ArrayList<>();
        List<String> drafts = new ArrayList<>();
        for (SendingOutcome outcome : outcomes) {
            List<CellWrite> written = writes(outcome, rows, sentAt, sending, language);
            if (!written.isEmpty()) {
                cells.addAll(written);
                drafts.add(outcome.draft());
            }
        }
        if (cells.isEmpty()) {
            return new SendingRecord(new WorkbookEdit(List.of()), List.of());
        }
        List<CellWrite> all = new ArrayList<>(widened.headers());
        all.addAll(cells);
        return new SendingRecord(
                new WorkbookEdit(List.of(new SheetEdit(found.get().sheet(), false, all))), drafts);
    }

    /**
     * Returns the cells of the outcome on the rows of its letter, except on rows already sent or
     * already containing the same outcome.
     */
    private List<CellWrite> writes(SendingOutcome outcome, List<HistoryEntry> rows, int sentAt,
            int sending, Language language) {
        CellValue when = outcome.isSent() ? text(LOCAL_TIME.format(outcome.at().atZone(zone)))
                : CellValue.EMPTY;
        CellValue what = text(outcome.messageId()
                .orElseGet(() -> failed(language) + outcome.error().orElse("")));
        List<CellWrite> cells = new ArrayList<>();
        for (HistoryEntry row : rows) {
            boolean ofDraft = stem(row.letter()).equals(stem(outcome.draft()));
            if (ofDraft && cell(row, sentAt).isBlank() && !cell(row, sending).equals(what)) {
                cells.add(new CellWrite(new CellRef(row.rowIndex(), sentAt), when));
                cells.add(new CellWrite(new CellRef(row.rowIndex(), sending), what));
            }
        }
        return cells;
    }

    private static String failed(Language language) {
        return language == Language.FR ? "échec : " : "failed: ";
    }

    private static List<HistoryEntry> rowsOf(Ledger ledger, String runId) {
        return ledger.history().stream()
                .filter(row -> RunIds.idKey(row.runId()).equals(RunIds.idKey(runId)))
                .toList();
    }

    /** Returns the row's cell in a column, blank past the end of the row as read. */
    private static CellValue cell(HistoryEntry row, int column) {
        return column < row.cells().size() ? row.cells().get(column) : CellValue.EMPTY;
    }

    private static CellValue text(String text) {
        return new CellValue.Text(text);
    }

    /** Returns a file name without its extension: a letter and its e-mail draft share it. */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
