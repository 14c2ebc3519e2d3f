package dev.relance.cli;

import static dev.relance.cli.samples.SampleWorkbookWriter.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.relance.cli.samples.SampleWorkbookWriter;

/** Invoices not yet due, listed for information in the letter and the JSON plan. */
class NotYetDueTest {

    @TempDir
    Path folder;

    @Test
    void jsonListsInvoicesNotYetDueOutsideTheTotal() throws IOException {
        Path workbook = workbook(List.of());

        CliRun run = CliRun.of("plan", workbook.toString(), "--as-of", "2026-03-01", "--not-yet-due",
                "--json");

        JsonNode letter = run.json().get("letters").get(0);
        assertThat(letter.get("total").decimalValue()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(letter.get("notYetDue").toString()).isEqualTo(
                "[{\"number\":\"F-2\",\"dueDate\":\"2026-04-15\",\"balance\":500.00}]");
    }

    @Test
    void letterPrintsInvoicesNotYetDueInASeparateBlock() throws IOException {
        Path workbook = workbook(List.of(row("Lister les factures non échues", "oui")));
        Path letters = folder.resolve("lettres");

        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", "2026-03-01", "--out",
                letters.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        String text = pdfText(letters.resolve("2026-03-01_C001_EUR_level-1.pdf"));
        String informationBlock = text.substring(text.indexOf("Pour information"));
        assertThat(informationBlock).startsWith("Pour information, factures non encore échues"
                + " (non comprises dans le solde à régler)\u00A0:");
        assertThat(informationBlock).contains("F-2").contains("15/04/2026");
        assertThat(text.substring(0, text.indexOf("Pour information"))).doesNotContain("F-2");
        assertThat(compact(text)).contains("Totalrestantdû1000,00€").doesNotContain("1500,00");
    }

    @Test
    void optionTurnsTheSettingOff() throws IOException {
        Path workbook = workbook(List.of(row("Lister les factures non échues", "oui")));

        CliRun run = CliRun.of("plan", workbook.toString(), "--as-of", "2026-03-01",
                "--no-not-yet-due", "--json");

        assertThat(run.json().get("letters").get(0).get("notYetDue")).isEmpty();
    }

    /** C001 owes F-1 (1 000, overdue) and F-2 (500, due 2026-04-15). */
    private Path workbook(List<List<Object>> settings) throws IOException {
        Path file = folder.resolve("factures.xlsx");
        try (SampleWorkbookWriter writer = new SampleWorkbookWriter()) {
            writer.sheet("Clients", List.of(row("Code client", "Nom"), row("C001", "Dupont SARL")))
                    .sheet("Factures", List.of(
                            row("N° facture", "Code client", "Échéance", "Montant"),
                            row("F-1", "C001", LocalDate.of(2026, 1, 31), new BigDecimal("1000.00")),
                            row("F-2", "C001", LocalDate.of(2026, 4, 15), new BigDecimal("500.00"))))
                    .sheet("Paramètres", settings)
                    .save(file);
        }
        return file;
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    /** Returns the text without any kind of space, so that amounts compare whatever their spacing. */
    private static String compact(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]", "");
    }
}
