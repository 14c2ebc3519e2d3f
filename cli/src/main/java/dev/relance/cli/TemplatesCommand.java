package dev.relance.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.relance.job.RunOptions;
import dev.relance.letters.DefaultTemplates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code relance templates}: the letter templates a user can copy out and edit. */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "Works with the letter and e-mail templates.",
        subcommands = {TemplatesCommand.Export.class})
final class TemplatesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code relance templates export DIR}: copies the default templates out for editing. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Copies the default letter and e-mail templates, their stylesheet and fonts "
                    + "into DIR, to edit them. Pass DIR to run and plan with --templates, or name it "
                    + RunOptions.TEMPLATES_FOLDER + " and put it next to the workbook.")
    static final class Export implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "DIR",
                description = "The folder to copy the templates into.")
        Path directory;

        @Option(names = "--force", description = "Replace files already in DIR.")
        boolean force;

        @Option(names = "--debug", description = "Print the stack trace of an error.")
        boolean debug;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<Path> written = DefaultTemplates.export(directory, force);

            spec.commandLine().getOut().printf("Copied %d template files to %s. Edit them, delete the ones "
                    + "you keep as they are, and run with --templates %s (or name the folder %s, next to "
                    + "the workbook).%n", written.size(), directory, directory, RunOptions.TEMPLATES_FOLDER);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
