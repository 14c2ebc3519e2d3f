package dev.relance.extension.uno;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.sun.star.beans.NamedValue;
import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.lang.XComponent;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.task.XJob;
import com.sun.star.util.XCloseable;

import dev.relance.extension.OfficeProcess;
import dev.relance.job.Progress;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookFormat;

/**
 * Times reading a workbook open in a real LibreOffice through UNO, for docs/benchmarks.md; not a
 * test. It starts a headless soffice on 127.0.0.1 with a throwaway profile, loads the file, then
 * reads it with {@link UnoWorkbookReader} over the socket connection, several times per block
 * size. With {@code -Drelance.oxt=relance.oxt} it also installs the extension and runs its
 * "Preview plan…" inside the office, whose log line gives the read time without the socket.
 *
 * <p>Arguments: the workbook, then block sizes in rows (default 1000 10000 50000). System
 * property {@code repeats} (default 3).
 */
public final class UnoReadBenchmark {

    private UnoReadBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        Path workbook = Path.of(arguments[0]).toAbsolutePath();
        List<Integer> blocks = arguments.length > 1
                ? Arrays.stream(arguments, 1, arguments.length).map(Integer::valueOf).toList()
                : List.of(1_000, 10_000, 50_000);
        int repeats = Integer.getInteger("repeats", 3);
        Path folder = Files.createTempDirectory("relance-uno-bench");
        try (OfficeProcess office = OfficeProcess.start(folder.resolve("profile"), List.of())) {
            long start = System.nanoTime();
            XComponent document = load(office, workbook);
            System.out.printf(Locale.ROOT, "load %s in soffice: %.2f s%n", workbook.getFileName(), since(start));
            try {
                for (int block : blocks) {
                    timeReads(document, block, repeats);
                }
                String oxt = System.getProperty("relance.oxt");
                if (oxt != null) {
                    timeInsideOffice(office, document, Path.of(oxt), folder, repeats);
                }
            } finally {
                Uno.query(XCloseable.class, document).close(true);
            }
        }
    }

    private static void timeReads(XComponent document, int block, int repeats) {
        CalcDocument calc = CalcDocument.of(document).orElseThrow();
        XSpreadsheetDocument spreadsheet = Uno.query(XSpreadsheetDocument.class, document);
        List<Double> times = new ArrayList<>();
        long rows = 0;
        for (int run = 0; run < repeats; run++) {
            long start = System.nanoTime();
            Workbook read = new UnoWorkbookReader(spreadsheet, calc.nullDate(), block, Progress.NONE)
                    .read(WorkbookFormat.ODS);
            times.add(since(start));
            rows = read.sheets().stream().mapToLong(sheet -> sheet.rows().size()).sum();
        }
        double median = median(times);
        System.out.printf(Locale.ROOT, "socket, block %,d rows: %,d rows, runs %s s, median %.2f s, %,.0f rows/s%n",
                block, rows, format(times), median, rows / median);
    }

    /** Runs "Preview plan…" in the office's own JVM and prints the extension's logged read times. */
    private static void timeInsideOffice(OfficeProcess office, XComponent document, Path oxt, Path folder,
            int repeats) throws Exception {
        office.install(oxt);
        Object job = Uno.create(office.context(), "dev.relance.extension.RelanceJob");
        NamedValue model = new NamedValue("Model", document);
        NamedValue[] arguments = {new NamedValue("Environment", new NamedValue[] {model}),
            new NamedValue("Command", "preview")};
        for (int run = 0; run < repeats; run++) {
            long start = System.nanoTime();
            Uno.query(XJob.class, job).execute(arguments);
            System.out.printf(Locale.ROOT, "in office, preview (read and plan): %.2f s%n", since(start));
        }
        Path log = folder.resolve("profile").resolve("user").resolve("relance").resolve("relance.log");
        Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(": read ") || line.contains(": planned "))
                .forEach(line -> System.out.println("  log: " + line));
    }

    private static XComponent load(OfficeProcess office, Path workbook) throws Exception {
        PropertyValue hidden = new PropertyValue();
        hidden.Name = "Hidden";
        hidden.Value = Boolean.TRUE;
        return Uno.query(XComponentLoader.class, office.desktop())
                .loadComponentFromURL(workbook.toUri().toString(), "_blank", 0, new PropertyValue[] {hidden});
    }

    private static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(List<Double> times) {
        List<Double> sorted = times.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String format(List<Double> times) {
        return String.join(", ", times.stream().map(time -> String.format(Locale.ROOT, "%.2f", time)).toList());
    }
}
