package dev.relance.cli.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes small XLSX workbooks for tests and samples with Apache POI: each row is a list of
 * values, where a {@link LocalDate} becomes a date cell, a {@link Number} a number cell, a string
 * starting with {@code =} a formula (with its cached value computed by POI) and anything else a
 * text cell; {@code null} leaves the cell empty.
 */
public final class SampleWorkbookWriter implements AutoCloseable {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle dateStyle;
    private final CellStyle amountStyle;

    public SampleWorkbookWriter() {
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        amountStyle = workbook.createCellStyle();
        amountStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0.00"));
    }

    /** Adds a sheet whose rows start at row 1. */
    public SampleWorkbookWriter sheet(String name, List<List<Object>> rows) {
        return sheet(name, 0, rows);
    }

    /** Adds a sheet whose rows start at the given 0-based row; a null row is left blank. */
    public SampleWorkbookWriter sheet(String name, int firstRow, List<List<Object>> rows) {
        Sheet sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.size(); r++) {
            List<Object> values = rows.get(r);
            if (values == null) {
                continue;
            }
            Row row = sheet.createRow(firstRow + r);
            for (int c = 0; c < values.size(); c++) {
                setCell(row.createCell(c), values.get(c));
            }
        }
        if (!rows.isEmpty() && rows.get(0) != null) {
            for (int c = 0; c < rows.get(0).size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
        }
        return this;
    }

    /** Hides the sheet with the given name. */
    public SampleWorkbookWriter hide(String name) {
        workbook.setSheetHidden(workbook.getSheetIndex(name), true);
        return this;
    }

    /** Computes the cached values of every formula and saves the workbook. */
    public void save(Path file) throws IOException {
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private void setCell(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
            cell.setCellStyle(amountStyle);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof String text && text.startsWith("=")) {
            cell.setCellFormula(text.substring(1));
            cell.setCellStyle(amountStyle);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** Returns the values as one row. */
    public static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
