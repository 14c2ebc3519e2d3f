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
import dev.relance.UsageException;
import dev.relance.ledger.LevelMode;
import dev.relance.selection.ClientList;
import dev.relance.selection.Filter;
import dev.relance.selection.Selection;
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
            description = "How levels are chosen: auto (one more than the last auto-mode reminder), "
                    + "client (the level in the client's row) or forced (with --level). "
                    + "Default: the Settings sheet, else auto.")
    LevelMode mode;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Folder of letter templates that replace the defaults file by file "
                    + "(default: relance-templates next to the workbook, when it exists).")
    Path templates;

    @Option(names = "--level", paramLabel = "N",
            description = "Write every selected letter at level N (forced mode), from 1 to the maximum "
                    + "level. A forced letter does not move the auto mode's escalation.")
    Integer level;

    @Option(names = "--clients", paramLabel = "CODES",
            description = "Only these client codes and ranges, e.g. C001-C099,C150 (case ignored). "
                    + "Write a range of codes that contain a hyphen with ..: CL-001..CL-099.")
    String clients;

    @Option(names = "--sales-rep", paramLabel = "NAMES",
            description = "Only the clients of these sales reps, separated by commas.")
    String salesReps;

    @Option(names = "--category", paramLabel = "NAMES",
            description = "Only the clients of these categories, separated by commas.")
    String categories;

    @Option(names = "--postcode", paramLabel = "CODES",
            description = "Only the clients with these postal codes or ranges, e.g. 75000-75999,92100.")
    String postcodes;

    @Option(names = "--departement", paramLabel = "CODES",
            description = "Only the clients in these French départements, e.g. 69,2A,974.")
    String departements;

    @Option(names = "--currency", paramLabel = "CODES",
            description = "Only the letters in these currencies, e.g. USD,GBP.")
    String currencies;

    @Option(names = "--min-days", paramLabel = "N",
            description = "Only claim invoices at least N days overdue; a client without one gets no letter.")
    String minDays;

    @Option(names = "--clients-file", paramLabel = "FILE",
            description = "Only the clients listed in FILE: one code per line, # starts a comment.")
    Path clientsFile;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "Start from the filters saved in the Settings sheet as \"Filtre NAME\" or "
                    + "\"Filter NAME\"; the filter options given here replace the preset's.")
    String preset;

    @Option(names = "--not-yet-due", negatable = true,
            description = "List each client's invoices not yet due in the letter, for information; "
                    + "they are never in the total. Default: the Settings sheet, else no.")
    Boolean notYetDue;

    @Option(names = "--debug", description = "Print the stack trace of an error.")
    boolean debug;

    /**
     * Returns the options for the core, with today as the as-of date when none was given.
     *
     * @throws UsageException when a filter's value cannot be read
     */
    RunOptions toRunOptions(Clock clock, Optional<Path> lettersDirectory) {
        return toRunOptions(clock, lettersDirectory, OutputFormat.defaults(), false);
    }

    /**
     * Returns the options for the core, with today as the as-of date when none was given.
     *
     * @throws UsageException    when a filter's value cannot be read
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
                selection(), Optional.ofNullable(preset), Optional.ofNullable(level),
                Optional.ofNullable(notYetDue), Optional.ofNullable(templates), formats, duplex);
    }

    private Selection selection() {
        Selection selection = Selection.ALL;
        selection = with(selection, Filter.CLIENTS, clients);
        selection = with(selection, Filter.SALES_REP, salesReps);
        selection = with(selection, Filter.CATEGORY, categories);
        selection = with(selection, Filter.POSTCODE, postcodes);
        selection = with(selection, Filter.DEPARTEMENT, departements);
        selection = with(selection, Filter.CURRENCY, currencies);
        selection = with(selection, Filter.MIN_DAYS, minDays);
        return clientsFile == null ? selection : selection.withClientList(ClientList.read(clientsFile));
    }

    /** Sets a filter given on the command line; a value given blank is a mistake, not "all". */
    private static Selection with(Selection selection, Filter filter, String value) {
        if (value == null) {
            return selection;
        }
        if (value.isBlank()) {
            throw new UsageException(filter.option(), "the value is blank; leave out the option to "
                    + "select every client");
        }
        return selection.with(filter, value);
    }
}
