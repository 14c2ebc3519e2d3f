package dev.relance.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.relance.plan.Problem;
import dev.relance.workbook.HandOffSink;
import dev.relance.workbook.Row;
import dev.relance.workbook.RowSink;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.SheetSelector;
import dev.relance.workbook.SheetSource;
import dev.relance.workbook.Workbook;

/**
 * Turns a workbook's sheets into a {@link Ledger}, collecting the problems with their cells.
 *
 * <p>Sheets are found by name ({@code Factures}, {@code Invoices}...) and columns by header, in
 * French or English, ignoring case, accents and punctuation. The Settings sheet is read before
 * the invoices, because its payment days, currency and language change how invoice rows read.
 * Problems come in reading order: Settings, Clients, Invoices, then history.
 *
 * <p>The Invoices sheet can hold a million rows, so it is streamed a row at a time and never
 * kept; the other sheets are small and kept whole. Reading invoice rows needs the Settings and
 * Clients sheets first. When the source gives them first (an XLSX file, whose sheets can be read
 * in any order, or a workbook whose tabs come in that order), one pass reads everything. When
 * they come after the Invoices sheet (ODS stores its tables in tab order), the invoice rows are
 * read with what is known when they come, assuming that later sheets change nothing they depend
 * on; once every sheet is known, that assumption is checked, and when it fails the Invoices sheet
 * is streamed a second time. When no Clients sheet comes before it, the first pass skips the
 * invoice rows.
 *
 * <p>On either pass, the invoice rows are read on a thread of their own while the file's reader
 * parses the next ones (see {@link dev.relance.workbook.HandOffSink}). That thread ends with the
 * Invoices sheet, or when the read fails.
 */
public final class LedgerReader {

    /**
     * Reads the Clients, Invoices, history and Settings sheets.
     *
     * @throws dev.relance.RelanceException when a required sheet or column is missing, or the
     *                                      history sheet has no header with its required columns
     */
    public Ledger read(Workbook workbook) {
        return read((SheetSource) workbook).ledger();
    }

    /**
     * Reads the Clients, Invoices, history and Settings sheets from a source that streams them,
     * keeping only the small sheets whole.
     *
     * @throws dev.relance.RelanceException when the workbook cannot be read, a required sheet or
     *                                      column is missing, or the history sheet has no header
     *                                      with its required columns
     */
    public StreamedLedger read(SheetSource source) {
        LedgerSheets sheets = new LedgerSheets();
        try (sheets) {
            source.stream(sheets);
        }

        SheetContext context = sheets.finalContext();
        InvoiceReader.Result invoices = sheets.speculativeInvoices(context)
                .orElseGet(() -> streamInvoices(source, context));
        Optional<HistoryReader.Result> history = readHistory(context);

        List<Problem> problems = new ArrayList<>(context.settings().problems());
        problems.addAll(context.clients().problems());
        problems.addAll(invoices.problems());
        history.ifPresent(found -> problems.addAll(found.problems()));
        Ledger ledger = new Ledger(context.settings().settings(), context.clients().clients(),
                invoices.invoices(), history.map(HistoryReader.Result::entries).orElse(List.of()),
                problems, layout(context.clientsSheet(), context.clientsHeader(), history));
        return new StreamedLedger(ledger, sheets.keptSheets());
    }

    /** Streams the Invoices sheet alone, now that everything its rows need is known. */
    private static InvoiceReader.Result streamInvoices(SheetSource source, SheetContext context) {
        InvoiceRows rows = new InvoiceRows(context);
        try (HandOffSink handOff = LedgerSheets.handOff(rows)) {
            source.stream(new SheetSelector() {
                @Override
                public Optional<RowSink> select(String name, boolean hidden, int position) {
                    return position == context.invoicesPosition() ? Optional.of(handOff) : Optional.empty();
                }
            });
        }
        return rows.reader.result();
    }

    /** The rows of the Invoices sheet going to an invoice reader, anew when the sheet restarts. */
    private static final class InvoiceRows implements RowSink {

        private final SheetContext context;
        private InvoiceReader reader;

        InvoiceRows(SheetContext context) {
            this.context = context;
            this.reader = context.invoiceReader();
        }

        @Override
        public void row(Row row) {
            reader.read(row);
        }

        @Override
        public void restart() {
            reader = context.invoiceReader();
        }

        @Override
        public boolean isDone() {
            return reader.ended();
        }
    }

    private static Optional<HistoryReader.Result> readHistory(SheetContext context) {
        return SheetRole.HISTORY.find(context.workbook()).map(sheet -> {
            HeaderRow<HistoryField> header =
                    new HeaderMatcher<>(HistoryField.class, HistoryField.REQUIRED).require(sheet);
            return new HistoryReader(sheet, header, context.values(), context.settings().settings())
                    .read();
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
