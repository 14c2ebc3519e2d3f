package dev.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every file a user can point the command at gets one line on standard error naming the file,
 * exit code 1, no stack trace unless {@code --debug}, and is left unchanged; value problems read
 * as the sheet, cell and value followed by what was expected.
 */
class BadFileMessagesTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty.xlsx", "csv.xlsx", "html.xlsx", "ole2.xlsx", "truncated.xlsx", "bomb.xlsx",
        "nested.xlsx", "laughs.xlsx", "nosheet.xlsx", "photos.ods", "laughs.ods", "renamed.ods", "old.xls",
        "book.numbers", "binary.xlsb"})
    void badFileGivesOneLineAndExitCodeOne(String name) throws IOException {
        Path file = badFile(folder.resolve(name));
        byte[] before = Files.readAllBytes(file);

        CliRun plan = CliRun.of("plan", file.toString());
        CliRun run = CliRun.of("run", file.toString(), "--out", folder.resolve("out").toString());

        for (CliRun result : new CliRun[] {plan, run}) {
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
            assertThat(result.err().strip().lines()).as(result.toString()).hasSize(1);
            assertThat(result.err()).startsWith("relance: " + name + ": ")
                    .doesNotContain("unexpected error", "Exception", "\tat ");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void debugAddsTheStackTrace() throws IOException {
        Path file = badFile(folder.resolve("truncated.xlsx"));

        CliRun run = CliRun.of("plan", file.toString(), "--debug");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("relance: truncated.xlsx: the file is damaged").contains("\tat ");
    }

    @Test
    void valueProblemNamesSheetCellValueAndExample() throws IOException {
        Path workbook = MessyWorkbookTest.messyWorkbook(folder.resolve("messy.xlsx"));

        CliRun run = CliRun.of("plan", workbook.toString(), "--as-of", "2026-12-04");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("  Factures!D9: \"31/02/2026\" is not a valid date because February 2026 has"
                + " 28 days; expected e.g. 04/03/2026\n");
    }

    private static Path badFile(Path file) throws IOException {
        String name = file.getFileName().toString();
        return switch (name) {
            case "empty.xlsx" -> Files.write(file, new byte[0]);
            case "csv.xlsx" -> Files.writeString(file, "Code client;Nom\nC001;Dupont\n");
            case "html.xlsx" -> Files.writeString(file, "<!DOCTYPE html><html><table></table></html>");
            case "ole2.xlsx" -> Files.write(file, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0});
            case "truncated.xlsx" -> {
                MultiRunTest.oneOverdueInvoice(file);
                byte[] bytes = Files.readAllBytes(file);
                yield Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
            }
            case "bomb.xlsx" -> xlsx(file, "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + "<x/>".repeat(2_000_000)
                    + "</sheetData></worksheet>");
            case "nested.xlsx" -> xlsx(file, "<x>".repeat(10_000) + "</x>".repeat(10_000));
            case "laughs.xlsx" -> xlsx(file, "<!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                    + "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row><c t=\"inlineStr\"><is><t>&b;</t></is></c>"
                    + "</row></sheetData></worksheet>");
            case "nosheet.xlsx" -> zip(file, "[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook xmlns=\""
                    + MAIN + "\"><sheets/></workbook>");
            case "photos.ods" -> zip(file, "IMG_0001.jpg", "jpeg");
            case "laughs.ods" -> zip(file, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml",
                    "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">]><d>&a;</d>");
            case "renamed.ods" -> MultiRunTest.oneOverdueInvoice(file);
            case "old.xls", "book.numbers", "binary.xlsb" -> Files.writeString(file, "x");
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static Path xlsx(Path file, String sheetXml) throws IOException {
        String relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        return zip(file,
                "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + relationships + "\"><sheets><sheet"
                        + " name=\"Factures\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        + "relationships\"><Relationship Id=\"rId1\" Type=\"" + relationships + "/worksheet\" Target="
                        + "\"worksheets/sheet1.xml\"/></Relationships>",
                "xl/worksheets/sheet1.xml", sheetXml);
    }

    /** Writes a zip of entry names and texts, given in pairs. */
    private static Path zip(Path file, String... namesAndTexts) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
