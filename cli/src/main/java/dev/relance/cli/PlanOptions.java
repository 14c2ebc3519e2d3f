package dev.relance.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import dev.relance.RelanceException;
import dev.relance.job.OutputFormat;
import dev.relance.job.RunOptions;
import dev.relance.ledger.LevelMode;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options shared by {@code plan} and {@code run}. */
final class PlanOptions {

    @Parameters(index = "0", paramLabel = "WORKBOOK", description = "The workbook (.xlsx, .xlsm or .ods).")
    Path workbook;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "The date reminders are computed for, e.g. 2026-12-04 or 04/12/2026 (default: today).")
    LocalDate asOf;

    @Option(names = "--mode", paramLabel = "MODE",
            description = "How levels are chosen: auto (one more than the last reminder) or client "
                    + "(the level in the client's row). Default: the Settings sheet, else auto.")
    LevelMode mode;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Folder of letter templates that replace the defaults file by file "
                    + "(default: relance-templates next to the workbook, when it exists).")
    Path templates;

    @Option(names = "--debug", description = "Print the stack trace of an error.")
    boolean debug;

    /** Returns the options for the core, with today as the as-of date when none was given. */
    RunOptions toRunOptions(Clock clock, Optional<Path> lettersDirectory) {
        return toRunOptions(clock, lettersDirectory, OutputFormat.defaults(), false);
    }

    /**
     * Returns the options for the core, with today as the as-of date when none was given.
     *
     * @throws RelanceException when the template folder given is not a folder
     */
    RunOptions toRunOptions(Clock clock, Optional<Path> lettersDirectory,
            Set<OutputFormat> formats, boolean duplex) {
        if (templates != null && !Files.isDirectory(templates)) {
            throw new RelanceException("--templates " + templates + " is not a folder; create one"
                    + " with: relance templates export " + templates);
        }
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        return new RunOptions(workbook, date, Optional.ofNullable(mode), lettersDirectory,
                Optional.ofNullable(templates), formats, duplex);
    }
}
