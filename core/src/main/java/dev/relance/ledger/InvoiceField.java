package dev.relance.ledger;

import java.util.List;

/** The columns of the Invoices sheet, with the header names accepted for each. */
enum InvoiceField implements TableField {
    NUMBER("invoice number",
            List.of("N° facture", "Numéro", "Facture", "Pièce", "Référence", "Numéro de facture",
                    "N° de facture", "Numéro facture"),
            List.of("Invoice", "Invoice no", "Number", "Reference", "Invoice number")),
    CLIENT("client",
            List.of("Code client", "Client"),
            List.of("Client", "Customer", "Customer code")),
    INVOICE_DATE("invoice date",
            List.of("Date", "Date facture", "Date de facture", "Date de la facture"),
            List.of("Date", "Invoice date")),
    DUE_DATE("due date",
            List.of("Échéance", "Date d'échéance", "Date échéance", "Date de l'échéance"),
            List.of("Due date", "Due")),
    AMOUNT("amount",
            List.of("Montant", "Montant TTC", "Total TTC", "Total", "Montant facture"),
            List.of("Amount", "Total", "Invoice amount")),
    PAID("paid amount",
            List.of("Réglé", "Payé", "Montant réglé", "Montant payé", "Déjà réglé"),
            List.of("Paid", "Amount paid")),
    BALANCE("balance",
            List.of("Reste dû", "Reste à payer", "Solde", "Restant dû", "Montant dû"),
            List.of("Balance", "Outstanding", "Amount due", "Open amount")),
    CURRENCY("currency", List.of("Devise"), List.of("Currency")),
    DISPUTED("disputed",
            List.of("Litige", "Contesté"),
            List.of("Disputed", "In dispute"));

    /**
     * The columns without which the sheet cannot be read: an amount or a balance, and a due date
     * or an invoice date, because without one of them no row could give a due date.
     */
    static final List<List<InvoiceField>> REQUIRED = List.of(List.of(NUMBER), List.of(CLIENT),
            List.of(AMOUNT, BALANCE), List.of(DUE_DATE, INVOICE_DATE));

    private final String label;
    private final HeaderNames headers;

    InvoiceField(String label, List<String> french, List<String> english) {
        this.label = label;
        this.headers = HeaderNames.of(french, english);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public HeaderNames headers() {
        return headers;
    }
}
