package dev.relance.letters;

import java.util.Map;

import dev.relance.RelanceException;
import dev.relance.ledger.Settings;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.Plan;

/**
 * Renders letters from the Velocity templates of the templates module to PDF.
 *
 * <p>An instance reads its templates and fonts once and renders any number of letters.
 * Workbook text is printed as typed: it is escaped where a template inserts it and never
 * evaluated as template code.
 */
public final class LetterRenderer {

    private final LetterTemplates templates;
    private final XhtmlToPdf pdf;

    /**
     * Prepares the template engine and reads the fonts.
     *
     * @throws RelanceException when the templates module is missing from the class path
     */
    public LetterRenderer() {
        templates = new LetterTemplates();
        pdf = new XhtmlToPdf();
    }

    /**
     * Renders one letter of the plan as a PDF document, in the client's language when a
     * template exists for it, else in the workbook's. The letter is dated on the plan's as-of
     * date; the sender is the company of the settings.
     *
     * @throws RelanceException naming the template when it cannot be read, merged or laid out
     */
    public byte[] renderPdf(Plan plan, LetterPlan letter, Settings settings) {
        LetterTemplates.Choice template =
                templates.choose(letter.client().language(), settings.language(), letter.level());

        LetterView view = new LetterView(template.language());
        Map<String, Object> values = Map.of(
                "sender", view.sender(settings.company()),
                "recipient", view.recipient(letter.client()),
                "letter", view.letter(plan.asOf(), letter));
        String xhtml = templates.merge(template.name(), values);

        return pdf.render(xhtml, template.language().locale(), template.name());
    }
}
