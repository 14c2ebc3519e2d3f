package dev.relance.ledger;

import static dev.relance.ledger.TestWorkbooks.date;
import static dev.relance.ledger.TestWorkbooks.row;
import static dev.relance.ledger.TestWorkbooks.sheet;
import static dev.relance.ledger.TestWorkbooks.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.relance.RelanceException;
import dev.relance.plan.Problem;
import dev.relance.workbook.Row;
import dev.relance.workbook.RowSink;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.SheetSelector;
import dev.relance.workbook.SheetSource;
import dev.relance.workbook.Workbook;

/**
 * The ledger read from a stream of sheets in tab order, as an ODS file gives them: one pass when
 * the sheets the invoice rows need come first, a second pass over the Invoices sheet when a later
 * sheet changes how its rows read.
 */
class LedgerStreamingTest {

    private static Sheet clients() {
        return sheet("Clients", row(1, "Code client", "Nom"), row(2, "C001", "Dupont SARL"));
    }

    private static Sheet invoices() {
        return sheet("Factures", row(1, "N° facture", "Code client", "Date", "Échéance", "Montant TTC"),
                row(2, "F-1", "C001", date("2026-01-10"), null, 100),
                row(3, "F-2", "C001", date("2026-01-20"), date("2026-03-01"), 0));
    }

    private static Sheet settings(String key, Object value) {
        return sheet("Paramètres", row(1, "Paramètre", "Valeur"), row(2, key, value));
    }

    /** A workbook that counts how often it is streamed. */
    private static final class CountedSource implements SheetSource {

        private final Workbook workbook;
        private int passes;

        CountedSource(Workbook workbook) {
            this.workbook = workbook;
        }

        @Override
        public void stream(SheetSelector selector) {
            passes++;
            workbook.stream(selector);
        }
    }

    /**
     * A workbook source whose given pass fails after a number of the Invoices sheet's rows, as a
     * file damaged in the middle of that sheet does.
     */
    private static final class FailingSource implements SheetSource {

        private final Workbook workbook;
        private final int failingPass;
        private final int rowsBeforeFailure;
        private final RelanceException damaged = new RelanceException("the workbook is damaged");
        private int passes;

        FailingSource(Workbook workbook, int failingPass, int rowsBeforeFailure) {
            this.workbook = workbook;
            this.failingPass = failingPass;
            this.rowsBeforeFailure = rowsBeforeFailure;
        }

        @Override
        public void stream(SheetSelector selector) {
            passes++;
            if (passes != failingPass) {
                workbook.stream(selector);
                return;
            }
            workbook.stream(new SheetSelector() {
                @Override
                public Optional<RowSink> select(String name, boolean hidden, int position) {
                    Optional<RowSink> sink = selector.select(name, hidden, position);
                    return name.equals("Factures") ? sink.map(FailingSource.this::failing) : sink;
                }
            });
        }

        private RowSink failing(RowSink sink) {
            return new RowSink() {
                private int rows;

                @Override
                public void row(Row row) {
                    if (rows++ == rowsBeforeFailure) {
                        throw damaged;
                    }
                    sink.row(row);
                }

                @Override
                public void restart() {
                    sink.restart();
                }

                @Override
                public boolean isDone() {
                    return sink.isDone();
                }

                @Override
                public void end() {
                    sink.end();
                }
            };
        }
    }

    private static Sheet manyInvoices(int count) {
        List<Row> rows = new ArrayList<>();
        rows.add(row(1, "N° facture", "Code client", "Date", "Échéance", "Montant TTC"));
        for (int number = 2; number <= count + 1; number++) {
            rows.add(row(number, "F-" + number, "C001", date("2026-01-10"), null, 100));
        }
        return sheet("Factures", rows.toArray(Row[]::new));
    }

    private static boolean invoiceRowsThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals(LedgerSheets.INVOICE_ROWS_THREAD));
    }

    @Test
    void readsEverythingInOnePassWhenClientsComeFirst() {
        CountedSource source = new CountedSource(workbook(clients(), invoices()));

        StreamedLedger read = new LedgerReader().read(source);

        assertThat(source.passes).isEqualTo(1);
        assertThat(read.ledger().invoices()).extracting(Invoice::number).containsExactly("F-1");
    }

    @Test
    void readsInvoicesAgainWhenClientsComeAfterThem() {
        CountedSource source = new CountedSource(workbook(invoices(), clients()));

        StreamedLedger read = new LedgerReader().read(source);

        assertThat(source.passes).isEqualTo(2);
        assertThat(read.ledger().invoices()).extracting(Invoice::number).containsExactly("F-1");
        assertThat(read.ledger().problems()).isEmpty();
    }

    @Test
    void readsInvoicesAgainWhenLaterSettingsChangeTheirDueDates() {
        CountedSource source = new CountedSource(
                workbook(clients(), invoices(), settings("Délai de paiement", 45)));

        StreamedLedger read = new LedgerReader().read(source);

        assertThat(source.passes).isEqualTo(2);
        assertThat(read.ledger().invoices()).extracting(Invoice::dueDate)
                .containsExactly(LocalDate.parse("2026-02-24"));
    }

    @Test
    void keepsTheFirstPassWhenLaterSettingsLeaveInvoiceRowsAlone() {
        CountedSource source = new CountedSource(
                workbook(clients(), invoices(), settings("Délai de grâce", 5)));

        StreamedLedger read = new LedgerReader().read(source);

        assertThat(source.passes).isEqualTo(1);
        assertThat(read.ledger().invoices()).extracting(Invoice::dueDate)
                .containsExactly(LocalDate.parse("2026-02-09"));
        assertThat(read.ledger().settings().graceDays()).isEqualTo(5);
    }

    @Test
    void keepsTheSmallSheetsButNotTheInvoices() {
        CountedSource source = new CountedSource(
                workbook(clients(), invoices(), settings("Délai de grâce", 5), sheet("Notes")));

        StreamedLedger read = new LedgerReader().read(source);

        assertThat(read.keptSheets().sheets()).extracting(Sheet::name)
                .containsExactly("Clients", "Paramètres");
    }

    @Test
    void countsTheProblemsPastOneHundredThousandInOneLastProblem() {
        List<Row> rows = new ArrayList<>();
        rows.add(row(1, "N° facture", "Code client", "Date", "Échéance", "Montant TTC"));
        for (int number = 2; number <= 100_003; number++) {
            rows.add(row(number, "F-" + number, "C999", date("2026-01-10"), null, 100));
        }
        Workbook workbook = workbook(clients(), sheet("Factures", rows.toArray(Row[]::new)));

        List<Problem> problems = new LedgerReader().read(workbook).problems();

        assertThat(problems).hasSize(100_001);
        assertThat(problems.get(100_000)).isEqualTo(new Problem("Factures", "B100002", "",
                "and 2 more problems below it are not listed; correct the problems above and read the"
                        + " workbook again"));
    }

    @Test
    void readLeavesNoInvoiceRowsThread() {
        StreamedLedger read = new LedgerReader().read((SheetSource) workbook(clients(), invoices()));

        assertThat(read.ledger().invoices()).extracting(Invoice::number).containsExactly("F-1");
        assertThat(invoiceRowsThreadAlive()).isFalse();
    }

    @Test
    void firstPassFailureLeavesNoThread() {
        FailingSource source = new FailingSource(workbook(clients(), manyInvoices(3_000)), 1, 2_000);

        assertThatThrownBy(() -> new LedgerReader().read(source)).isSameAs(source.damaged);

        assertThat(invoiceRowsThreadAlive()).isFalse();
    }

    @Test
    void secondPassFailureLeavesNoThread() {
        FailingSource source = new FailingSource(workbook(manyInvoices(3_000), clients()), 2, 2_000);

        assertThatThrownBy(() -> new LedgerReader().read(source)).isSameAs(source.damaged);

        assertThat(source.passes).isEqualTo(2);
        assertThat(invoiceRowsThreadAlive()).isFalse();
    }
}
