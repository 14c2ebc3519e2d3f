package dev.relance.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.relance.job.UndoJob;
import dev.relance.job.UndoOptions;
import dev.relance.job.UndoResult;
import dev.relance.record.RunUndo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code relance undo}: takes the last run back out of the workbook and cancels its letters. */
@Command(name = "undo", mixinStandardHelpOptions = true,
        description = "Undoes the last run: removes its history rows, restores the clients' last "
                + "reminder date and level to what they were before it, and moves its letters "
                + "into a cancelled/ folder.")
final class UndoCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "WORKBOOK", description = "The workbook (.xlsx, .xlsm or .ods).")
    Path workbook;

    @Option(names = "--run", paramLabel = "ID",
            description = "The run to undo, e.g. 2026-12-04; it must be the last one (default: the last one).")
    String runId;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder of the run's letters (default: Relances/<run date> next to the workbook).")
    Path out;

    @Option(names = "--backup", description = "Keep the version the undo replaces as NAME.bak beside it.")
    boolean backup;

    @Option(names = "--dry-run", description = "Print what would be undone and change nothing.")
    boolean dryRun;

    @Option(names = "--debug", description = "Print the stack trace of an error.")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        UndoOptions options = new UndoOptions(workbook, Optional.ofNullable(runId),
                Optional.ofNullable(out), backup, dryRun);

        UndoResult result = new UndoJob().undo(options);

        PrintWriter stdout = spec.commandLine().getOut();
        if (result.nothingDone().isPresent()) {
            stdout.println("Nothing to undo: " + result.nothingDone().get() + ".");
        } else {
            printUndo(stdout, result, result.undo().orElseThrow());
        }
        stdout.flush();
        return 0;
    }

    private void printUndo(PrintWriter out, UndoResult result, RunUndo undo) {
        String verb = dryRun ? "Would undo" : "Undid";
        out.printf("%s run %s of %s in %s:%n", verb, undo.runId(), undo.date(), workbook);
        out.printf("  %d history row(s) %s%n", undo.historyRows(), dryRun ? "to remove" : "removed");
        out.printf("  last reminder and level %s for %s%n", dryRun ? "to restore" : "restored",
                listOrNone(undo.restoredClients()));
        if (!undo.missingClients().isEmpty()) {
            out.printf("  not in the Clients sheet any more, left as they are: %s%n",
                    String.join(", ", undo.missingClients()));
        }
        Path folder = result.lettersFolder().orElseThrow();
        out.printf("  %d file(s) of its letters %s %s%n", result.lettersMoved().size(),
                dryRun ? "to move into" : "moved into", folder.resolve(UndoJob.CANCELLED));
        if (!result.lettersMissing().isEmpty()) {
            out.printf("  letter(s) not found in %s: %s%n", folder,
                    String.join(", ", result.lettersMissing()));
        }
        if (dryRun) {
            out.println("Dry run: nothing was changed.");
        }
    }

    private static String listOrNone(List<String> codes) {
        return codes.isEmpty() ? "no client" : String.join(", ", codes);
    }
}
