package dev.relance.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.relance.RelanceException;
import dev.relance.ledger.Ledger;
import dev.relance.ledger.LedgerReader;
import dev.relance.ledger.StreamedLedger;
import dev.relance.letters.LetterRenderer;
import dev.relance.plan.Plan;
import dev.relance.policy.Planner;
import dev.relance.record.RunRecord;
import dev.relance.record.RunRecorder;
import dev.relance.selection.Selection;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.Workbooks;

/**
 * One plan or run on a workbook file, from reading it to recording the run in it. The front ends
 * call this; they only parse options and print.
 */
public final class ReminderJob {

    private final DefaultRenderer renderer;
    private final Progress progress;

    /**
     * Returns a job whose letters use the default templates, prepared on the first letter: a
     * plan never loads the template engine, the PDF library or their fonts.
     */
    public ReminderJob() {
        this(new DefaultRenderer(Optional.empty()), Progress.NONE);
    }

    public ReminderJob(LetterRenderer renderer) {
        this(new DefaultRenderer(Optional.of(renderer)), Progress.NONE);
    }

    private ReminderJob(DefaultRenderer renderer, Progress progress) {
        this.renderer = renderer;
        this.progress = progress;
    }

    /** The renderer of the default templates, made once, when a letter first needs it. */
    private static final class DefaultRenderer {

        private LetterRenderer renderer;

        DefaultRenderer(Optional<LetterRenderer> given) {
            this.renderer = given.orElse(null);
        }

        synchronized LetterRenderer get() {
            if (renderer == null) {
                renderer = new LetterRenderer();
            }
            return renderer;
        }
    }

    /** Returns the same job reporting its progress to {@code progress}. */
    public ReminderJob reportingTo(Progress progress) {
        return new ReminderJob(renderer, progress);
    }

    /**
     * Reads the workbook and plans the letters, writing nothing.
     *
     * @throws RelanceException when the workbook cannot be read or planned, naming the file
     */
    public PlannedRun plan(RunOptions options) {
        return plan(read(options.workbook()).ledger(), options);
    }

    /**
     * Reads the ledger, streaming the Invoices sheet, and keeps the small sheets a run records
     * in.
     */
    private StreamedLedger read(Path workbook) {
        progress.started(Progress.Stage.READING, 0);
        try {
            return new LedgerReader().read(Workbooks.source(workbook));
        } catch (RelanceException e) {
            throw e.inFile(workbook);
        } finally {
            progress.finished(Progress.Stage.READING);
        }
    }

    /**
     * Plans the letters of a workbook already read, such as a document open in Calc, writing
     * nothing. Errors name {@link RunOptions#workbook()} as their file.
     *
     * @throws RelanceException when the workbook cannot be planned
     */
    public PlannedRun plan(Workbook workbook, RunOptions options) {
        try {
            return plan(new LedgerReader().read(workbook), options);
        } catch (RelanceException e) {
            throw e.inFile(options.workbook());
        }
    }

    private PlannedRun plan(Ledger ledger, RunOptions options) {
        progress.started(Progress.Stage.PLANNING, 0);
        try {
            Ledger overridden = ledger.withSettings(RunChoices.settings(ledger.settings(), options));
            Selection selection = RunChoices.selection(overridden.settings(), options);
            Optional<Integer> level = RunChoices.forcedLevel(overridden.settings(), options);
            Plan plan = new Planner().plan(overridden, options.asOf(), selection, level);
            return new PlannedRun(overridden, plan);
        } catch (RelanceException e) {
            throw e.inFile(options.workbook());
        } finally {
            progress.finished(Progress.Stage.PLANNING);
        }
    }

    /**
     * Plans, writes the letters, then records the run in the workbook. The workbook is written
     * to a temporary file next to it and moved over it only once complete.
     *
     * @throws RelanceException when the workbook cannot be read, planned or written, or is open
     *                          in another program
     */
    public RunResult run(RunOptions options) {
        return run(options, SaveOptions.IN_PLACE);
    }

    /**
     * Plans, writes the letters, then records the run in the workbook, or in a copy of it. Only
     * one run at a time works on a workbook: a second one waits a few seconds, then gives up.
     *
     * @throws RelanceException when the workbook cannot be read, planned or written, is open in
     *                          another program, or another run has locked it
     */
    public RunResult run(RunOptions options, SaveOptions save) {
        Path workbook = options.workbook();
        Path target = save.target(workbook);
        WorkbookLock.requireNotOpen(workbook);
        if (!target.equals(workbook) && Files.exists(target)) {
            WorkbookLock.requireNotOpen(target);
        }
        try (RunLock lock = RunLock.acquire(workbook, RunLock.DEFAULT_WAIT)) {
            StreamedLedger read = read(workbook);
            // Checked before any letter is written, so that a run either writes and records its
            // letters or leaves no letter behind.
            AtomicSave.requireWritable(target);
            // The file is saved even for an empty edit, so that a copy asked for always exists.
            return carryOut(plan(read.ledger(), options), read.keptSheets(), options,
                    edit -> saveWorkbook(workbook, edit, target, save.backup()));
        }
    }

    /**
     * Writes the edit into the target. An empty edit leaves the workbook alone, but a copy asked
     * for is still made, so that it always exists after a run.
     */
    static void saveWorkbook(Path workbook, WorkbookEdit edit, Path target, boolean backup) {
        if (edit.isEmpty() && target.equals(workbook)) {
            return;
        }
        AtomicSave.save(target, temporary -> {
            if (edit.isEmpty()) {
                copy(workbook, temporary);
            } else {
                Workbooks.write(workbook, edit, temporary);
            }
        }, backup, workbook);
    }

    private static void copy(Path workbook, Path temporary) {
        try {
            Files.copy(workbook, temporary, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new RelanceException("cannot copy the workbook to " + temporary + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Plans a workbook already read, writes the letters, then hands the cells recording the run
     * to {@code applier}, which writes them wherever the workbook lives (a document open in Calc
     * applies them to itself). The applier is not called when the plan has no letter.
     *
     * @throws RelanceException when the workbook cannot be planned or the letters written
     */
    public RunResult run(Workbook workbook, RunOptions options, Consumer<WorkbookEdit> applier) {
        // No run lock here: the document is open in one program, which applies the edit itself.
        return carryOut(plan(workbook, options), workbook, options, edit -> {
            if (!edit.isEmpty()) {
                applier.accept(edit);
            }
        });
    }

    /**
     * Writes the letters, then hands the edit recording the run to {@code save}, even an empty
     * one. The workbook as read gives the clients' cells the history keeps for an undo.
     */
    private RunResult carryOut(PlannedRun planned, Workbook workbook, RunOptions options,
            Consumer<WorkbookEdit> save) {
        LetterOutputs.Written written = writeLetters(planned, options);
        progress.started(Progress.Stage.SAVING, 0);
        RunRecord record;
        try {
            record = new RunRecorder().record(planned.ledger(), planned.plan(), workbook);
            save.accept(record.edit());
        } finally {
            progress.finished(Progress.Stage.SAVING);
        }
        return new RunResult(planned.plan(), record.runId(), written.letters(), record.historyRows(),
                written.otherFiles(), written.warnings());
    }

    private LetterOutputs.Written writeLetters(PlannedRun planned, RunOptions options) {
        if (planned.plan().letters().isEmpty()) {
            return new LetterOutputs.Written(List.of(), List.of(), List.of());
        }
        Path directory = options.resolveLettersDirectory();
        createDirectories(directory);
        // The user's templates are read for this run only; the defaults are read once per job.
        LetterRenderer letters = options.resolveTemplates()
                .map(folder -> new LetterRenderer(Optional.of(folder)))
                .orElseGet(renderer::get);
        int count = planned.plan().letters().size();
        progress.started(Progress.Stage.LETTERS, count);
        try {
            return new LetterOutputs(letters, options, progress, OrderedWork.defaultThreads())
                    .write(planned, directory);
        } finally {
            progress.finished(Progress.Stage.LETTERS);
        }
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new RelanceException("cannot create the letters folder " + directory + ": " + e.getMessage(), e);
        }
    }
}
