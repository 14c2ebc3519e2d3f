package dev.relance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.relance.RelanceException;
import dev.relance.job.ReminderJob;
import dev.relance.job.RunOptions;
import dev.relance.job.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code relance demo}: runs Relance on the sample workbook it ships with. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Copies the sample workbook into DIR, runs it and says where the letters are.")
final class DemoCommand implements Callable<Integer> {

    static final String SAMPLE_RESOURCE = "samples/exemple-relances.xlsx";

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "The folder to run the demo in (default: ./relance-demo). Its sample workbook is replaced.")
    Path directory = Path.of("relance-demo");

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "The date reminders are computed for (default: today).")
    LocalDate asOf;

    @Option(names = "--debug", description = "Print the stack trace of an error.")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path workbook = copySample();
        LocalDate date = asOf != null ? asOf : LocalDate.now(Clock.systemDefaultZone());

        RunOptions options = new RunOptions(workbook, date, Optional.empty(), Optional.empty());
        RunResult result = new ReminderJob().run(options);

        PrintWriter out = spec.commandLine().getOut();
        new PlanPrinter(out).print(result.plan());
        PlanPrinter.printProblems(spec.commandLine().getErr(), result.plan());
        out.println();
        out.printf("Sample workbook: %s (run %s recorded in its Relances sheet)%n", workbook, result.runId());
        out.printf("Letters (%d PDF files): %s%n", result.letters().size(), options.resolveLettersDirectory());
        out.printf("With them: %d other files (e-mail drafts, one PDF of all letters to print,"
                + " run-summary.csv)%n", result.otherFiles().size());
        result.warnings().forEach(warning -> out.println("Warning: " + warning));
        out.flush();
        return 0;
    }

    private Path copySample() throws IOException {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new RelanceException(directory + " is a file, not a folder; choose a folder for the demo");
        }
        Files.createDirectories(directory);
        Path workbook = directory.resolve("exemple-relances.xlsx");
        try (InputStream sample = DemoCommand.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (sample == null) {
                throw new IllegalStateException("missing resource " + SAMPLE_RESOURCE);
            }
            Files.copy(sample, workbook, StandardCopyOption.REPLACE_EXISTING);
        }
        return workbook;
    }
}
