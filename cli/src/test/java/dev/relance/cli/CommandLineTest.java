package dev.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.relance.ledger.Company;
import dev.relance.ledger.LedgerReader;
import dev.relance.ledger.Settings;
import dev.relance.workbook.Workbooks;

/** Options, exit codes and messages of the command line. */
class CommandLineTest {

    @TempDir
    Path folder;

    @Test
    void missingWorkbookArgumentIsUsageError() {
        CliRun run = CliRun.of("plan");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter: 'WORKBOOK'");
    }

    @Test
    void invalidAsOfDateIsUsageError() {
        CliRun run = CliRun.of("plan", "x.xlsx", "--as-of", "31/02/2026");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'31/02/2026' is not a valid date");
    }

    @Test
    void missingFileFailsWithOneLine() {
        CliRun run = CliRun.of("plan", folder.resolve("absent.xlsx").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("relance: absent.xlsx: ").doesNotContain("Exception");
    }

    @Test
    void failedPlanWithJsonPrintsErrorDocument() {
        CliRun run = CliRun.of("plan", folder.resolve("absent.xlsx").toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.json().get("error").get("message").asText()).startsWith("absent.xlsx: ");
        assertThat(run.json().get("error").get("file").asText()).isEqualTo("absent.xlsx");
    }

    @Test
    void demoIntoFileFailsWithOneLine() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "mine");

        CliRun run = CliRun.of("demo", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("is a file, not a folder").doesNotContain("unexpected");
    }

    @Test
    void unsupportedExtensionFailsWithAcceptedOnes() throws IOException {
        Path pdf = Files.writeString(folder.resolve("factures.pdf"), "%PDF-1.7\n");

        CliRun run = CliRun.of("plan", pdf.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("factures.pdf").contains(".xlsx, .xlsm or .ods");
    }

    @Test
    void csvFileIsToldToBeSavedAsWorkbook() throws IOException {
        Path csv = Files.writeString(folder.resolve("factures.csv"), "a;b\n");

        CliRun run = CliRun.of("plan", csv.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("relance: factures.csv: a text file has no sheets; open it in Excel or"
                + " LibreOffice Calc and save it as .xlsx or .ods with a Clients and an Invoices sheet\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan", "run", "init", "demo", "templates"})
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: relance " + command);
    }

    @ParameterizedTest
    @CsvSource({"fr,xlsx", "fr,ods", "en,xlsx", "en,ods"})
    void initWritesWorkbookReadyToPlan(String lang, String extension) {
        Path workbook = folder.resolve("nouveau." + extension);

        CliRun init = CliRun.of("init", workbook.toString(), "--lang", lang);
        CliRun plan = CliRun.of("plan", workbook.toString(), "--as-of", "2026-12-04", "--json");

        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.json().get("letters")).isEmpty();
        assertThat(plan.json().get("problems")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"fr,xlsx", "fr,ods", "en,xlsx", "en,ods"})
    void initLeavesSenderBlankAndDefaultsInForce(String lang, String extension) {
        Path workbook = folder.resolve("nouveau." + extension);

        CliRun init = CliRun.of("init", workbook.toString(), "--lang", lang);

        assertThat(init.exitCode()).as(init.toString()).isZero();
        Settings settings = new LedgerReader().read(Workbooks.read(workbook)).settings();
        assertThat(settings.company()).isEqualTo(Company.BLANK);
        assertThat(settings.graceDays()).isZero();
        assertThat(settings.minimumAmount()).isZero();
        assertThat(settings.useCreditLimit()).isFalse();
        assertThat(settings.daysBetweenReminders()).isZero();
    }

    @Test
    void initKeepsExistingFile() throws IOException {
        Path workbook = Files.writeString(folder.resolve("existing.xlsx"), "mine");

        CliRun run = CliRun.of("init", workbook.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Files.readString(workbook)).isEqualTo("mine");
    }

    @Test
    void demoWritesLettersAndSaysWhere() {
        Path demo = folder.resolve("demo");

        CliRun run = CliRun.of("demo", demo.toString(), "--as-of", "2026-12-04");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Letters (8 PDF files): " + demo.resolve("Relances").resolve("2026-12-04"));
        assertThat(demo.resolve("Relances/2026-12-04/2026-12-04_C008_EUR_level-3.pdf")).isRegularFile();
    }

    @Test
    void dryRunWritesNothing() throws IOException {
        Path workbook = MultiRunTest.oneOverdueInvoice(folder.resolve("suivi.xlsx"));
        byte[] before = Files.readAllBytes(workbook);

        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", "2026-03-01", "--dry-run");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Dry run: nothing was written.");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
        assertThat(folder.resolve("Relances")).doesNotExist();
    }

    @Test
    void runRefusesWorkbookOpenInLibreOffice() throws IOException {
        Path workbook = MultiRunTest.oneOverdueInvoice(folder.resolve("suivi.xlsx"));
        Files.writeString(folder.resolve(".~lock.suivi.xlsx#"),
                "CM,Claire Martin,compta-pc,04.12.2026 10:00,file:///x;");
        byte[] before = Files.readAllBytes(workbook);

        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", "2026-03-01");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("open by Claire Martin on compta-pc");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({"fr-FR,Pacific/Auckland", "en-US,America/Los_Angeles"})
    void planIsSameInAnyTimeZoneAndLocale(String locale, String zone) throws IOException {
        Path workbook = MessyWorkbookTest.messyWorkbook(folder.resolve("messy.xlsx"));
        String reference = CliRun.of("plan", workbook.toString(), "--as-of", "2026-12-04", "--json").out();
        Locale savedLocale = Locale.getDefault();
        TimeZone savedZone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(locale));
            TimeZone.setDefault(TimeZone.getTimeZone(zone));

            CliRun run = CliRun.of("plan", workbook.toString(), "--as-of", "2026-12-04", "--json");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).isEqualTo(reference);
        } finally {
            Locale.setDefault(savedLocale);
            TimeZone.setDefault(savedZone);
        }
    }
}
