package dev.relance.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.relance.plan.Problem;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;

/**
 * Turns a workbook's sheets into a {@link Ledger}, collecting the problems with their cells.
 *
 * <p>Sheets are found by name ({@code Factures}, {@code Invoices}...) and columns by header, in
 * French or English, ignoring case, accents and punctuation. The Settings sheet is read before
 * the invoices, because its payment days, currency and language change how invoice rows read.
 * Problems come in reading order: Settings, Clients, Invoices, then history.
 */
public final class LedgerReader {

    /**
     * Reads the Clients, Invoices, history and Settings sheets.
     *
     * @throws dev.relance.RelanceException when a required sheet or column is missing, or the
     *                                      history sheet has no header with its required columns
     */
    public Ledger read(Workbook workbook) {
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
        InvoiceReader.Result invoices = new InvoiceReader(invoicesSheet, invoicesHeader, values,
                settings.settings(), directory).read();
        Optional<HistoryReader.Result> history = readHistory(workbook, values, settings.settings());

        List<Problem> problems = new ArrayList<>(settings.problems());
        problems.addAll(clients.problems());
        problems.addAll(invoices.problems());
        history.ifPresent(found -> problems.addAll(found.problems()));
        return new Ledger(settings.settings(), clients.clients(), invoices.invoices(),
                history.map(HistoryReader.Result::entries).orElse(List.of()), problems,
                layout(clientsSheet, clientsHeader, history));
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

    private static Optional<HistoryReader.Result> readHistory(Workbook workbook, ValueReader values,
            Settings settings) {
        return SheetRole.HISTORY.find(workbook).map(sheet -> {
            HeaderRow<HistoryField> header =
                    new HeaderMatcher<>(HistoryField.class, HistoryField.REQUIRED).require(sheet);
            return new HistoryReader(sheet, header, values, settings).read();
        });
    }

    /**
     * Returns the last column holding anything in the sheet, so that columns added after it never
     * cover notes typed in columns without a header.
     */
    private static int lastUsedColumn(Sheet sheet, int headerLastColumn) {
        int last = headerLastColumn;
        for (Row row : sheet.rows()) {
            for (int column = row.cells().size() - 1; column > last; column--) {
                if (!row.cell(column).isBlank()) {
                    last = column;
                    break;
                }
            }
        }
        return last;
    }

    private static Ledger.Layout layout(Sheet clientsSheet, HeaderRow<ClientField> clientsHeader,
            Optional<HistoryReader.Result> history) {
        return new Ledger.Layout(clientsSheet.name(), clientsHeader.index(),
                lastUsedColumn(clientsSheet, clientsHeader.lastColumn()),
                clientsHeader.column(ClientField.LAST_REMINDER),
                clientsHeader.column(ClientField.LAST_LEVEL), history.map(HistoryReader.Result::table));
    }
}
