package dev.relance.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

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
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookEdit;
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
        return plan(options, read(options.workbook()));
    }

    private static Workbook read(Path workbook) {
        try {
            return Workbooks.read(workbook);
        } catch (RelanceException e) {
            throw e.inFile(workbook);
        }
    }

    private static PlannedRun plan(RunOptions options, Workbook workbook) {
        try {
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
            Workbook read = read(workbook);
            PlannedRun planned = plan(options, read);

            List<Path> letters = writeLetters(planned, options.resolveLettersDirectory());
            RunRecord record = new RunRecorder().record(planned.ledger(), planned.plan(), read);
            saveWorkbook(workbook, record.edit(), target, save.backup());
            return new RunResult(planned.plan(), record.runId(), letters, record.historyRows());
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
