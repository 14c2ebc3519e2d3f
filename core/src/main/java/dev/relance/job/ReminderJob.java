package dev.relance.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.relance.RelanceException;
import dev.relance.ledger.Ledger;
import dev.relance.ledger.LedgerReader;
import dev.relance.letters.LetterFiles;
import dev.relance.letters.LetterRenderer;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.Plan;
import dev.relance.policy.Planner;
import dev.relance.record.RunRecord;
import dev.relance.record.RunRecorder;
import dev.relance.selection.Selection;
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
            Ledger overridden = ledger.withSettings(RunChoices.settings(ledger.settings(), options));
            Selection selection = RunChoices.selection(overridden.settings(), options);
            Optional<Integer> level = RunChoices.forcedLevel(overridden.settings(), options);
            Plan plan = new Planner().plan(overridden, options.asOf(), selection, level);
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

        List<Path> letters = writeLetters(planned, options.resolveLettersDirectory());
        RunRecord record = new RunRecorder().record(planned.ledger(), planned.plan());
        if (!record.edit().isEmpty()) {
            AtomicSave.save(options.workbook(), target -> Workbooks.write(options.workbook(), record.edit(), target));
        }
        return new RunResult(planned.plan(), record.runId(), letters, record.historyRows());
    }

    private List<Path> writeLetters(PlannedRun planned, Path directory) {
        Plan plan = planned.plan();
        if (plan.letters().isEmpty()) {
            return List.of();
        }
        createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (LetterPlan letter : plan.letters()) {
            byte[] pdf = renderer.renderPdf(plan, letter, planned.ledger().settings());
            Path file = directory.resolve(LetterFiles.pdfName(plan.asOf(), letter));
            AtomicSave.save(file, target -> writeBytes(target, pdf));
            written.add(file);
        }
        return written;
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new RelanceException("cannot create the letters folder " + directory + ": " + e.getMessage(), e);
        }
    }

    private static void writeBytes(Path target, byte[] content) {
        try {
            Files.write(target, content);
        } catch (IOException e) {
            throw new RelanceException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
