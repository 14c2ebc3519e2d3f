package dev.relance.ledger;

import dev.relance.workbook.InvalidValueException;
import dev.relance.workbook.CellValue;
import java.util.stream.Stream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.relance.ledger.Ledger.HistoryTable;
import dev.relance.plan.Problem;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;

/**
 * Reads the history sheet the product writes: one row per invoice per letter sent.
 *
 * <p>Unlike the Clients and Invoices tables, every non-blank row under the header is read, past
 * blank rows too: a history row lost to a blank line would lower the next levels, and the next
 * run appends after the last row found. Dates are read day first (dd/mm/yyyy) whatever the
 * workbook's language, since that is how the history is written when not as date cells.
 */
final class HistoryReader {

    private final Sheet sheet;
    private final HeaderRow<HistoryField> header;
    private final ValueReader values;
    private final Settings settings;

    HistoryReader(Sheet sheet, HeaderRow<HistoryField> header, ValueReader values,
            Settings settings) {
        this.sheet = sheet;
        this.header = header;
        this.values = values.withDayFirstDates();
        this.settings = settings;
    }

    /** The history read, where it is, and the problems found. */
    record Result(List<HistoryEntry> entries, HistoryTable table, List<Problem> problems) {
    }

    Result read() {
        List<HistoryEntry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int lastRow = header.index();

        for (Row row : sheet.rows()) {
            if (row.index() <= header.index() || row.isBlank()) {
                continue;
            }
            lastRow = row.index();
            RowCells cells = new RowCells(sheet.name(), row, values);
            Optional<HistoryEntry> entry = readEntry(cells);
            problems.addAll(cells.problems());
            entry.filter(unused -> !cells.hasProblems()).ifPresent(entries::add);
        }
        return new Result(entries, table(lastRow), problems);
    }

    private Optional<HistoryEntry> readEntry(RowCells cells) {
        Optional<LocalDate> date = cells.date(header.column(HistoryField.DATE));
        String runId = cells.text(header.column(HistoryField.RUN)).orElse("");
        Optional<String> client =
                cells.requiredText(column(HistoryField.CLIENT), "missing client code");
        Optional<String> invoice =
                cells.requiredText(column(HistoryField.INVOICE), "missing invoice number");
        Optional<Integer> level = cells.read(header.column(HistoryField.LEVEL), this::level);
        BigDecimal balance =
                cells.amount(header.column(HistoryField.BALANCE)).orElse(BigDecimal.ZERO);
        String currency = cells.textAs(header.column(HistoryField.CURRENCY), CurrencyCodes::of)
                .orElse(settings.currency());
        String letter = cells.text(header.column(HistoryField.LETTER)).orElse("");
        LevelMode mode = cells.textAs(header.column(HistoryField.MODE), HistoryReader::mode)
                .orElse(LevelMode.AUTO);

        if (date.isEmpty()) {
            reportIfBlank(cells, HistoryField.DATE, "missing date; expected e.g. 04/03/2026");
        }
        if (level.isEmpty()) {
            reportIfBlank(cells, HistoryField.LEVEL, "missing level; expected e.g. 1");
        }
        if (cells.hasProblems()) {
            return Optional.empty();
        }
        return Optional.of(new HistoryEntry(date.get(), runId, Client.keyOf(client.get()),
                invoice.get(), level.get(), balance, currency, letter, cells.row().index(),
                cells.row().cells(), mode, previous(cells.row())));
    }

    /**
     * Reads the client's previous level and date as raw cells: an undo writes them back as they
     * were, text included. A blank level cell means the row does not record them (it was written
     * before those columns existed), since a run writes 0 for a client without a level.
     */
    private Optional<HistoryEntry.Previous> previous(Row row) {
        Optional<CellValue> level = header.column(HistoryField.PREVIOUS_LEVEL)
                .map(row::cell)
                .filter(cell -> !cell.isBlank());
        CellValue reminder = header.column(HistoryField.PREVIOUS_REMINDER)
                .map(row::cell)
                .orElse(CellValue.EMPTY);
        return level.map(value -> new HistoryEntry.Previous(value, reminder));
    }

    private Optional<Integer> level(CellValue cell) {
        Optional<Integer> level = values.wholeNumber(cell);
        if (level.isPresent() && level.get() < 1) {
            throw new InvalidValueException("is not a reminder level; expected e.g. 1");
        }
        return level;
    }

    /**
     * Reads the mode a letter was sent in. The product writes {@code auto}, {@code client} and
     * {@code forced} ({@code forcé} in a French workbook); the Settings sheet's names are
     * accepted too. A blank cell, like a history without the column, means auto.
     */
    private static LevelMode mode(String text) {
        switch (TextKey.of(text)) {
            case "auto", "automatique", "automatic":
                return LevelMode.AUTO;
            case "client", "fiche client":
                return LevelMode.CLIENT;
            case "forced", "force", "niveau force", "forced level":
                return LevelMode.FORCED;
            default:
                throw new InvalidValueException("is not a reminder mode; expected auto, client"
                        + " or forced");
        }
    }

    private void reportIfBlank(RowCells cells, HistoryField field, String message) {
        int column = column(field);
        if (cells.row().cell(column).isBlank()) {
            cells.report(column, message);
        }
    }

    private int column(HistoryField requiredField) {
        return header.column(requiredField).orElseThrow();
    }

    /** Returns where the history is, with -1 for each column the sheet does not have. */
    private HistoryTable table(int lastRow) {
        List<Integer> columns = Stream.of(HistoryField.values())
                .map(field -> header.column(field).orElse(-1))
                .toList();
        return new HistoryTable(sheet.name(), header.index(), columns, lastRow,
                header.lastColumn());
    }
}
