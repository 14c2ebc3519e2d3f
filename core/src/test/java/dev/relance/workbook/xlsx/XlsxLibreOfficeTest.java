package dev.relance.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookEdit.CellWrite;
import dev.relance.workbook.WorkbookEdit.SheetEdit;

/** Opens a written workbook in LibreOffice, a second consumer besides POI. */
class XlsxLibreOfficeTest {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");
    private static final long CONVERSION_TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void libreOfficeReadsWrittenCells() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice is not installed");
        Path source = clientsWorkbook();
        Path target = dir.resolve("written.xlsx");
        new XlsxWriter().write(source, new WorkbookEdit(List.of(new SheetEdit("Clients", false, List.of(
                new CellWrite(CellRef.parse("C2"), new CellValue.Text("=not a formula")),
                new CellWrite(CellRef.parse("D2"), new CellValue.Number(new BigDecimal("1234.5"))),
                new CellWrite(CellRef.parse("A3"), new CellValue.Text("C002")),
                new CellWrite(CellRef.parse("E3"), new CellValue.DateValue(LocalDate.of(2026, 3, 4))))))),
                target);

        List<String> lines = convertToCsv(target);

        assertThat(lines).startsWith("Code client,Nom,,,", "C001,Dupont,=not a formula,1234.5,");
        assertThat(lines.get(2)).startsWith("C002,,,,").matches(".*(2026|26).*");
    }

    private List<String> convertToCsv(Path workbook) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(SOFFICE.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "csv",
                "--outdir", dir.toString(), workbook.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        if (!process.waitFor(CONVERSION_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Assumptions.abort("LibreOffice did not convert within " + CONVERSION_TIMEOUT_SECONDS + " s");
        }
        Path csv = dir.resolve("written.csv");
        assertThat(csv).as(Files.readString(dir.resolve("soffice.log"))).exists();
        return Files.readAllLines(csv, StandardCharsets.UTF_8);
    }

    private Path clientsWorkbook() throws IOException {
        Path file = dir.resolve("source.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet clients = workbook.createSheet("Clients");
            clients.createRow(0).createCell(0).setCellValue("Code client");
            clients.getRow(0).createCell(1).setCellValue("Nom");
            clients.createRow(1).createCell(0).setCellValue("C001");
            clients.getRow(1).createCell(1).setCellValue("Dupont");
            workbook.write(out);
        }
        return file;
    }
}
