package dev.relance.job;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import dev.relance.RelanceException;
import dev.relance.ledger.Ledger;
import dev.relance.ledger.LedgerReader;
import dev.relance.record.RunUndo;
import dev.relance.record.RunUndoer;
import dev.relance.send.SendJob;
import dev.relance.workbook.Workbooks;

/**
 * Undoes the last run recorded in a workbook: removes its history rows, gives its clients back
 * their last level and date from before it, and moves its letters into a {@code cancelled}
 * folder beside them. The front ends call this; they only parse options and print.
 *
 * <p>Undoing twice does nothing the second time: an undo leaves a marker beside the workbook
 * (see {@link UndoMarker}), and while the workbook is unchanged since, another undo without
 * {@code --run} reports the run already undone instead of undoing the one before.
 */
public final class UndoJob {

    /** The folder, inside the letters folder, that receives the letters of an undone run. */
    public static final String CANCELLED = "cancelled";

    /**
     * Undoes the chosen run, or reports why nothing was done.
     *
     * @throws RelanceException when the workbook cannot be read or written, is open in another
     *                          program, the run is unknown or not the last one, or its rows do not
     *                          record the clients' previous values
     */
    public UndoResult undo(UndoOptions options) {
        Path workbook = options.workbook();
        WorkbookLock.requireNotOpen(workbook);
        try (RunLock lock = RunLock.acquire(workbook, RunLock.DEFAULT_WAIT)) {
            Ledger ledger = readLedger(workbook);
            RunUndoer undoer = new RunUndoer();
            Optional<UndoMarker> marker = UndoMarker.read(workbook);
            Optional<String> lastRun = undoer.findLastRun(ledger);
            Optional<String> nothingDone = whyNothingToDo(options, ledger, marker, lastRun);
            if (nothingDone.isPresent()) {
                return UndoResult.nothing(nothingDone.get());
            }

            String runId = options.runId().flatMap(typed -> undoer.findRun(ledger, typed))
                    .orElseGet(lastRun::orElseThrow);
            RunUndo undo = undoWithFile(() -> undoer.undo(ledger, runId), workbook);
            Path letters = options.resolveLettersDirectory(undo.date());
            requireNotSent(undo, letters);
            Letters files = findLetters(letters, undo.letters(), runFileNames(undo));
            if (options.dryRun()) {
                return result(undo, letters, files);
            }
            ReminderJob.saveWorkbook(workbook, undo.edit(), workbook, options.backup());
            UndoMarker.write(workbook, undo.runId());
            return result(undo, letters, cancel(letters, files));
        }
    }

    private static Ledger readLedger(Path workbook) {
        try {
            // streamed as a run reads it: a workbook that a run could read, its undo can read too
            return new LedgerReader().read(Workbooks.source(workbook)).ledger();
        } catch (RelanceException e) {
            throw e.inFile(workbook);
        }
    }

    /**
     * Returns why there is nothing to undo: an empty history, or a repeated undo. A run requested
     * by id that is not in the history is an error, unless the marker records it as undone.
     */
    private static Optional<String> whyNothingToDo(UndoOptions options, Ledger ledger,
            Optional<UndoMarker> marker, Optional<String> lastRun) {
        Optional<String> undone = marker.map(UndoMarker::runId);
        if (options.runId().isPresent()) {
            String typed = options.runId().get();
            if (new RunUndoer().findRun(ledger, typed).isPresent()) {
                return Optional.empty();
            }
            if (undone.filter(typed.strip()::equalsIgnoreCase).isPresent()) {
                return Optional.of("run " + undone.get() + " was already undone; nothing to do");
            }
            throw new RelanceException("no run " + typed + " in the history; "
                    + lastRun.map(last -> "the last run is " + last).orElse("it is empty"),
                    options.workbook(), null, null, null, null);
        }
        if (marker.filter(found -> found.matches(options.workbook())).isPresent()) {
            return Optional.of("run " + undone.get() + " was already undone; "
                    + lastRun.map(last -> "to undo run " + last + " too, pass --run " + last)
                            .orElse("the history has no other run"));
        }
        if (lastRun.isEmpty()) {
            return Optional.of("the history has no run; nothing to undo");
        }
        return Optional.empty();
    }

    /**
     * Refuses to undo a run whose e-mails the results file of its letters folder records as sent
     * but the history does not yet, because the workbook could not be written after the send.
     */
    private static void requireNotSent(RunUndo undo, Path letters) {
        Set<String> drafts = SendJob.sentDrafts(letters);
        List<String> sent = undo.letters().stream()
                .map(letter -> stemOf(letter) + ".eml").filter(drafts::contains).toList();
        if (!sent.isEmpty()) {
            throw new RelanceException("run " + undo.runId() + " cannot be undone: "
                    + letters.resolve(SendJob.RESULTS_FILE) + " records the e-mails of "
                    + String.join(", ", sent) + " as sent, so the clients have them; to undo it"
                    + " anyway, remove their rows from that file");
        }
    }

    private static RunUndo undoWithFile(Supplier<RunUndo> undo, Path workbook) {
        try {
            return undo.get();
        } catch (RelanceException e) {
            throw e.inFile(workbook);
        }
    }

    /**
     * Returns the names of the files a run writes once for all its letters: the combined PDF and
     * the run summary. Each run in a folder overwrites them, so those found belong to the last run,
     * the only one an undo takes back.
     */
    private static List<String> runFileNames(RunUndo undo) {
        return List.of(undo.date() + LetterOutputs.COMBINED_PDF_SUFFIX, RunSummary.FILE_NAME);
    }

    /**
     * Returns the letter files of the run in the folder, each letter with its other formats, then
     * the run's own files that exist. A missing run file is not reported, because a run writes
     * the combined PDF only with the pdf format.
     */
    private static Letters findLetters(Path folder, List<String> names, List<String> runFiles) {
        List<Path> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            List<Path> files = filesNamed(folder, name);
            if (files.isEmpty()) {
                missing.add(name);
            }
            found.addAll(files);
        }
        for (String name : runFiles) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                found.add(file);
            }
        }
        return new Letters(found, missing);
    }

    private record Letters(List<Path> found, List<String> missing) {
    }

    /**
     * Returns the file of that name and the files that differ from it only by extension, such
     * as the e-mail saved beside a PDF letter.
     */
    private static List<Path> filesNamed(Path folder, String name) {
        if (!Files.isDirectory(folder) || name.contains("/") || name.contains("\\")) {
            return List.of();
        }
        String stem = stemOf(name);
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String entryName = entry.getFileName().toString();
                if (Files.isRegularFile(entry)
                        && (entryName.equals(name) || stemOf(entryName).equals(stem))) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            throw new RelanceException("cannot list the letters folder " + folder + ": "
                    + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }

    private static String stemOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Moves the letters into the cancelled folder, under a new name when one is taken there. */
    private static Letters cancel(Path folder, Letters letters) {
        List<Path> moved = new ArrayList<>();
        Path cancelled = folder.resolve(CANCELLED);
        for (Path letter : letters.found()) {
            try {
                Files.createDirectories(cancelled);
                moved.add(Files.move(letter, freeName(cancelled, letter.getFileName().toString())));
            } catch (IOException e) {
                throw new RelanceException("the workbook was restored, but letter " + letter
                        + " could not be moved to " + cancelled + ": " + e.getMessage()
                        + "; move it by hand", e);
            }
        }
        return new Letters(moved, letters.missing());
    }

    /** Returns {@code NAME}, else {@code STEM-2.EXT}, {@code STEM-3.EXT}... free in the folder. */
    private static Path freeName(Path folder, String name) {
        Path target = folder.resolve(name);
        String stem = stemOf(name);
        String extension = name.substring(stem.length());
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(stem + "-" + n + extension);
        }
        return target;
    }

    private static UndoResult result(RunUndo undo, Path folder, Letters letters) {
        return new UndoResult(Optional.of(undo), Optional.empty(), letters.found(),
                letters.missing(), Optional.of(folder));
    }
}
