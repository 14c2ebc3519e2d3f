package dev.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.Workbooks;

/**
 * A run on a workbook written by a third program, neither POI nor LibreOffice: the openpyxl
 * library. Only the parts the run must change differ afterwards (the Clients sheet, and the
 * workbook, relationships and content types for the new history sheet; its existing date style
 * is reused, so the styles stay as they were), and LibreOffice still opens the file.
 */
class ThirdWriterFidelityTest {

    private static final String WORKBOOK = "openpyxl-title-rows.xlsx";

    @TempDir
    Path folder;

    @Test
    void runChangesOnlyItsPartsOfOpenpyxlWorkbook() throws Exception {
        Path workbook = copy(WORKBOOK);
        Map<String, byte[]> before = ZipEntries.raw(workbook);
        Workbook read = Workbooks.read(workbook);

        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", "2026-03-01", "--out",
                folder.resolve("letters").toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Map<String, byte[]> after = ZipEntries.raw(workbook);
        assertThat(changedEntries(before, after)).containsExactlyInAnyOrder(
                "[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml",
                "xl/worksheets/sheet2.xml");
        assertThat(after).containsKey("xl/worksheets/sheet4.xml");
        Workbook written = Workbooks.read(workbook);
        for (String untouched : List.of("Listes", "Factures")) {
            assertThat(written.findSheet(untouched)).as(untouched).isEqualTo(read.findSheet(untouched));
        }
        assertThat(written.findSheet("Relances").map(Sheet::rows).orElseThrow()).hasSize(1 + 2);
    }

    @Test
    void openpyxlWorkbookReopensInLibreOfficeAfterRun() throws Exception {
        Optional<Soffice> soffice = Soffice.find(folder.resolve("profile"));
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed; skipping the reopen check");
        Path workbook = copy(WORKBOOK);
        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", "2026-03-01", "--out",
                folder.resolve("letters").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();

        soffice.get().convert(Soffice.CSV_EVERY_SHEET, folder.resolve("csv"), List.of(workbook));

        assertThat(folder.resolve("csv").resolve("openpyxl-title-rows-Relances.csv")).content()
                .contains("F-1").contains("F-2");
    }

    private Path copy(String name) throws IOException {
        Path target = folder.resolve(name);
        try (InputStream in = ThirdWriterFidelityTest.class.getResourceAsStream("corpus/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    private static List<String> changedEntries(Map<String, byte[]> before, Map<String, byte[]> after) {
        List<String> changed = new ArrayList<>();
        before.forEach((entry, bytes) -> {
            if (!Arrays.equals(bytes, after.get(entry))) {
                changed.add(entry);
            }
        });
        return changed;
    }
}
