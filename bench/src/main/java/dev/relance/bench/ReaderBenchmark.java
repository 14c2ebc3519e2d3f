package dev.relance.bench;

import dev.relance.ledger.Ledger;
import dev.relance.ledger.LedgerReader;
import dev.relance.workbook.Row;
import dev.relance.workbook.RowSink;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.Workbooks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The workbook readers on a generated workbook, in a warm JVM: the cells of every sheet
 * ({@code workbook}), and the ledger the rules read ({@code ledger}), both from a whole read; the
 * rows of every sheet streamed to a sink that only counts them ({@code streamedRows}), and the
 * ledger as {@code relance plan} reads it, streamed ({@code streamedLedger}). One read is one
 * operation.
 * Missing workbooks are generated first into {@code dir}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ReaderBenchmark {

    @Param("bench/target/benchfiles")
    public String dir;

    @Param("100000")
    public int invoices;

    @Param({".xlsx", "-shared.xlsx", ".ods"})
    public String kind;

    private Path file;

    @Setup
    public void findFile() throws IOException {
        file = BenchFiles.require(Path.of(dir), invoices, kind);
    }

    @Benchmark
    public Workbook workbook() {
        return Workbooks.read(file);
    }

    @Benchmark
    public Ledger ledger() {
        return new LedgerReader().read(Workbooks.read(file));
    }

    @Benchmark
    public void streamedRows(Blackhole blackhole) {
        Workbooks.source(file).stream((name, hidden, position) -> Optional.of(new RowSink() {
            @Override
            public void row(Row row) {
                blackhole.consume(row);
            }

            @Override
            public void restart() {
            }
        }));
    }

    @Benchmark
    public Ledger streamedLedger() {
        return new LedgerReader().read(Workbooks.source(file)).ledger();
    }
}
