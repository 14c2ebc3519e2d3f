package dev.relance.ledger;

import dev.relance.workbook.Workbook;

/**
 * A ledger read from a stream of sheets, with the small sheets the read kept whole.
 *
 * @param ledger     the workbook's values
 * @param keptSheets the Clients, history and Settings sheets as read, in tab order, for what
 *                   records a run in them; the Invoices sheet, which streamed by, is not among them
 */
public record StreamedLedger(Ledger ledger, Workbook keptSheets) {
}
