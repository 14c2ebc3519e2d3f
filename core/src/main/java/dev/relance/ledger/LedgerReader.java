package dev.relance.ledger;

import dev.relance.workbook.Workbook;

/** Turns a workbook's sheets into a {@link Ledger}, collecting the problems with their cells. */
public final class LedgerReader {

    /**
     * Reads the Clients, Invoices, history and Settings sheets.
     *
     * @throws dev.relance.RelanceException when a required sheet or column is missing
     */
    public Ledger read(Workbook workbook) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
