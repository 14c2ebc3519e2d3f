package dev.relance.record;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.relance.ledger.HistoryEntry.Previous;
import dev.relance.ledger.Language;
import dev.relance.ledger.LevelMode;
import dev.relance.letters.LetterFiles;
import dev.relance.plan.InvoiceLine;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.Plan;
import dev.relance.workbook.CellValue;

/**
 * The history rows of a run: one per invoice per letter, letters in plan order and invoices in
 * letter order. Credits are not recorded. Each row's cells follow the history columns' order:
 * date, run, client, invoice, level, balance, currency, letter, mode, then the client's previous
 * level and previous reminder date, which an undo writes back. The mode is written {@code auto},
 * {@code client} or {@code forced} ({@code forcé} in a French workbook).
 */
final class HistoryRows {

    private HistoryRows() {
    }

    /**
     * @param previous the previous level and date by client key; a client missing from it gets
     *                 blank cells, which an undo reads as not recorded
     */
    static List<List<CellValue>> of(Plan plan, String runId, Language language,
            Map<String, Previous> previous) {
        CellValue mode = new CellValue.Text(modeName(plan.mode(), language));
        List<List<CellValue>> rows = new ArrayList<>();
        for (LetterPlan letter : plan.letters()) {
            String letterFile = LetterFiles.pdfName(plan.asOf(), letter);
            Previous before = previous.getOrDefault(letter.client().key(),
                    new Previous(CellValue.EMPTY, CellValue.EMPTY));
            for (InvoiceLine invoice : letter.invoices()) {
                rows.add(List.of(
                        new CellValue.DateValue(plan.asOf()),
                        new CellValue.Text(runId),
                        new CellValue.Text(letter.client().code()),
                        new CellValue.Text(invoice.number()),
                        new CellValue.Number(BigDecimal.valueOf(invoice.level())),
                        new CellValue.Number(invoice.balance().setScale(2, RoundingMode.HALF_UP)),
                        new CellValue.Text(letter.currency()),
                        new CellValue.Text(letterFile),
                        mode,
                        HistorySheetEdit.writable(before.level()),
                        HistorySheetEdit.writable(before.reminder())));
            }
        }
        return rows;
    }

    /** Returns the mode as written in the history, in the workbook's language. */
    static String modeName(LevelMode mode, Language language) {
        return mode == LevelMode.FORCED && language == Language.FR ? "forcé" : mode.code();
    }
}
