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
 */
final class LetterOutputs {

    /** The end of the combined PDF's name, after the as-of date. */
    static final String COMBINED_PDF_SUFFIX = "_all-letters.pdf";

    private final LetterRenderer renderer;
    private final RunOptions options;
    private final List<Path> letters = new ArrayList<>();
    private final List<Path> otherFiles = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<byte[]> pdfs = new ArrayList<>();
    private final List<RunSummary.LetterFiles> summaryFiles = new ArrayList<>();

    LetterOutputs(LetterRenderer renderer, RunOptions options) {
        this.renderer = renderer;
        this.options = options;
    }

    /** The files written for a run's letters, and the warnings met. */
    record Written(List<Path> letters, List<Path> otherFiles, List<String> warnings) {
    }

    /** Writes every letter of the plan, the combined PDF and the summary into the folder. */
    Written write(PlannedRun planned, Path directory) {
        Plan plan = planned.plan();
        Settings settings = planned.ledger().settings();
        for (LetterPlan letter : plan.letters()) {
            writeLetter(plan, letter, settings, directory);
        }

        if (options.formats().contains(OutputFormat.PDF) && !pdfs.isEmpty()) {
            byte[] combined = CombinedPdf.merge(pdfs, options.duplex());
            otherFiles.add(save(directory.resolve(plan.asOf() + COMBINED_PDF_SUFFIX), combined));
        }
        byte[] summary = RunSummary.write(plan, summaryFiles, settings.language());
        otherFiles.add(save(directory.resolve(RunSummary.FILE_NAME), summary));
        return new Written(letters, otherFiles, warnings);
    }

    private void writeLetter(Plan plan, LetterPlan letter, Settings settings, Path directory) {
        RenderedLetter rendered = renderer.render(plan, letter, settings);
        warnings.addAll(rendered.warnings());
        String baseName = LetterFiles.baseName(plan.asOf(), letter);

        if (options.formats().contains(OutputFormat.HTML)) {
            byte[] html = rendered.xhtml().getBytes(StandardCharsets.UTF_8);
            otherFiles.add(save(directory.resolve(baseName + ".html"), html));
        }
        boolean wantsDraft = options.formats().contains(OutputFormat.EML)
                && !letter.client().email().isBlank();
        if (!options.formats().contains(OutputFormat.PDF) && !wantsDraft) {
            summaryFiles.add(new RunSummary.LetterFiles(Optional.empty(), Optional.empty()));
            return;
        }

        byte[] pdf = renderer.toPdf(rendered);
        String pdfName = baseName + ".pdf";
        Optional<String> pdfWritten = Optional.empty();
        if (options.formats().contains(OutputFormat.PDF)) {
            letters.add(save(directory.resolve(pdfName), pdf));
            pdfs.add(pdf);
            pdfWritten = Optional.of(pdfName);
        }
        Optional<String> draft = wantsDraft
                ? writeDraft(plan, letter, settings, rendered, pdfName, pdf, directory)
                : Optional.empty();
        summaryFiles.add(new RunSummary.LetterFiles(pdfWritten, draft));
    }

    /**
     * Writes the e-mail draft of a letter and returns its file name. A client address that is
     * not an e-mail address, or a language without e-mail template, is a warning, not an error:
     * the letter itself is written.
     */
    private Optional<String> writeDraft(Plan plan, LetterPlan letter, Settings settings,
            RenderedLetter rendered, String pdfName, byte[] pdf, Path directory) {
        String client = "client " + letter.client().code();
        Optional<EmailText> text =
                renderer.renderEmail(plan, letter, settings, rendered.language(), pdfName);
        if (text.isEmpty()) {
            warnings.add(client + ": no e-mail template in language " + rendered.language().code()
                    + "; no e-mail draft written");
            return Optional.empty();
        }
        byte[] eml;
        try {
            eml = EmailDraft.write(text.get(), sender(settings), letter.client().email(), pdfName, pdf);
        } catch (RelanceException e) {
            warnings.add(client + ": " + e.getMessage() + "; no e-mail draft written");
            return Optional.empty();
        }
        String name = pdfName.replaceFirst("\\.pdf$", ".eml");
        otherFiles.add(save(directory.resolve(name), eml));
        return Optional.of(name);
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
