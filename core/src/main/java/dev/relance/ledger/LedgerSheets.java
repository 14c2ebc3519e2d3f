package dev.relance.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.relance.RelanceException;
import dev.relance.workbook.HandOffSink;
import dev.relance.workbook.ReadLimits;
import dev.relance.workbook.Row;
import dev.relance.workbook.RowSink;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.SheetCollector;
import dev.relance.workbook.SheetSelector;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookFormat;

/**
 * The first pass over a workbook's sheets: keeps the Clients, history and Settings sheets whole,
 * notes every other sheet's name, keeps the first rows of each Invoices sheet for its header,
 * and reads the invoice rows as they stream by when what they need is known by then.
 *
 * <p>The invoice rows are read on a thread of their own ({@link #INVOICE_ROWS_THREAD}) while the
 * reader parses the next ones. The kept sheets stay on the reader's thread. A sheet's
 * {@link RowSink#end()} waits until its rows are read, so that this object's state is only ever
 * touched by one thread at a time. The selector must be closed once the stream is over, failed
 * or not, so that no reading thread stays behind.
 */
final class LedgerSheets implements SheetSelector, AutoCloseable {

    /** The name of the thread that reads the invoice rows while the reader parses the next ones. */
    static final String INVOICE_ROWS_THREAD = "relance-invoice-rows";

    /** One sheet seen, in tab order. */
    private record Slot(String name, boolean hidden, Optional<SheetCollector> kept,
            Optional<InvoiceSink> invoices) {

        Sheet outline() {
            return kept.map(SheetCollector::sheet)
                    .or(() -> invoices.map(sink -> new Sheet(name, hidden, sink.headRows)))
                    .orElseGet(() -> new Sheet(name, hidden, List.of()));
        }
    }

    /** Invoice rows read before every sheet was known, with the context they were read in. */
    private record Speculation(SheetContext context, InvoiceReader reader, int version) {
    }

    private final ReadLimits.KeptCells keptCells = new ReadLimits.KeptCells();
    private final List<Slot> slots = new ArrayList<>();
    private final List<HandOffSink> handOffs = new ArrayList<>();
    private WorkbookFormat format = WorkbookFormat.XLSX;
    private boolean date1904;
    /** Grows whenever a sheet is seen or a kept row arrives, so that a context can tell it is stale. */
    private int version;

    @Override
    public void start(WorkbookFormat workbookFormat, boolean workbookDate1904) {
        this.format = workbookFormat;
        this.date1904 = workbookDate1904;
    }

    @Override
    public Optional<RowSink> select(String name, boolean hidden, int position) {
        version++;
        Optional<SheetRole> role = SheetRole.of(name);
        if (role.isEmpty()) {
            slots.add(new Slot(name, hidden, Optional.empty(), Optional.empty()));
            return Optional.empty();
        }
        if (role.get() == SheetRole.INVOICES) {
            InvoiceSink sink = new InvoiceSink(position);
            slots.add(new Slot(name, hidden, Optional.empty(), Optional.of(sink)));
            HandOffSink handOff = handOff(sink);
            handOffs.add(handOff);
            return Optional.of(handOff);
        }
        SheetCollector collector = new SheetCollector(name, hidden, keptCells);
        slots.add(new Slot(name, hidden, Optional.of(collector), Optional.empty()));
        return Optional.of(new Versioned(collector));
    }

    /** Invoice rows need the other sheets first, so a format that can defers them. */
    @Override
    public boolean readLast(String name, boolean hidden, int position) {
        return SheetRole.of(name).filter(SheetRole.INVOICES::equals).isPresent();
    }

    /** Returns a sink that reads invoice rows on their own thread. */
    static HandOffSink handOff(RowSink invoiceRows) {
        return new HandOffSink(invoiceRows, INVOICE_ROWS_THREAD);
    }

    /**
     * Ends the threads reading invoice rows, which a failed stream leaves running.
     *
     * @throws RuntimeException a failure of the invoice rows' reading that no call threw yet
     */
    @Override
    public void close() {
        Throwable first = null;
        for (HandOffSink handOff : handOffs) {
            try {
                handOff.close();
            } catch (RuntimeException | Error e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (first instanceof Error error) {
            throw error;
        }
    }

    /**
     * Returns the context resolved from every sheet seen: the one the invoice rows were read in
     * when no sheet was seen and no kept row arrived since, as when an XLSX file's Invoices sheet
     * was read last, so that the Clients sheet is not read twice.
     */
    SheetContext finalContext() {
        return slots.stream()
                .flatMap(slot -> slot.invoices().stream())
                .flatMap(sink -> sink.speculation.stream())
                .filter(speculation -> speculation.version() == version)
                .map(Speculation::context)
                .findFirst()
                .orElseGet(() -> SheetContext.resolve(outline()));
    }

    /**
     * Returns the invoices read during the pass, when they were read in a context with the same
     * terms as the final one.
     */
    Optional<InvoiceReader.Result> speculativeInvoices(SheetContext context) {
        return slots.stream()
                .flatMap(slot -> slot.invoices().stream())
                .filter(sink -> sink.position == context.invoicesPosition())
                .flatMap(sink -> sink.speculation.stream())
                .filter(speculation -> speculation.context().terms().equals(context.terms()))
                .map(speculation -> speculation.reader().result())
                .findFirst();
    }

    /** Returns the sheets kept whole, in tab order. */
    Workbook keptSheets() {
        return new Workbook(format, slots.stream().flatMap(slot -> slot.kept().stream())
                .map(SheetCollector::sheet).toList(), date1904);
    }

    private Workbook outline() {
        return new Workbook(format, slots.stream().map(Slot::outline).toList(), date1904);
    }

    /**
     * Resolves the context from the sheets seen so far, when it makes this sheet the Invoices
     * sheet; empty when it cannot be resolved yet, such as before the Clients sheet.
     */
    private Optional<Speculation> speculate(int position) {
        try {
            SheetContext context = SheetContext.resolve(outline());
            return context.invoicesPosition() == position
                    ? Optional.of(new Speculation(context, context.invoiceReader(), version))
                    : Optional.empty();
        } catch (RelanceException notYet) {
            // the final resolution, once every sheet is known, reports what is missing
            return Optional.empty();
        }
    }

    /** Passes rows to a kept sheet's collector, noting that the sheets seen changed. */
    private final class Versioned implements RowSink {

        private final SheetCollector collector;

        Versioned(SheetCollector collector) {
            this.collector = collector;
        }

        @Override
        public void row(Row row) {
            version++;
            collector.row(row);
        }

        @Override
        public void restart() {
            version++;
            collector.restart();
        }
    }

    /**
     * The rows of a sheet named as an Invoices sheet: its first rows, kept until its header is
     * found, then its data rows, read when the context is known and skipped otherwise.
     */
    private final class InvoiceSink implements RowSink {

        private final int position;
        private final HeaderMatcher<InvoiceField> matcher =
                new HeaderMatcher<>(InvoiceField.class, InvoiceField.REQUIRED);
        private List<Row> headRows = new ArrayList<>();
        private boolean headerSearched;
        private Optional<Speculation> speculation = Optional.empty();

        InvoiceSink(int position) {
            this.position = position;
        }

        @Override
        public void row(Row row) {
            if (!headerSearched) {
                searchHeader(row);
            } else if (speculation.isPresent()) {
                speculation.get().reader().read(row);
            }
        }

        private void searchHeader(Row row) {
            boolean inSearchRows = row.index() < HeaderMatcher.SEARCH_ROWS;
            if (inSearchRows) {
                headRows.add(row);
            }
            if (inSearchRows && !matcher.isHeader(row)) {
                return;
            }
            headerSearched = true;
            speculation = inSearchRows ? speculate(position) : Optional.empty();
        }

        @Override
        public void restart() {
            headRows = new ArrayList<>();
            headerSearched = false;
            speculation = Optional.empty();
        }

        @Override
        public boolean isDone() {
            return headerSearched
                    && (speculation.isEmpty() || speculation.get().reader().ended());
        }
    }
}
