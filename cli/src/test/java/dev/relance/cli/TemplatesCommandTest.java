package dev.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting the default templates, editing them and running with them. */
class TemplatesCommandTest {

    private static final String AS_OF = "2026-12-04";
    private static final String C001_LETTER = "Relances/2026-12-04/2026-12-04_C001_EUR_level-1.pdf";

    @TempDir
    Path folder;

    private Path sampleWorkbook() throws IOException {
        Path target = folder.resolve("exemple-relances.xlsx");
        try (InputStream sample = DemoCommand.class.getResourceAsStream("samples/exemple-relances.xlsx")) {
            Files.copy(sample, target);
        }
        return target;
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Replaces text in an exported template, as a user would in an editor. */
    private static void edit(Path template, String from, String to) throws IOException {
        String text = Files.readString(template);
        assertThat(text).contains(from);
        Files.writeString(template, text.replace(from, to));
    }

    @Test
    void exportCopiesTemplatesStylesheetAndFonts() {
        Path target = folder.resolve("mes-modeles");

        CliRun run = CliRun.of("templates", "export", target.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Copied 20 template files to " + target);
        assertThat(target.resolve("letter-fr-1.vm")).isRegularFile();
        assertThat(target.resolve("letter-layout.vm")).isRegularFile();
        assertThat(target.resolve("letter.css")).isRegularFile();
        assertThat(target.resolve("email-en-3.vm")).isRegularFile();
        assertThat(target.resolve("fonts/DejaVuSans.ttf")).isRegularFile();
    }

    @Test
    void exportRefusesToOverwriteWithoutForce() {
        Path target = folder.resolve("mes-modeles");
        CliRun.of("templates", "export", target.toString());

        CliRun again = CliRun.of("templates", "export", target.toString());
        CliRun forced = CliRun.of("templates", "export", target.toString(), "--force");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("letter-layout.vm already exists; export into an empty folder,"
                + " or replace the files with --force");
        assertThat(forced.exitCode()).isZero();
    }

    @Test
    void editedTemplateIsUsedWithTemplatesOption() throws IOException {
        Path workbook = sampleWorkbook();
        Path templates = folder.resolve("mes-modeles");
        CliRun.of("templates", "export", templates.toString());
        edit(templates.resolve("letter-fr-1.vm"), "#set($subject = \"Rappel de paiement\")",
                "#set($subject = \"Petit rappel amical\")");

        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", AS_OF, "--templates", templates.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Templates from " + templates);
        assertThat(pdfText(folder.resolve(C001_LETTER))).contains("Objet\u00A0: Petit rappel amical");
    }

    @Test
    void folderNextToWorkbookReplacesDefaultsFileByFile() throws IOException {
        Path workbook = sampleWorkbook();
        Path templates = Files.createDirectories(folder.resolve("relance-templates"));
        Files.writeString(templates.resolve("letter.css"), "body { font-family: \"DejaVu Sans\"; font-size: 9pt; }\n"
                + ".statement th { color: #990000; }\n");
        Files.writeString(templates.resolve("letter-fr-1.vm"), "#set($subject = \"Relance maison\")\n"
                + "#define($opening)<p>Bonjour,</p>#end\n#define($closing)<p>Merci.</p>#end\n"
                + "#define($greeting)<p>Cordialement,</p>#end\n#parse(\"letter-fr.vm\")\n");

        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", AS_OF);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        String text = pdfText(folder.resolve(C001_LETTER));
        assertThat(text).contains("Objet\u00A0: Relance maison").contains("Bonjour,").contains("Merci.");
        // The layout and labels it does not replace still come from the defaults.
        assertThat(text).contains("Total restant dû");
    }

    @Test
    void brokenUserTemplateNamesFileLineAndColumn() throws IOException {
        Path workbook = sampleWorkbook();
        Path templates = Files.createDirectories(folder.resolve("modeles"));
        Files.writeString(templates.resolve("letter-fr-1.vm"), "## Ma lettre\n<p>#if($letter.total</p>\n");

        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", AS_OF, "--templates", templates.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("relance: letter template "
                + templates.resolve("letter-fr-1.vm").toAbsolutePath() + ", line 2, column 22 failed:"
                + " Encountered \"/\"");
    }

    @Test
    void hostileUserTemplateCannotReachClasses() throws IOException {
        Path workbook = sampleWorkbook();
        Path templates = Files.createDirectories(folder.resolve("modeles"));
        Files.writeString(templates.resolve("letter-fr-1.vm"),
                "#set($rt = $letter.getClass().forName(\"java.lang.Runtime\"))$rt.getRuntime().exec(\"touch x\")\n");

        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", AS_OF, "--templates", templates.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("letter-fr-1.vm, line 1, column").contains("does not contain method");
        assertThat(workbook.resolveSibling("x")).doesNotExist();
    }

    @Test
    void missingTemplatesFolderFailsBeforeReading() {
        Path absent = folder.resolve("absent");

        CliRun run = CliRun.of("plan", folder.resolve("x.xlsx").toString(), "--templates", absent.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("relance: --templates " + absent + " is not a folder; create one with:"
                + " relance templates export " + absent + "\n");
    }

    @Test
    void templatesCommandHasHelp() {
        CliRun run = CliRun.of("templates", "export", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: relance templates export");
    }
}
