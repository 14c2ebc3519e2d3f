package dev.relance.bench;

import dev.relance.workbook.AmountParser;
import dev.relance.workbook.DateParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The text value parsers on the shapes workbooks hold, one text per benchmark so that a slow
 * shape shows by name. A date or amount cell typed as text goes through these once per cell.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParserBenchmark {

    private final DateParser dates = new DateParser(DateParser.SlashOrder.DAY_FIRST);
    private final AmountParser amounts = new AmountParser(AmountParser.DecimalMark.COMMA);

    public String isoDate = "2026-03-04";
    public String slashDate = "04/03/2026";
    public String dotDate = "4.3.2026";
    public String frenchDate = "4 mars 2026";
    public String englishDate = "March 4, 2026";
    public String plainAmount = "1234.56";
    public String frenchAmount = "1 234,56 €";
    public String englishAmount = "1,234.56 EUR";
    public String negativeAmount = "-125,00";

    @Benchmark
    public LocalDate dateIso() {
        return dates.parse(isoDate);
    }

    @Benchmark
    public LocalDate dateSlash() {
        return dates.parse(slashDate);
    }

    @Benchmark
    public LocalDate dateDot() {
        return dates.parse(dotDate);
    }

    @Benchmark
    public LocalDate dateFrenchMonth() {
        return dates.parse(frenchDate);
    }

    @Benchmark
    public LocalDate dateEnglishMonth() {
        return dates.parse(englishDate);
    }

    @Benchmark
    public BigDecimal amountPlain() {
        return amounts.parse(plainAmount);
    }

    @Benchmark
    public BigDecimal amountFrench() {
        return amounts.parse(frenchAmount);
    }

    @Benchmark
    public BigDecimal amountEnglish() {
        return amounts.parse(englishAmount);
    }

    @Benchmark
    public BigDecimal amountNegative() {
        return amounts.parse(negativeAmount);
    }
}
