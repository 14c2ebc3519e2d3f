package dev.relance.bench;

import dev.relance.ledger.Ledger;
import dev.relance.ledger.LedgerReader;
import dev.relance.plan.Plan;
import dev.relance.policy.Planner;
import dev.relance.workbook.Workbooks;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
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

/**
 * The reminder rules alone: the ledger of a generated workbook is read once in the setup, then
 * each operation plans every client's letters as of one date.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class PlannerBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 4);

    @Param("bench/target/benchfiles")
    public String dir;

    @Param("10000")
    public int invoices;

    private final Planner planner = new Planner();
    private Ledger ledger;

    @Setup
    public void readLedger() throws IOException {
        Path file = BenchFiles.require(Path.of(dir), invoices, ".xlsx");
        ledger = new LedgerReader().read(Workbooks.read(file));
    }

    @Benchmark
    public Plan plan() {
        return planner.plan(ledger, AS_OF);
    }
}
