package dev.relance.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookEdit.CellWrite;
import dev.relance.workbook.WorkbookEdit.SheetEdit;

class XlsxTablesAndRecalculationTest {

    @TempDir
    Path dir;

    private final XlsxWriter writer = new XlsxWriter();

    @Test
    void rowAppendedRightBelowTableJoinsIt() throws IOException {
        Path source = historyTable("A1:C3");
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Relances", text("A4", "2026-12-04"), text("C4", "F-9")), target);

        assertThat(tableRef(target)).isEqualTo("A1:C4");
        assertThat(part(target, "xl/tables/table1.xml")).contains("<autoFilter ref=\"A1:C4\"");
    }

    @Test
    void rowWrittenBelowAGapLeavesTableAsItIs() throws IOException {
        Path source = historyTable("A1:C3");
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Relances", text("A6", "note")), target);

        assertThat(part(target, "xl/tables/table1.xml")).isEqualTo(part(source, "xl/tables/table1.xml"));
    }

    @Test
    void clearedBottomRowsLeaveTable() throws IOException {
        Path source = historyTable("A1:C4");
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Relances", empty("A4"), empty("B4"), empty("C4")), target);

        assertThat(tableRef(target)).isEqualTo("A1:C3");
    }

    @Test
    void partlyClearedRowStaysInTable() throws IOException {
        Path source = historyTable("A1:C4");
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Relances", empty("A4"), empty("B4")), target);

        assertThat(tableRef(target)).isEqualTo("A1:C4");
    }

    @Test
    void formulaReadingWrittenSheetMarksFullRecalculation() throws IOException {
        Path source = workbookWithFormula("COUNTA(Relances!A:A)");
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Relances", text("A4", "x")), target);

        assertThat(part(target, "xl/workbook.xml")).contains("<calcPr fullCalcOnLoad=\"1\"/>");
        try (XSSFWorkbook poi = new XSSFWorkbook(Files.newInputStream(target))) {
            assertThat(poi.getCTWorkbook().getCalcPr().getFullCalcOnLoad()).isTrue();
        }
    }

    @Test
    void formulaReadingOnlyOtherSheetsLeavesWorkbookPartAsItIs() throws IOException {
        Path source = workbookWithFormula("SUM(Autre!A1:A3)");
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Relances", text("A4", "x")), target);

        assertThat(part(target, "xl/workbook.xml")).isEqualTo(part(source, "xl/workbook.xml"));
    }

    @Test
    void formulaOnWrittenSheetMarksFullRecalculation() throws IOException {
        Path source = workbookWithFormula("SUM(Autre!A1:A3)");
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Autre", text("A3", "x")), target);

        assertThat(part(target, "xl/workbook.xml")).contains("<calcPr fullCalcOnLoad=\"1\"/>");
    }

    @Test
    void largeSheetNotWrittenIsNotReadAndMarksFullRecalculation() throws IOException {
        Path source = workbookWithLargeSheet();
        Path target = dir.resolve("target.xlsx");

        writer.write(source, edit("Relances", text("A2", "x")), target);

        assertThat(uncompressedSize(source, "xl/worksheets/sheet2.xml"))
                .isGreaterThan(WorkbookEditor.MAX_SCANNED_SHEET_BYTES);
        assertThat(part(target, "xl/workbook.xml")).contains("<calcPr fullCalcOnLoad=\"1\"/>");
    }

    @Test
    void quotedSheetNameInFormulaCounts() {
        Recalculation check = new Recalculation(List.of("Suivi 2026"));

        assertThat(check.namesWrittenSheet("SUM('suivi 2026'!E:E)")).isTrue();
        assertThat(check.namesWrittenSheet("SUM(Suivi!E:E)")).isFalse();
    }

    private Path historyTable(String ref) throws IOException {
        Path file = dir.resolve("source.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("Relances");
            AreaReference area = new AreaReference(ref, workbook.getSpreadsheetVersion());
            for (int row = 0; row <= area.getLastCell().getRow(); row++) {
                for (int column = 0; column < 3; column++) {
                    String value = row == 0 ? "H" + column : "r" + row + "c" + column;
                    sheet.createRow(row).createCell(column);
                    sheet.getRow(row).getCell(column).setCellValue(value);
                }
            }
            XSSFTable table = sheet.createTable(area);
            table.getCTTable().addNewAutoFilter().setRef(ref);
            workbook.write(out);
        }
        return file;
    }

    private Path workbookWithFormula(String formula) throws IOException {
        Path file = dir.resolve("source.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Relances").createRow(0).createCell(0).setCellValue("Date");
            XSSFSheet other = workbook.createSheet("Autre");
            for (int row = 0; row < 3; row++) {
                other.createRow(row).createCell(0).setCellValue(row);
            }
            other.getRow(0).createCell(1).setCellFormula(formula);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        return file;
    }

    /** A history sheet and, after it, a sheet of 20,000 long texts and no formula. */
    private Path workbookWithLargeSheet() throws IOException {
        Path file = dir.resolve("source.xlsx");
        String text = "x".repeat(450);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(1000);
                OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Relances").createRow(0).createCell(0).setCellValue("Date");
            Sheet large = workbook.createSheet("Factures");
            for (int row = 0; row < 20_000; row++) {
                large.createRow(row).createCell(0).setCellValue(text + row);
            }
            workbook.write(out);
            workbook.dispose();
        }
        return file;
    }

    private static long uncompressedSize(Path file, String name) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            return zip.getEntry(name).getSize();
        }
    }

    private static String tableRef(Path file) throws IOException {
        try (XSSFWorkbook poi = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFTable table = poi.getSheet("Relances").getTables().get(0);
            return table.getStartCellReference().formatAsString(false) + ":"
                    + table.getEndCellReference().formatAsString(false);
        }
    }

    private static String part(Path file, String name) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(file).get();
                InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static WorkbookEdit edit(String sheet, CellWrite... cells) {
        return new WorkbookEdit(List.of(new SheetEdit(sheet, false, List.of(cells))));
    }

    private static CellWrite text(String a1, String text) {
        return new CellWrite(CellRef.parse(a1), new CellValue.Text(text));
    }

    private static CellWrite empty(String a1) {
        return new CellWrite(CellRef.parse(a1), CellValue.EMPTY);
    }
}
