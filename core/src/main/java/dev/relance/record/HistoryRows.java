package dev.relance.record;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

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
 * date, run, client, invoice, level, balance, currency, letter, mode. The mode is written
 * {@code auto}, {@code client} or {@code forced} ({@code forcé} in a French workbook).
 */
final class HistoryRows {

    private HistoryRows() {
    }

    static List<List<CellValue>> of(Plan plan, String runId, Language language) {
        CellValue mode = new CellValue.Text(modeName(plan.mode(), language));
        List<List<CellValue>> rows = new ArrayList<>();
        for (LetterPlan letter : plan.letters()) {
            String letterFile = LetterFiles.pdfName(plan.asOf(), letter);
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
                        mode));
            }
        }
        return rows;
    }

    /** Returns the mode as written in the history, in the workbook's language. */
    static String modeName(LevelMode mode, Language language) {
        return mode == LevelMode.FORCED && language == Language.FR ? "forcé" : mode.code();
    }
}
