package dev.relance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookFormat;

/**
 * Builds cell views for tests, as a file reader would give them: rows numbered from 1 as in the
 * spreadsheet, blank rows left out.
 */
final class TestWorkbooks {

    private TestWorkbooks() {
    }

    static Workbook workbook(Sheet... sheets) {
        return new Workbook(WorkbookFormat.XLSX, List.of(sheets), false);
    }

    static Workbook workbook1904(Sheet... sheets) {
        return new Workbook(WorkbookFormat.XLSX, List.of(sheets), true);
    }

    static Sheet sheet(String name, Row... rows) {
        return new Sheet(name, false, List.of(rows));
    }

    static Sheet hiddenSheet(String name, Row... rows) {
        return new Sheet(name, true, List.of(rows));
    }

    /**
     * Returns row {@code number} (1-based) with cells from column A: a String is text, a number is
     * a number cell, a LocalDate a date cell, a Boolean a boolean cell, null an empty cell, and a
     * {@link CellValue} is taken as is.
     */
    static Row row(int number, Object... cells) {
        return new Row(number - 1, Arrays.stream(cells).map(TestWorkbooks::cell).toList());
    }

    static CellValue date(String iso) {
        return new CellValue.DateValue(LocalDate.parse(iso));
    }

    static CellValue formula(String formula) {
        return new CellValue.FormulaWithoutValue(formula);
    }

    static CellValue error(String code) {
        return new CellValue.Error(code);
    }

    private static CellValue cell(Object value) {
        if (value == null) {
            return CellValue.EMPTY;
        }
        if (value instanceof CellValue cellValue) {
            return cellValue;
        }
        if (value instanceof String text) {
            return new CellValue.Text(text);
        }
        if (value instanceof Integer || value instanceof Long) {
            return new CellValue.Number(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof BigDecimal decimal) {
            return new CellValue.Number(decimal);
        }
        if (value instanceof Double number) {
            return new CellValue.Number(new BigDecimal(Double.toString(number)));
        }
        if (value instanceof LocalDate localDate) {
            return new CellValue.DateValue(localDate);
        }
        if (value instanceof Boolean bool) {
            return new CellValue.Bool(bool);
        }
        throw new IllegalArgumentException("no cell for " + value);
    }
}
