package dev.relance.ledger;

import dev.relance.RelanceException;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;

/**
 * Everything the invoice rows are read with, resolved from a workbook's sheets: which sheets
 * are the Clients and Invoices sheets, their headers, the settings and the clients.
 *
 * @param workbook the sheets it was resolved from: the small sheets whole, the Invoices sheet
 *                 with its first rows only
 */
record SheetContext(Workbook workbook, Sheet clientsSheet, HeaderRow<ClientField> clientsHeader,
        int invoicesPosition, Sheet invoicesSheet, HeaderRow<InvoiceField> invoicesHeader,
        SettingsReader.Result settings, ValueReader values, ClientReader.Result clients,
        ClientDirectory directory) {

    /**
     * What the reading of an invoice row depends on, beyond the Invoices sheet's own header:
     * two contexts with the same terms read every invoice row alike.
     */
    record Terms(int clientsPosition, int invoicesPosition, Language language, boolean usSlashDates,
            boolean date1904, int paymentDays, String currency) {
    }

    /**
     * Resolves the context from the sheets, failing as a read of the whole workbook does: a
     * missing Clients or Invoices sheet first, then a missing header.
     */
    static SheetContext resolve(Workbook workbook) {
        Sheet clientsSheet = SheetRole.CLIENTS.require(workbook);
        Sheet invoicesSheet = SheetRole.INVOICES.require(workbook);
        HeaderRow<ClientField> clientsHeader =
                new HeaderMatcher<>(ClientField.class, ClientField.REQUIRED).require(clientsSheet);
        HeaderRow<InvoiceField> invoicesHeader = new HeaderMatcher<>(InvoiceField.class,
                InvoiceField.REQUIRED).require(invoicesSheet);

        Language language = detectLanguage(workbook, clientsHeader, invoicesHeader);
        SettingsReader.Result settings = new SettingsReader(SheetRole.SETTINGS.find(workbook),
                language, workbook.date1904()).read();
        ValueReader values = ValueReader.forSettings(settings.settings(), workbook.date1904());
        ClientReader.Result clients = new ClientReader(clientsSheet, clientsHeader, values).read();
        ClientDirectory directory =
                new ClientDirectory(clients.clients(), clients.rowsLeftOut(), clientsSheet.name());
        return new SheetContext(workbook, clientsSheet, clientsHeader,
                positionOf(workbook, invoicesSheet), invoicesSheet, invoicesHeader, settings, values,
                clients, directory);
    }

    Terms terms() {
        Settings read = settings.settings();
        return new Terms(positionOf(workbook, clientsSheet), invoicesPosition, read.language(),
                read.usSlashDates(), workbook.date1904(), read.paymentDays(), read.currency());
    }

    /** Returns a reader of the Invoices sheet's rows in this context. */
    InvoiceReader invoiceReader() {
        return new InvoiceReader(invoicesSheet.name(), invoicesHeader, values, settings.settings(),
                directory);
    }

    /**
     * Returns French when a sheet has a name only a French workbook uses, or when more of the
     * required headers matched are French-only than English-only; English otherwise. Headers
     * that both languages use, such as {@code Date} or {@code Client}, do not count.
     */
    private static Language detectLanguage(Workbook workbook, HeaderRow<ClientField> clientsHeader,
            HeaderRow<InvoiceField> invoicesHeader) {
        if (SheetRole.hasFrenchOnlySheet(workbook)) {
            return Language.FR;
        }
        int french = clientsHeader.frenchHeaders() + invoicesHeader.frenchHeaders();
        int english = clientsHeader.englishHeaders() + invoicesHeader.englishHeaders();
        return french > english ? Language.FR : Language.EN;
    }

    private static int positionOf(Workbook workbook, Sheet sheet) {
        for (int position = 0; position < workbook.sheets().size(); position++) {
            if (workbook.sheets().get(position) == sheet) {
                return position;
            }
        }
        throw new RelanceException("the sheet " + sheet.name() + " is not in its workbook");
    }
}
