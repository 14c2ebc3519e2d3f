package dev.relance.letters;

import static dev.relance.letters.LetterSamples.client;
import static dev.relance.letters.LetterSamples.letter;
import static dev.relance.letters.LetterSamples.plan;
import static dev.relance.letters.LetterSamples.settings;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.relance.ledger.Language;
import dev.relance.plan.InvoiceLine;
import dev.relance.plan.LetterPlan;

class CombinedPdfTest {

    private static final LetterRenderer RENDERER = new LetterRenderer();
    private static byte[] alpha;
    private static byte[] beta;
    private static byte[] gamma;

    @BeforeAll
    static void renderLetters() {
        alpha = pdf(letter(client("Alpha SARL"), 1));
        List<InvoiceLine> invoices = IntStream.rangeClosed(1, 40)
                .mapToObj(n -> LetterSamples.invoice("F-" + n, "10.00", LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 10, 1)))
                .toList();
        beta = pdf(new LetterPlan(client("Beta SAS"), "EUR", 2, new BigDecimal("400.00"), invoices, List.of()));
        gamma = pdf(letter(client("Gamma SA"), 3));
    }

    private static byte[] pdf(LetterPlan letter) {
        return RENDERER.renderPdf(plan(letter), letter, settings(Language.FR));
    }

    /** Returns the text of each page, so that a test can find which letter starts where. */
    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            return IntStream.rangeClosed(1, document.getNumberOfPages())
                    .mapToObj(page -> {
                        stripper.setStartPage(page);
                        stripper.setEndPage(page);
                        try {
                            return stripper.getText(document);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }
    }

    @Test
    void lettersFollowEachOtherInOrder() throws IOException {
        byte[] combined = CombinedPdf.merge(List.of(alpha, beta, gamma), false);

        List<String> pages = pages(combined);

        assertThat(pages).hasSize(4);
        assertThat(pages.get(0)).contains("Alpha SARL").contains("1/1");
        assertThat(pages.get(1)).contains("Beta SAS").contains("1/2");
        assertThat(pages.get(2)).contains("2/2");
        assertThat(pages.get(3)).contains("Gamma SA").contains("1/1");
    }

    @Test
    void duplexStartsEveryLetterOnAnOddPage() throws IOException {
        byte[] combined = CombinedPdf.merge(List.of(alpha, beta, gamma), true);

        List<String> pages = pages(combined);

        // alpha 1, blank 2, beta 3-4, gamma 5; no blank page after the last letter
        assertThat(pages).hasSize(5);
        assertThat(pages.get(0)).contains("Alpha SARL");
        assertThat(pages.get(1)).isBlank();
        assertThat(pages.get(2)).contains("Beta SAS");
        assertThat(pages.get(4)).contains("Gamma SA");
    }
}
