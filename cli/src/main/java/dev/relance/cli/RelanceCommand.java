package dev.relance.cli;

import java.io.PrintWriter;

import dev.relance.RelanceException;
import dev.relance.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/**
 * The {@code relance} command: payment reminders from a workbook of clients and invoices.
 *
 * <pre>
 * relance plan factures.xlsx --as-of 2026-12-04 --json
 * relance run factures.xlsx
 * </pre>
 */
@Command(name = "relance", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Plans and writes payment reminders from a workbook of clients and invoices.",
        subcommands = {PlanCommand.class, RunCommand.class, UndoCommand.class, SendCommand.class, InitCommand.class,
            DemoCommand.class, TemplatesCommand.class, CommandLine.HelpCommand.class})
public final class RelanceCommand implements Runnable {

    /** Exit code when the workbook could not be processed. */
    static final int EXIT_FAILED = 1;

    /** Exit code of wrong usage, picocli's for the errors it finds itself. */
    static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** Returns the command line with the error handling every front end test relies on. */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new RelanceCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(RelanceCommand::handleExecutionException);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handleExecutionException(Exception exception, CommandLine commandLine,
            ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        // --debug belongs to the innermost command, such as "templates export".
        boolean debug = false;
        ParseResult innermost = parseResult;
        for (ParseResult command = parseResult.subcommand(); command != null; command = command.subcommand()) {
            debug |= command.hasMatchedOption("--debug");
            innermost = command;
        }
        if (exception instanceof UsageException usage) {
            err.println("relance: " + usage.userMessage());
            err.println("Try '" + innermost.commandSpec().qualifiedName() + " --help' for the options.");
            err.flush();
            return EXIT_USAGE;
        }
        if (exception instanceof RelanceException relance) {
            err.println("relance: " + relance.userMessage());
            if (innermost.hasMatchedOption("--json")) {
                // Standard output holds one JSON document even when the run fails.
                commandLine.getOut().println(ErrorJson.toJson(relance));
                commandLine.getOut().flush();
            }
        } else {
            err.println("relance: unexpected error: " + exception
                    + " (run again with --debug for details, and report it)");
        }
        if (debug) {
            exception.printStackTrace(err);
        }
        err.flush();
        return EXIT_FAILED;
    }
}
