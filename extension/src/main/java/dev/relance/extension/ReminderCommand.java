package dev.relance.extension;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.sun.star.task.XStatusIndicator;

import dev.relance.RelanceException;
import dev.relance.extension.ui.DialogRequest;
import dev.relance.extension.ui.FolderChooser;
import dev.relance.extension.ui.LevelChoice;
import dev.relance.extension.ui.PlanDialog;
import dev.relance.extension.ui.SendDialog;
import dev.relance.extension.ui.SendText;
import dev.relance.extension.ui.StatusBarProgress;
import dev.relance.extension.ui.UiText;
import dev.relance.job.PlannedRun;
import dev.relance.job.Progress;
import dev.relance.job.ReminderJob;
import dev.relance.job.RunOptions;
import dev.relance.job.RunResult;
import dev.relance.ledger.LevelMode;
import dev.relance.send.Delivery;
import dev.relance.send.SendJob;
import dev.relance.workbook.Workbook;

/**
 * "Generate reminders…" and "Preview plan…": reads the open document, plans, shows the plan,
 * then writes the letters into {@code Relances/<as-of>/} next to the document and records the
 * run in the document as one undo step.
 */
final class ReminderCommand {

    private final Session session;
    private final ReminderJob job = new ReminderJob();

    ReminderCommand(Session session) {
        this.session = session;
    }

    /** Plans and shows the plan; with {@code preview} false, generates what the user confirms. */
    void run(boolean preview) {
        LocalDate today = session.switches().asOf().orElseGet(LocalDate::now);
        Workbook workbook;
        PlannedRun first;
        try (StatusBarProgress progress = statusBar()) {
            long start = System.nanoTime();
            workbook = session.document().read(progress);
            session.log().info(session.document().title() + ": read " + rows(workbook) + " row(s) in "
                    + seconds(start));
            first = job.reportingTo(progress).plan(workbook, options(today, Optional.empty(), Optional.empty()));
        }
        DialogRequest firstRequest = DialogRequest.first(today).withLevel(firstLevel(first));
        session.log().info(session.document().title() + ": planned " + first.plan().letters().size()
                + " letter(s) on " + today);

        if (session.switches().noDialogs()) {
            if (!preview) {
                generate(workbook, firstRequest, requireFolderNextToDocument(today));
            }
            return;
        }
        Optional<PlanDialog.Choice> choice = dialog(workbook)
                .show(session.window().orElse(null), firstRequest, first, preview);
        if (choice.isEmpty()) {
            return;
        }
        DialogRequest request = choice.get().request();
        LocalDate asOf = request.asOf();
        Optional<Path> folder = folderNextToDocument(asOf).or(() -> chooseFolder(asOf));
        folder.ifPresent(chosen -> {
            RunResult result = generate(workbook, request, chosen);
            sendByEmail().offer(workbookPath(), result, chosen, sendingProgress());
        });
    }

    /** Returns "Send by e-mail" on this document, its dialogs over the document window. */
    private SendByEmail sendByEmail() {
        SendDialog dialog = new SendDialog(session.context(), session.language());
        SendByEmail.Screen screen = new SendByEmail.Screen() {
            @Override
            public Optional<String> offer(String heading, List<String> lines, Optional<String> user) {
                return dialog.show(session.window().orElse(null), heading, lines, user);
            }

            @Override
            public void summary(String text) {
                session.inform(text);
            }
        };
        return new SendByEmail(new SendJob(), () -> session.document().read(Progress.NONE),
                session.document()::apply, session.language(), screen, System.getenv());
    }

    /** Returns the status bar's progress while e-mails are sent, one step per e-mail. */
    private SendByEmail.Progress sendingProgress() {
        Optional<XStatusIndicator> bar = session.document().statusIndicator();
        return new SendByEmail.Progress() {
            private int done;

            @Override
            public void start(int emails) {
                bar.ifPresent(indicator -> indicator.start(SendText.PROGRESS.in(session.language(), emails),
                        emails));
            }

            @Override
            public void sent(Delivery delivery) {
                done++;
                bar.ifPresent(indicator -> indicator.setValue(done));
            }

            @Override
            public void end() {
                bar.ifPresent(XStatusIndicator::end);
            }
        };
    }

    private StatusBarProgress statusBar() {
        return new StatusBarProgress(session.document().statusIndicator(), session.language());
    }

    private static long rows(Workbook workbook) {
        return workbook.sheets().stream().mapToLong(sheet -> sheet.rows().size()).sum();
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.3f s", (System.nanoTime() - startNanos) / 1e9);
    }

    /** Returns the first plan's mode (the Settings sheet's) as an item of the dialog's level list. */
    private static LevelChoice firstLevel(PlannedRun first) {
        return first.plan().mode() == LevelMode.CLIENT ? LevelChoice.CLIENT : LevelChoice.AUTO;
    }

    private PlanDialog dialog(Workbook workbook) {
        // The dialog is modal, so the document cannot change while it is open.
        PlanDialog.Planner planner = request -> job.plan(workbook,
                request.toRunOptions(workbookPath(), Optional.empty()));
        return new PlanDialog(session.context(), session.language(), planner, this::folderLine,
                session.document()::select);
    }

    /**
     * Writes the letters, records the run in the document, opens the combined PDF and tells the
     * user where the letters are.
     */
    private RunResult generate(Workbook workbook, DialogRequest request, Path folder) {
        RunOptions options = request.toRunOptions(workbookPath(), Optional.of(folder));
        String undoTitle = UiText.UNDO_TITLE.in(session.language());
        RunResult result;
        try (StatusBarProgress progress = statusBar()) {
            result = job.reportingTo(progress).run(workbook, options,
                    edit -> session.document().apply(edit, undoTitle));
        }
        // Without dialogs no one would see the PDF, so it is neither opened nor reported as unopened.
        Optional<Path> unopened = combinedPdf(result)
                .filter(pdf -> !session.switches().noDialogs() && !session.openPdfInOffice(pdf));
        report(result, request.asOf(), folder, unopened);
        return result;
    }

    /** Returns the run's combined PDF, {@code <as-of>_all-letters.pdf}, when it wrote one. */
    static Optional<Path> combinedPdf(RunResult result) {
        return result.otherFiles().stream()
                .filter(file -> file.getFileName().toString().endsWith("_all-letters.pdf"))
                .findFirst();
    }

    private void report(RunResult result, LocalDate asOf, Path folder, Optional<Path> unopenedPdf) {
        if (result.letters().isEmpty()) {
            session.inform(UiText.NOTHING_TO_DO.in(session.language(), asOf));
            return;
        }
        String done = UiText.DONE.in(session.language(), result.letters().size(), folder, result.historyRows());
        // Without Draw, LibreOffice cannot show a PDF; the user opens it from the folder instead.
        session.inform(unopenedPdf.map(pdf -> done + System.lineSeparator()
                + UiText.PDF_NOT_OPENED.in(session.language(), pdf.getFileName())).orElse(done));
    }

    private RunOptions options(LocalDate asOf, Optional<LevelMode> mode, Optional<Path> folder) {
        return new RunOptions(workbookPath(), asOf, mode, folder);
    }

    private Path workbookPath() {
        // A document never saved has no file; its title only names it in error messages.
        return session.document().location().orElseGet(() -> Path.of(session.document().title()));
    }

    private String folderLine(LocalDate asOf) {
        return folderNextToDocument(asOf).map(folder -> UiText.FOLDER.in(session.language(), folder))
                .orElseGet(() -> UiText.FOLDER_ASKED.in(session.language()));
    }

    private Optional<Path> folderNextToDocument(LocalDate asOf) {
        return session.document().location()
                .map(file -> file.toAbsolutePath().getParent().resolve("Relances").resolve(asOf.toString()));
    }

    private Path requireFolderNextToDocument(LocalDate asOf) {
        return folderNextToDocument(asOf).orElseThrow(() -> new RelanceException(
                "the document is not saved, so there is no folder next to it for the letters; "
                        + "save it, then generate again"));
    }

    private Optional<Path> chooseFolder(LocalDate asOf) {
        String title = UiText.CHOOSE_LETTERS_FOLDER.in(session.language());
        return FolderChooser.choose(session.context(), title, Optional.empty())
                .map(folder -> folder.resolve(asOf.toString()));
    }
}
