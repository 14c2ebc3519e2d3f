package dev.relance.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.relance.RelanceException;
import dev.relance.ledger.Ledger;
import dev.relance.ledger.LedgerReader;
import dev.relance.letters.LetterRenderer;
import dev.relance.plan.Plan;
import dev.relance.policy.Planner;
import dev.relance.record.RunRecord;
import dev.relance.record.RunRecorder;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.Workbooks;

/**
 * One plan or run on a workbook file, from reading it to recording the run in it. The front ends
 * call this; they only parse options and print.
 */
public final class ReminderJob {

    private final LetterRenderer renderer;

    public ReminderJob() {
        this(new LetterRenderer());
    }

    public ReminderJob(LetterRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Reads the workbook and plans the letters, writing nothing.
     *
     * @throws RelanceException when the workbook cannot be read or planned, naming the file
     */
    public PlannedRun plan(RunOptions options) {
        try {
            Workbook workbook = Workbooks.read(options.workbook());
            Ledger ledger = new LedgerReader().read(workbook);
            Ledger overridden = options.mode().map(mode -> ledger.withSettings(ledger.settings().withMode(mode)))
                    .orElse(ledger);
            Plan plan = new Planner().plan(overridden, options.asOf());
            return new PlannedRun(overridden, plan);
        } catch (RelanceException e) {
            throw e.inFile(options.workbook());
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
        WorkbookLock.requireNotOpen(options.workbook());
        PlannedRun planned = plan(options);

        LetterOutputs.Written written = writeLetters(planned, options);
        RunRecord record = new RunRecorder().record(planned.ledger(), planned.plan());
        if (!record.edit().isEmpty()) {
            AtomicSave.save(options.workbook(), target -> Workbooks.write(options.workbook(), record.edit(), target));
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
                .orElse(renderer);
        return new LetterOutputs(letters, options).write(planned, directory);
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new RelanceException("cannot create the letters folder " + directory + ": " + e.getMessage(), e);
        }
    }
}
