package dev.relance.letters;

import static dev.relance.letters.LetterSamples.client;
import static dev.relance.letters.LetterSamples.letter;
import static dev.relance.letters.LetterSamples.plan;
import static dev.relance.letters.LetterSamples.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;

import dev.relance.ledger.Language;
import dev.relance.ledger.LetterSettings;
import dev.relance.ledger.LetterSettings.ChargeSettings;
import dev.relance.ledger.LetterSettings.PaperSize;
import dev.relance.plan.LetterPlan;

/** Paper size and the address window, measured on the PDF. */
class LetterLayoutTest {

    private static final LetterRenderer RENDERER = new LetterRenderer();
    private static final float POINTS_PER_MM = 72f / 25.4f;
    private static final String ADDRESS = "Dupont SARL\n4 avenue de la Gare\nZA des Tilleuls\n"
            + "01000 Bourg-en-Bresse\nFrance\n";

    private static byte[] render(LetterSettings letters) {
        LetterPlan letter = letter(client("Dupont SARL"), 1);
        return RENDERER.renderPdf(plan(letter), letter, settings(Language.FR, letters));
    }

    private static LetterSettings layout(PaperSize paper, int left, int top) {
        return new LetterSettings(paper, left, top, List.of(0, 8, 8), Optional.empty(), ChargeSettings.OFF);
    }

    /** Returns the text of page 1 inside a rectangle given in mm from the top left corner. */
    private static String textIn(byte[] pdf, double left, double top, double width, double height)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("window", new Rectangle2D.Double(left * POINTS_PER_MM, top * POINTS_PER_MM,
                    width * POINTS_PER_MM, height * POINTS_PER_MM));
            stripper.extractRegions(document.getPage(0));
            return stripper.getTextForRegion("window");
        }
    }

    private static PDRectangle pageSize(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getPage(0).getMediaBox();
        }
    }

    @Test
    void addressFillsTheWindowOfAFrenchEnvelope() throws IOException {
        byte[] pdf = render(LetterSettings.DEFAULTS);

        // A DL envelope's window (100 x 45 mm) over a sheet folded in three: about 95 mm from the
        // sheet's left edge and 44 mm from its top, give or take the sheet's play in the envelope.
        String window = textIn(pdf, 95, 44, 100, 45);

        assertThat(window).isEqualTo(ADDRESS);
        assertThat(pageSize(pdf).getWidth()).isCloseTo(595.3f, offset(0.1f));
    }

    @Test
    void nothingElseShowsThroughTheWindow() throws IOException {
        byte[] pdf = render(LetterSettings.DEFAULTS);

        // The window with 4 mm of margin all around: the sender and the date line stay outside.
        String around = textIn(pdf, 96, 42, 108, 53);

        assertThat(around).isEqualTo(ADDRESS);
    }

    @Test
    void letterPaperWithWindowOnTheLeft() throws IOException {
        byte[] pdf = render(layout(PaperSize.LETTER, 22, 50));

        String window = textIn(pdf, 20, 48, 95, 45);

        assertThat(pageSize(pdf).getWidth()).isEqualTo(612f);
        assertThat(pageSize(pdf).getHeight()).isEqualTo(792f);
        assertThat(window).isEqualTo(ADDRESS);
        // The sender's block moves to the right, out of the window's way.
        assertThat(textIn(pdf, 120, 15, 80, 30)).startsWith("Atelier Martin SAS\n");
    }

    @Test
    void deadlineDaysComeFromTheSettings() {
        LetterSettings letters = new LetterSettings(PaperSize.A4, 100, 46, List.of(15, 8, 8), Optional.empty(),
                ChargeSettings.OFF);

        String text = LetterSamples.text(render(letters));

        assertThat(text).contains("d’ici le 19 décembre 2026.");
    }

    @Test
    void paymentReferenceSettingIsQuoted() {
        LetterSettings letters = new LetterSettings(PaperSize.A4, 100, 46, List.of(0, 8, 8),
                Optional.of("REL-{client} ({invoices})"), ChargeSettings.OFF);

        String text = LetterSamples.text(render(letters));

        assertThat(text).contains("Référence à rappeler lors de votre règlement\u00A0: REL-C001 (F-2026-101,"
                + " F-2026-117)\n");
    }
}
