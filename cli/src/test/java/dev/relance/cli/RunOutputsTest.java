package dev.relance.cli;

import static dev.relance.cli.samples.SampleWorkbookWriter.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import dev.relance.cli.samples.SampleWorkbookWriter;

/** The files of a run: letters, e-mail drafts, the combined PDF and the run summary. */
class RunOutputsTest {

    private static final String AS_OF = "2026-12-04";

    @TempDir
    Path folder;

    /**
     * Writes a French workbook with late-payment charges on: a French client with an e-mail
     * address, an English client without one, and a blocked client.
     */
    private Path chargesWorkbook() throws IOException {
        Path file = folder.resolve("factures.xlsx");
        try (SampleWorkbookWriter writer = new SampleWorkbookWriter()) {
            writer.sheet("Clients", List.of(
                            row("Code client", "Raison sociale", "Adresse", "Code postal", "Ville", "E-mail",
                                    "Langue", "Ne pas relancer"),
                            row("C001", "Boulangerie Dupont SARL", "3 place Bellecour", "69002", "Lyon",
                                    "compta@dupont.fr", "fr", null),
                            row("C002", "Harbour Ltd", "12 Wharf Street", "E14 5AB", "London", null, "en", null),
                            row("C003", "Menuiserie Petit", "7 chemin des Saules", "38000", "Grenoble", null,
                                    null, "oui")))
                    .sheet("Factures", List.of(
                            row("N° facture", "Code client", "Date facture", "Échéance", "Montant TTC"),
                            row("F-101", "C001", LocalDate.of(2026, 9, 19), LocalDate.of(2026, 10, 19),
                                    new BigDecimal("1000.00")),
                            row("F-201", "C002", LocalDate.of(2026, 10, 2), LocalDate.of(2026, 11, 1),
                                    new BigDecimal("500.00")),
                            row("F-301", "C003", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1),
                                    new BigDecimal("80.00"))))
                    .sheet("Paramètres", List.of(
                            row("Paramètre", "Valeur"),
                            row("Société", "Atelier Martin SARL"),
                            row("Ville", "69001 Lyon"),
                            row("E-mail", "compta@atelier-martin.fr"),
                            row("IBAN", "FR76 3000 4000 0500 0012 3456 789"),
                            row("Pénalités de retard", "oui"),
                            row("Taux des pénalités", "12,15 %"),
                            row("Indemnité forfaitaire à partir du niveau", 1),
                            row("Frais de relance niveau 1", "10,00")))
                    .save(file);
        }
        return file;
    }

    private static Path letters(Path workbook) {
        return workbook.toAbsolutePath().getParent().resolve("Relances").resolve(AS_OF);
    }

    private static List<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> pageTexts(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
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
    void runWritesLettersDraftsCombinedPdfAndSummary() throws IOException {
        Path workbook = chargesWorkbook();

        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", AS_OF);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(fileNames(letters(workbook))).containsExactly(
                "2026-12-04_C001_EUR_level-1.eml",
                "2026-12-04_C001_EUR_level-1.pdf",
                "2026-12-04_C002_EUR_level-1.pdf",
                "2026-12-04_all-letters.pdf",
                "run-summary.csv");
        assertThat(run.out()).contains("Wrote 2 letter(s) to ")
                .contains("  2 PDF letter(s), 1 combined PDF, 1 e-mail draft(s), 1 run summary\n");
    }

    @Test
    void combinedPdfHoldsTheLettersInPlanOrder() throws IOException {
        Path workbook = chargesWorkbook();

        CliRun.of("run", workbook.toString(), "--as-of", AS_OF);

        List<String> pages = pageTexts(letters(workbook).resolve("2026-12-04_all-letters.pdf"));
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).contains("Boulangerie Dupont SARL").contains("Rappel de paiement");
        assertThat(pages.get(1)).contains("Harbour Ltd").contains("Payment reminder");
    }

    @Test
    void duplexPutsABlankPageAfterEachOddLetter() throws IOException {
        Path workbook = chargesWorkbook();

        CliRun.of("run", workbook.toString(), "--as-of", AS_OF, "--duplex");

        List<String> pages = pageTexts(letters(workbook).resolve("2026-12-04_all-letters.pdf"));
        assertThat(pages).hasSize(3);
        assertThat(pages.get(1)).isBlank();
        assertThat(pages.get(2)).contains("Harbour Ltd");
    }

    @Test
    void summaryListsEveryLetterAndSkipForExcel() throws IOException {
        Path workbook = chargesWorkbook();

        CliRun.of("run", workbook.toString(), "--as-of", AS_OF);

        String summary = Files.readString(letters(workbook).resolve("run-summary.csv"), StandardCharsets.UTF_8);
        // 1000.00 × 12.15 % × 46 / 365 = 15.31; 500.00 × 12.15 % × 33 / 365 = 5.49; fees 40 + 10
        assertThat(summary).isEqualTo("\uFEFF"
                + "Statut;Client;Nom;Devise;Niveau;Total;Pénalités;Frais;E-mail;Lettre;Brouillon e-mail;Motif\r\n"
                + "lettre;C001;Boulangerie Dupont SARL;EUR;1;1000,00;15,31;50,00;compta@dupont.fr;"
                + "2026-12-04_C001_EUR_level-1.pdf;2026-12-04_C001_EUR_level-1.eml;\r\n"
                + "lettre;C002;Harbour Ltd;EUR;1;500,00;5,49;50,00;;2026-12-04_C002_EUR_level-1.pdf;;\r\n"
                + "ignoré;C003;Menuiserie Petit;EUR;;;;;;;;blocked\r\n");
    }

    @Test
    void planJsonStatesInterestAndFeesPerLetter() throws IOException {
        Path workbook = chargesWorkbook();

        CliRun run = CliRun.of("plan", workbook.toString(), "--as-of", AS_OF, "--json");

        JsonNode letters = run.json().get("letters");
        assertThat(letters.get(0).get("total").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(letters.get(0).get("interest").decimalValue()).isEqualTo(new BigDecimal("15.31"));
        assertThat(letters.get(0).get("fees").decimalValue()).isEqualTo(new BigDecimal("50.00"));
        assertThat(letters.get(1).get("interest").decimalValue()).isEqualTo(new BigDecimal("5.49"));
    }

    @Test
    void draftCarriesTheLetterInTheClientsLanguage() throws Exception {
        Path workbook = chargesWorkbook();

        CliRun.of("run", workbook.toString(), "--as-of", AS_OF);

        try (InputStream eml = Files.newInputStream(letters(workbook).resolve("2026-12-04_C001_EUR_level-1.eml"))) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), eml);
            assertThat(message.getSubject()).isEqualTo("Rappel de paiement – solde échu de 1\u202F000,00\u00A0€");
            assertThat(message.getFrom()[0].toString()).isEqualTo("compta@atelier-martin.fr");
            Multipart parts = (Multipart) message.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("2026-12-04_C001_EUR_level-1.pdf");
        }
    }

    @Test
    void htmlFormatWritesPreviewsOnly() throws IOException {
        Path workbook = chargesWorkbook();

        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", AS_OF, "--format", "html");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(fileNames(letters(workbook))).containsExactly(
                "2026-12-04_C001_EUR_level-1.html",
                "2026-12-04_C002_EUR_level-1.html",
                "run-summary.csv");
        assertThat(Files.readString(letters(workbook).resolve("2026-12-04_C002_EUR_level-1.html")))
                .contains("<p class=\"subject\">Payment reminder</p>");
    }

    @Test
    void pdfAndHtmlFormatsTogether() throws IOException {
        Path workbook = chargesWorkbook();

        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", AS_OF, "--format", "pdf,html");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(fileNames(letters(workbook))).contains("2026-12-04_C001_EUR_level-1.html",
                "2026-12-04_C001_EUR_level-1.pdf", "2026-12-04_all-letters.pdf")
                .noneMatch(name -> name.endsWith(".eml"));
    }

    @Test
    void unknownFormatIsUsageError() throws IOException {
        Path workbook = chargesWorkbook();

        CliRun run = CliRun.of("run", workbook.toString(), "--format", "docx");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid value for option '--format'").contains("PDF, EML, HTML");
    }
}
