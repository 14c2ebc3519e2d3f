package dev.relance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Generates the benchmark workbooks: {@code generate N --out DIR [--seed S]} writes
 * {@code invoices-N.xlsx} (inline strings), {@code invoices-N-shared.xlsx} (shared-strings table)
 * and {@code invoices-N.ods}, all three with the same clients and invoices. Each file is written
 * under a temporary name and renamed, so a reader never sees half a file.
 */
public final class BenchWorkbooks {

    static final long DEFAULT_SEED = 20_261_204L;

    private BenchWorkbooks() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || !args[0].equals("generate") || !args[2].equals("--out")
                || args.length != 4 && !(args.length == 6 && args[4].equals("--seed"))) {
            System.err.println("usage: BenchWorkbooks generate N --out DIR [--seed S]");
            System.exit(2);
        }
        int invoices = Integer.parseInt(args[1].replace("_", ""));
        Path directory = Path.of(args[3]);
        long seed = args.length == 6 ? Long.parseLong(args[5]) : DEFAULT_SEED;
        Files.createDirectories(directory);
        Ledgers ledger = new Ledgers(invoices, seed);
        String base = "invoices-" + invoices;
        write(directory.resolve(base + ".xlsx"), file -> new XlsxBenchWriter(ledger, false).write(file));
        write(directory.resolve(base + "-shared.xlsx"), file -> new XlsxBenchWriter(ledger, true).write(file));
        write(directory.resolve(base + ".ods"), file -> new OdsBenchWriter(ledger).write(file));
    }

    @FunctionalInterface
    private interface FileWriter {
        void write(Path file) throws IOException;
    }

    private static void write(Path target, FileWriter writer) throws IOException {
        long start = System.nanoTime();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        writer.write(partial);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("%s: %,d bytes in %.1f s%n", target, Files.size(target),
                (System.nanoTime() - start) / 1e9);
    }
}
