package dev.relance.bench;

/**
 * One row of the generated invoices sheet: ten columns, in the order of {@link #HEADERS}.
 * Dates are epoch days, money is in cents; a negative {@code paidCents} is a blank cell.
 */
record InvoiceRow(
        String number,
        String client,
        int invoiceDay,
        int dueDay,
        long amountCents,
        long paidCents,
        String currency,
        String label,
        String paymentMethod,
        String note) {

    static final long BLANK = -1;

    static final String[] HEADERS = {
        "N° facture", "Code client", "Date facture", "Échéance", "Montant TTC", "Réglé", "Devise",
        "Libellé", "Mode de règlement", "Note"
    };

    boolean paidBlank() {
        return paidCents == BLANK;
    }
}
