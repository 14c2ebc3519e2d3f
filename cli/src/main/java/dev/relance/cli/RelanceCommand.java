package dev.relance.cli;

import java.io.PrintWriter;
import java.util.List;

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
        description = "Plans and writes payment reminders from a workbook of clients and invoices.")
public final class RelanceCommand implements Runnable {

    /**
     * The subcommands in the order the usage lists them. They are added in code rather than in
     * the annotation so that a call naming one builds only that one: picocli reads every option
     * of every subcommand through reflection, which took a fifth of a 10,000-invoice plan.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(PlanCommand.class, RunCommand.class,
            UndoCommand.class, SendCommand.class, InitCommand.class, DemoCommand.class, TemplatesCommand.class,
            CommandLine.HelpCommand.class);

    /** Exit code when the workbook could not be processed. */
    static final int EXIT_FAILED = 1;

    /** Exit code of wrong usage, picocli's for the errors it finds itself. */
    static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(newCommandLine(args).execute(args));
    }

    /** Returns the command line with every subcommand and the error handling every front end test relies on. */
    public static CommandLine newCommandLine() {
        return newCommandLine(new String[0]);
    }

    /**
     * Returns the command line for these arguments: when the first one names a subcommand other
     * than {@code help}, only that subcommand is built, since nothing else can run; otherwise all
     * of them, for the usage and for {@code help}.
     */
    static CommandLine newCommandLine(String[] args) {
        CommandLine commandLine = new CommandLine(new RelanceCommand());
        Class<?> named = args.length == 0 ? null : subcommandNamed(args[0]);
        for (Class<?> subcommand : named == null ? SUBCOMMANDS : List.<Class<?>>of(named)) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(RelanceCommand::handleExecutionException);
        return commandLine;
    }

    private static Class<?> subcommandNamed(String name) {
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (subcommand != CommandLine.HelpCommand.class
                    && subcommand.getAnnotation(Command.class).name().equals(name)) {
                return subcommand;
            }
        }
        return null;
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
