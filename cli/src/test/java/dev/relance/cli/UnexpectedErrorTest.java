package dev.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A failure that is not our own error still reaches the user as one line, and is flagged as a bug. */
class UnexpectedErrorTest {

    @Test
    void libraryExceptionGivesOneLineAskingForAReport() {
        CliRun run = runFailing();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("relance: unexpected error: java.lang.IllegalStateException: broken"
                + " (run again with --debug for details, and report it)\n");
    }

    @Test
    void debugAddsTheStackTraceToAnUnexpectedError() {
        CliRun run = runFailing("--debug");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("relance: unexpected error: java.lang.IllegalStateException: broken")
                .contains("\tat ");
    }

    private static CliRun runFailing(String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = RelanceCommand.newCommandLine().addSubcommand("fail", new Failing());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] args = new String[options.length + 1];
        args[0] = "fail";
        System.arraycopy(options, 0, args, 1, options.length);

        int exitCode = commandLine.execute(args);

        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** A command that fails as a bug in a library would. */
    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {

        @Option(names = "--debug")
        boolean debug;

        @Override
        public Integer call() {
            throw new IllegalStateException("broken");
        }
    }
}
