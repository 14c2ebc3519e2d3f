package dev.relance.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.relance.job.OutputFormat;
import dev.relance.job.PlannedRun;
import dev.relance.job.ReminderJob;
import dev.relance.job.RunOptions;
import dev.relance.job.RunResult;
import dev.relance.job.SaveOptions;
import dev.relance.plan.Plan;
import dev.relance.plan.PlanJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code relance run}: plans, writes the letters and records the run in the workbook. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Writes the planned letters as PDF files and records the run in the workbook "
                + "(history rows, the clients' last reminder date and level).")
final class RunCommand implements Callable<Integer> {

    @Mixin
    PlanOptions options;

    @Mixin
    ProgressOptions progress;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for the letters (default: Relances/<as-of date> next to the workbook).")
    Path out;

    @Option(names = "--dry-run",
            description = "Print the plan and write nothing: no letters, no change to the workbook.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the plan as one JSON document.")
    boolean json;

    @Option(names = "--in-place",
            description = "Record the run in the workbook itself (the default).")
    boolean inPlace;

    @Option(names = "--output", paramLabel = "COPY",
            description = "Record the run in a copy of the workbook (same extension) and leave the "
                    + "workbook itself unchanged.")
    Path output;

    @Option(names = "--backup",
            description = "Keep the version the save replaces as NAME.bak beside it.")
    boolean backup;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "Files to write per letter, comma-separated: pdf (and one PDF of all "
                    + "letters), eml (e-mail drafts for clients with an e-mail address), html "
                    + "(previews). Default: pdf,eml.")
    List<OutputFormat> formats = List.of(OutputFormat.PDF, OutputFormat.EML);

    @Option(names = "--duplex",
            description = "Start every letter of the combined PDF on an odd page, for printing on "
                    + "both sides.")
    boolean duplex;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (out != null && out.toString().isBlank()) {
            throw new ParameterException(spec.commandLine(), "--out needs a folder name");
        }
        RunOptions runOptions = options.toRunOptions(Clock.systemDefaultZone(), Optional.ofNullable(out),
                EnumSet.copyOf(formats), duplex);
        PrintWriter stdout = spec.commandLine().getOut();
        SaveOptions save = saveOptions();
        ReminderJob job = new ReminderJob().reportingTo(progress.progress());
        if (dryRun) {
            PlannedRun planned = job.plan(runOptions);
            printPlan(planned.plan());
            stdout.println("Dry run: nothing was written.");
            stdout.flush();
            progress.printTimings(spec.commandLine().getErr());
            return 0;
        }

        RunResult result = job.run(runOptions, save);

        printPlan(result.plan());
        // With --json, standard output holds the JSON document alone.
        PrintWriter summary = json ? spec.commandLine().getErr() : stdout;
        printSummary(summary, result, runOptions, save.target(runOptions.workbook()));
        summary.flush();
        stdout.flush();
        progress.printTimings(spec.commandLine().getErr());
        return 0;
    }

    private void printPlan(Plan plan) {
        if (json) {
            spec.commandLine().getOut().println(PlanJson.toJson(plan));
        } else {
            new PlanPrinter(spec.commandLine().getOut()).print(plan);
            PlanPrinter.printProblems(spec.commandLine().getErr(), plan);
        }
    }

    private SaveOptions saveOptions() {
        if (inPlace && output != null) {
            throw new ParameterException(spec.commandLine(),
                    "--in-place and --output exclude each other: choose where to record the run");
        }
        return new SaveOptions(Optional.ofNullable(output), backup);
    }

    private static void printSummary(PrintWriter out, RunResult result, RunOptions runOptions,
            Path recordedIn) {
        out.println();
        if (result.letters().isEmpty()) {
            // The plan above already says there is no letter to write.
            out.println(recordedIn.equals(runOptions.workbook())
                    ? "The workbook was not changed."
                    : recordedIn + " is an unchanged copy of the workbook.");
            return;
        }
        out.printf("Wrote %d letter(s) to %s%n", result.plan().letters().size(),
                runOptions.resolveLettersDirectory());
        printFiles(out, result);
        runOptions.resolveTemplates().ifPresent(folder -> out.printf("Templates from %s%n", folder));
        out.printf("Recorded run %s in %s (%d history row(s)).%n", result.runId(),
                recordedIn, result.historyRows());
        for (String warning : result.warnings()) {
            out.println("Warning: " + warning);
        }
    }

    /** Prints how many files of each kind the letters folder received. */
    private static void printFiles(PrintWriter out, RunResult result) {
        Map<String, Long> byKind = result.otherFiles().stream()
                .map(file -> file.getFileName().toString())
                .collect(Collectors.groupingBy(RunCommand::kind, TreeMap::new, Collectors.counting()));
        out.printf("  %d PDF letter(s)", result.letters().size());
        byKind.forEach((kind, count) -> out.printf(", %d %s", count, kind));
        out.println();
    }

    private static String kind(String fileName) {
        if (fileName.endsWith("_all-letters.pdf")) {
            return "combined PDF";
        }
        if (fileName.endsWith(".csv")) {
            return "run summary";
        }
        return fileName.endsWith(".eml") ? "e-mail draft(s)" : "HTML preview(s)";
    }
}
