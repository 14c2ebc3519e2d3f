package dev.relance.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.relance.RelanceException;
import dev.relance.ledger.Settings;
import dev.relance.letters.CombinedPdf;
import dev.relance.letters.EmailDraft;
import dev.relance.letters.EmailText;
import dev.relance.letters.LetterFiles;
import dev.relance.letters.LetterRenderer;
import dev.relance.letters.RenderedLetter;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.Plan;

/**
 * Writes the files of a run's letters into its letters folder: per letter the formats asked
 * for (PDF, e-mail draft, HTML preview), then the combined PDF and the run summary. Each file is
 * written atomically, so an interrupted run leaves no half-written letter.
 *
 * <p>Letters are made (merged, laid out as PDF, drafted as e-mail) on several threads at once,
 * and saved one by one on the calling thread in the plan's order. So the files, their names, the
 * combined PDF, the summary, the warnings and the progress reports are the same as with one
 * thread. The renderer is shared by the threads; it documents why that is safe.
 */
final class LetterOutputs {

    /** The end of the combined PDF's name, after the as-of date. */
    static final String COMBINED_PDF_SUFFIX = "_all-letters.pdf";

    private final LetterRenderer renderer;
    private final RunOptions options;
    private final Progress progress;
    private final int threads;
    private final List<Path> letters = new ArrayList<>();
    private final List<Path> otherFiles = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<byte[]> pdfs = new ArrayList<>();
    private final List<RunSummary.LetterFiles> summaryFiles = new ArrayList<>();

    /**
     * @param progress hears one {@link Progress.Stage#LETTERS} advance per letter saved
     * @param threads  how many letters may be made at once; 1 makes them on the calling thread
     */
    LetterOutputs(LetterRenderer renderer, RunOptions options, Progress progress, int threads) {
        this.renderer = renderer;
        this.options = options;
        this.progress = progress;
        this.threads = threads;
    }

    /** The files written for a run's letters, and the warnings met. */
    record Written(List<Path> letters, List<Path> otherFiles, List<String> warnings) {
    }

    /** A file's name in the letters folder and its bytes. */
    private record NamedFile(String name, byte[] content) {
    }

    /** One letter's files, made but not saved yet, and the warnings met making them. */
    private record MadeLetter(String baseName, Optional<byte[]> html, Optional<byte[]> pdf,
            Optional<NamedFile> draft, List<String> warnings) {
    }

    /** Writes every letter of the plan, the combined PDF and the summary into the folder. */
    Written write(PlannedRun planned, Path directory) {
        Plan plan = planned.plan();
        Settings settings = planned.ledger().settings();
        OrderedWork.run(plan.letters(), threads, letter -> make(plan, letter, settings),
                letter -> save(letter, directory));

        if (options.formats().contains(OutputFormat.PDF) && !pdfs.isEmpty()) {
            byte[] combined = CombinedPdf.merge(pdfs, options.duplex());
            otherFiles.add(save(directory.resolve(plan.asOf() + COMBINED_PDF_SUFFIX), combined));
        }
        byte[] summary = RunSummary.write(plan, summaryFiles, settings.language());
        otherFiles.add(save(directory.resolve(RunSummary.FILE_NAME), summary));
        return new Written(letters, otherFiles, warnings);
    }

    /** Makes a letter's files in memory. Runs on a worker thread, so it touches no field. */
    private MadeLetter make(Plan plan, LetterPlan letter, Settings settings) {
        RenderedLetter rendered = renderer.render(plan, letter, settings);
        List<String> letterWarnings = new ArrayList<>(rendered.warnings());
        String baseName = LetterFiles.baseName(plan.asOf(), letter);
        Optional<byte[]> html = options.formats().contains(OutputFormat.HTML)
                ? Optional.of(rendered.xhtml().getBytes(StandardCharsets.UTF_8))
                : Optional.empty();
        boolean wantsPdf = options.formats().contains(OutputFormat.PDF);
        boolean wantsDraft = options.formats().contains(OutputFormat.EML)
                && !letter.client().email().isBlank();
        if (!wantsPdf && !wantsDraft) {
            return new MadeLetter(baseName, html, Optional.empty(), Optional.empty(), letterWarnings);
        }

        byte[] pdf = renderer.toPdf(rendered);
        Optional<NamedFile> draft = wantsDraft
                ? makeDraft(plan, letter, settings, rendered, baseName + ".pdf", pdf, letterWarnings)
                : Optional.empty();
        return new MadeLetter(baseName, html, wantsPdf ? Optional.of(pdf) : Optional.empty(), draft,
                letterWarnings);
    }

    /** Saves a letter's files and records them. Runs on the calling thread, in plan order. */
    private void save(MadeLetter letter, Path directory) {
        warnings.addAll(letter.warnings());
        letter.html().ifPresent(html ->
                otherFiles.add(save(directory.resolve(letter.baseName() + ".html"), html)));
        Optional<String> pdfName = Optional.empty();
        if (letter.pdf().isPresent()) {
            pdfName = Optional.of(letter.baseName() + ".pdf");
            letters.add(save(directory.resolve(pdfName.get()), letter.pdf().get()));
            pdfs.add(letter.pdf().get());
        }
        letter.draft().ifPresent(draft ->
                otherFiles.add(save(directory.resolve(draft.name()), draft.content())));
        summaryFiles.add(new RunSummary.LetterFiles(pdfName, letter.draft().map(NamedFile::name)));
        progress.advanced(Progress.Stage.LETTERS, summaryFiles.size());
    }

    /**
     * Makes the e-mail draft of a letter. A client address that is not an e-mail address, or a
     * language without e-mail template, is a warning added to {@code letterWarnings}, not an
     * error: the letter itself is written.
     */
    private Optional<NamedFile> makeDraft(Plan plan, LetterPlan letter, Settings settings,
            RenderedLetter rendered, String pdfName, byte[] pdf, List<String> letterWarnings) {
        String client = "client " + letter.client().code();
        Optional<EmailText> text =
                renderer.renderEmail(plan, letter, settings, rendered.language(), pdfName);
        if (text.isEmpty()) {
            letterWarnings.add(client + ": no e-mail template in language " + rendered.language().code()
                    + "; no e-mail draft written");
            return Optional.empty();
        }
        byte[] eml;
        try {
            eml = EmailDraft.write(text.get(), sender(settings), letter.client().email(), pdfName, pdf);
        } catch (RelanceException e) {
            letterWarnings.add(client + ": " + e.getMessage() + "; no e-mail draft written");
            return Optional.empty();
        }
        return Optional.of(new NamedFile(pdfName.replaceFirst("\\.pdf$", ".eml"), eml));
    }

    /** Returns the draft's sender: the company's e-mail, else the SMTP settings' sender address. */
    private static String sender(Settings settings) {
        String company = settings.company().email().strip();
        return company.isEmpty() ? settings.smtp().sender().orElse("") : company;
    }

    private static Path save(Path file, byte[] content) {
        AtomicSave.save(file, target -> {
            try {
                Files.write(target, content);
            } catch (IOException e) {
                throw new RelanceException("cannot write " + target + ": " + e.getMessage(), e);
            }
        });
        return file;
    }
}
