package dev.relance.workbook.ods;

import static dev.relance.workbook.ods.OdsWriterTest.cell;
import static dev.relance.workbook.ods.OdsWriterTest.date;
import static dev.relance.workbook.ods.OdsWriterTest.number;
import static dev.relance.workbook.ods.OdsWriterTest.text;
import static dev.relance.workbook.ods.TestOds.row;
import static dev.relance.workbook.ods.TestOds.table;
import static dev.relance.workbook.ods.TestOds.textCell;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookEdit.SheetEdit;

/** Opens written files in LibreOffice itself, by converting every sheet to CSV. */
class OdsLibreOfficeTest {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");
    /** Comma, double quote, UTF-8, from line 1, ..., and -1: every sheet to its own file (7.2+). */
    private static final String CSV_EVERY_SHEET =
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    private final OdsWriter writer = new OdsWriter();

    @Test
    void libreOfficeShowsWritesInSmallFile() throws Exception {
        Path source = TestOds.write(dir, "small.ods", table("Clients", row(textCell("Code"), textCell("Nom"))));
        Path target = dir.resolve("written.ods");
        WorkbookEdit edit = new WorkbookEdit(List.of(
                new SheetEdit("Clients", false, List.of(cell("A2", text("=C001")), cell("D2", number("12.5")))),
                new SheetEdit("Relances", true, List.of(cell("A1", text("Date")), cell("A2", date("2026-03-01"))))));

        writer.write(source, edit, target);

        assertThat(csvOf(target, "Clients")).isEqualTo("Code,Nom,,\n=C001,,,12.5\n");
        assertThat(csvOf(target, "Relances")).isEqualTo("Date\n2026-03-01\n");
    }

    @Test
    void libreOfficeShowsWritesInRepeats() throws Exception {
        Path target = dir.resolve("written.ods");
        WorkbookEdit edit = OdsWriterTest.edit("Factures", cell("A6", text("F-5")), cell("B6", text("C002")),
                cell("D6", date("2026-04-15")), cell("E6", number("75")));

        writer.write(OdsWriterTest.REPEATED_ROWS_CASE, edit, target);

        assertThat(csvOf(target, "Factures")).endsWith("F-4,C002,03/01/2026,03/31/2026,300,\n"
                + "F-5,C002,,2026-04-15,75,\n");
    }

    /** Converts the workbook with LibreOffice and returns one sheet's CSV. */
    private String csvOf(Path workbook, String sheet) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice is not installed");
        Path out = Files.createDirectories(dir.resolve("csv"));
        Process soffice = new ProcessBuilder(SOFFICE.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", CSV_EVERY_SHEET,
                "--outdir", out.toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!soffice.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            soffice.descendants().forEach(ProcessHandle::destroyForcibly);
            soffice.destroyForcibly();
            throw new AssertionError("soffice did not finish within " + TIMEOUT_SECONDS + " s");
        }
        String name = workbook.getFileName().toString().replace(".ods", "-" + sheet + ".csv");
        return Files.readString(out.resolve(name), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
