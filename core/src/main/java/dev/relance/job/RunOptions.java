package dev.relance.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import dev.relance.ledger.LevelMode;
import dev.relance.selection.Selection;

/**
 * What the user chose for one plan or run. Options left empty fall back to the workbook's
 * Settings sheet, then to the contract's defaults.
 *
 * @param workbook  the workbook file
 * @param asOf      the as-of date (front ends pass today when the user gave none)
 * @param mode      the level mode, overriding the Settings sheet
 * @param lettersDirectory where letters go; empty means {@code Relances/<as-of>} next to the workbook
 * @param selection the filters given by the user, over the preset's when one is named
 * @param preset    the name of a filter preset of the Settings sheet
 * @param level     the forced level of every letter (forced mode), from 1 to the maximum level
 * @param listNotYetDue whether letters list the invoices not yet due, overriding the Settings
 *                  sheet
 * @param templates the user's template folder; empty means {@code relance-templates} next to the
 *                  workbook when that folder exists, else the defaults alone
 * @param formats   the files written per letter
 * @param duplex    true to start every letter of the combined PDF on an odd page
 */
public record RunOptions(Path workbook, LocalDate asOf, Optional<LevelMode> mode,
        Optional<Path> lettersDirectory, Selection selection, Optional<String> preset,
        Optional<Integer> level, Optional<Boolean> listNotYetDue, Optional<Path> templates,
        Set<OutputFormat> formats, boolean duplex) {

    /** The folder next to the workbook whose templates replace the defaults, when it exists. */
    public static final String TEMPLATES_FOLDER = "relance-templates";

    public RunOptions {
        formats = Set.copyOf(formats);
    }

    /**
     * Options for every client, levels chosen by the mode, with the default templates lookup, PDF
     * and e-mail drafts, and no duplex.
     */
    public RunOptions(Path workbook, LocalDate asOf, Optional<LevelMode> mode,
            Optional<Path> lettersDirectory) {
        this(workbook, asOf, mode, lettersDirectory, Selection.ALL, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** Options with the default templates lookup, PDF and e-mail drafts, and no duplex. */
    public RunOptions(Path workbook, LocalDate asOf, Optional<LevelMode> mode,
            Optional<Path> lettersDirectory, Selection selection, Optional<String> preset,
            Optional<Integer> level, Optional<Boolean> listNotYetDue) {
        this(workbook, asOf, mode, lettersDirectory, selection, preset, level, listNotYetDue,
                Optional.empty(), OutputFormat.defaults(), false);
    }

    /** Options for every client, levels chosen by the mode. */
    public RunOptions(Path workbook, LocalDate asOf, Optional<LevelMode> mode,
            Optional<Path> lettersDirectory, Optional<Path> templates, Set<OutputFormat> formats,
            boolean duplex) {
        this(workbook, asOf, mode, lettersDirectory, Selection.ALL, Optional.empty(),
                Optional.empty(), Optional.empty(), templates, formats, duplex);
    }

    /**
     * Returns the user's template folder of this run: the one given, else {@code
     * relance-templates} next to the workbook when it exists.
     */
    public Optional<Path> resolveTemplates() {
        if (templates.isPresent()) {
            return templates;
        }
        Path besideWorkbook = workbook.toAbsolutePath().getParent().resolve(TEMPLATES_FOLDER);
        return Files.isDirectory(besideWorkbook) ? Optional.of(besideWorkbook) : Optional.empty();
    }

    /** Returns the folder the letters of this run are written to. */
    public Path resolveLettersDirectory() {
        return lettersDirectory.orElseGet(() -> workbook.toAbsolutePath().getParent()
                .resolve("Relances").resolve(asOf.toString()));
    }
}
