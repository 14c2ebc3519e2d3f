package dev.relance.letters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.relance.RelanceException;
import dev.relance.ledger.Language;
import dev.relance.ledger.Settings;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.Plan;

/**
 * Renders letters to XHTML and PDF, and the e-mails that carry them, from the Velocity
 * templates: the user's template folder first, when there is one, then the defaults of the
 * templates module.
 *
 * <p>An instance reads its templates and fonts once and renders any number of letters.
 * Workbook text is printed as typed: it is escaped where a template inserts it and never
 * evaluated as template code.
 *
 * <p>An instance may be used from several threads at once, which is how a run makes its letters
 * on every processor: {@link LetterTemplates} and {@link XhtmlToPdf} say what they rely on.
 */
public final class LetterRenderer {

    private static final String LETTER = "letter";
    private static final String EMAIL = "email";

    private final LetterTemplates templates;
    private final XhtmlToPdf pdf;

    /**
     * Prepares the template engine with the default templates and reads the fonts.
     *
     * @throws RelanceException when the templates module is missing from the class path
     */
    public LetterRenderer() {
        this(new LetterTemplates());
    }

    /**
     * Prepares the template engine with the user's templates over the defaults.
     *
     * @param templateFolder the user's template folder, whose files replace the defaults of the
     *                       same name
     * @throws RelanceException when the folder is not a folder, or a font cannot be read
     */
    public LetterRenderer(Optional<Path> templateFolder) {
        this(new LetterTemplates(requireFolder(templateFolder), LetterTemplates.DEFAULT_FOLDER));
    }

    LetterRenderer(LetterTemplates templates) {
        this.templates = templates;
        this.pdf = new XhtmlToPdf(templates);
    }

    /**
     * Merges one letter of the plan with its template, in the client's language when a template
     * exists for it, else in the workbook's, with a warning. The letter is dated on the plan's
     * as-of date; the sender, layout and charges come from the settings.
     *
     * @throws RelanceException naming the template file, line and column when it fails
     */
    public RenderedLetter render(Plan plan, LetterPlan letter, Settings settings) {
        Optional<Language> clientLanguage = letter.client().language();
        LetterTemplates.Choice choice =
                templates.choose(LETTER, clientLanguage, settings.language(), letter.level());

        Map<String, Object> values = new LetterView(choice.language())
                .values(plan.asOf(), letter, settings.company(), settings.letters());
        String xhtml = templates.merge(choice.name(), values);

        List<String> warnings = choice.fallback()
                ? List.of(fallbackWarning(letter, clientLanguage.orElseThrow(), choice))
                : List.of();
        return new RenderedLetter(choice.name(), xhtml, choice.language(), warnings);
    }

    /**
     * Lays a rendered letter out as a PDF document.
     *
     * @throws RelanceException naming the template when the document cannot be laid out
     */
    public byte[] toPdf(RenderedLetter letter) {
        return pdf.render(letter.xhtml(), letter.language().locale(),
                templates.describe(letter.template()));
    }

    /**
     * Renders one letter of the plan as a PDF document: {@link #render} then {@link #toPdf}.
     *
     * @throws RelanceException naming the template when it cannot be read, merged or laid out
     */
    public byte[] renderPdf(Plan plan, LetterPlan letter, Settings settings) {
        return toPdf(render(plan, letter, settings));
    }

    /**
     * Merges the e-mail that carries a letter, in the letter's language: the subject, the
     * plain-text body and the HTML body of the {@code email-LANG-LEVEL.vm} template.
     *
     * @param attachmentName the file name of the attached PDF, which the body may mention
     * @return empty when no e-mail template exists in the letter's language
     * @throws RelanceException naming the template file, line and column when it fails
     */
    public Optional<EmailText> renderEmail(Plan plan, LetterPlan letter, Settings settings,
            Language language, String attachmentName) {
        Optional<String> name = templates.find(EMAIL, language, letter.level());
        if (name.isEmpty()) {
            return Optional.empty();
        }

        Map<String, Object> values = new LetterView(language)
                .values(plan.asOf(), letter, settings.company(), settings.letters());
        values.put("attachment", attachmentName);
        // Subject and plain text are not markup, so their values are not escaped for XML.
        LetterTemplates.Merged plain = templates.merge(name.get(), values, false, "subject", "text");
        String html = templates.merge(name.get(), values);

        String subject = plain.variables().get("subject").replaceAll("\\s+", " ").strip();
        return Optional.of(new EmailText(subject, plain.variables().get("text").strip(), html));
    }

    private static String fallbackWarning(LetterPlan letter, Language clientLanguage,
            LetterTemplates.Choice choice) {
        return "client " + letter.client().code() + ": no letter template in language "
                + clientLanguage.code() + " at level " + letter.level() + "; the letter is written"
                + " in " + choice.language().code() + ", the workbook's language";
    }

    private static Optional<Path> requireFolder(Optional<Path> folder) {
        if (folder.isPresent() && !Files.isDirectory(folder.get())) {
            throw new RelanceException("the template folder " + folder.get() + " is not a folder;"
                    + " expected a folder of templates, such as the one 'templates export' writes");
        }
        return folder;
    }
}
