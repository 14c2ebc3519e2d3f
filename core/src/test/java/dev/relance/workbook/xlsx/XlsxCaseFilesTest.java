package dev.relance.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;

/** Reads the shared real-world workbooks, which are inputs only and are never written. */
class XlsxCaseFilesTest {

    private static final Path CASES = Path.of("/work/shared/cases");

    private final XlsxReader reader = new XlsxReader();

    @BeforeAll
    static void requireCases() {
        Assumptions.assumeTrue(Files.isDirectory(CASES), "the shared case workbooks are not here");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dates_1904_1.xlsx", "dates_1904_true.xlsx"})
    void readsDatesOfBoth1904FlagsInThe1904Epoch(String name) {
        Workbook workbook = reader.read(CASES.resolve(name));

        Sheet invoices = workbook.findSheet("Factures").orElseThrow();
        assertThat(workbook.date1904()).isTrue();
        assertThat(cell(invoices, "C2")).isEqualTo(new CellValue.DateValue(LocalDate.of(2026, 1, 2)));
        assertThat(cell(invoices, "D2")).isEqualTo(new CellValue.DateValue(LocalDate.of(2026, 2, 1)));
        assertThat(cell(invoices, "D3")).isEqualTo(CellValue.EMPTY);
    }

    @Test
    void readsFormulasWithoutCachedValue() {
        Workbook workbook = reader.read(CASES.resolve("formula_no_cache.xlsx"));

        Sheet invoices = workbook.findSheet("Factures").orElseThrow();
        assertThat(workbook.date1904()).isFalse();
        assertThat(cell(invoices, "G2")).isEqualTo(new CellValue.FormulaWithoutValue("E2-F2"));
        assertThat(cell(invoices, "E6")).isEqualTo(new CellValue.FormulaWithoutValue("500*1.2"));
        assertThat(cell(invoices, "G3")).isEqualTo(new CellValue.Number(new BigDecimal("400")));
        assertThat(cell(invoices, "D2")).isEqualTo(new CellValue.DateValue(LocalDate.of(2026, 2, 1)));
    }

    @Test
    void readsHiddenFirstSheet() {
        Workbook workbook = reader.read(CASES.resolve("hidden_sheet_title_rows.xlsx"));

        assertThat(workbook.sheets()).extracting(Sheet::name)
                .containsExactly("Listes", "Clients", "Factures");
        assertThat(workbook.sheets()).extracting(Sheet::hidden).containsExactly(true, false, false);
    }

    @Test
    void readsTextAmountsAsTyped() {
        Workbook workbook = reader.read(CASES.resolve("amounts_text_spaces.xlsx"));

        Sheet invoices = workbook.findSheet("Factures").orElseThrow();
        assertThat(cell(invoices, "E7")).isEqualTo(new CellValue.Text("12 34,5"));
    }

    @Test
    void readsDateCellsAndBareSerialsApart() {
        Workbook workbook = reader.read(CASES.resolve("due_dates_mixed.xlsx"));

        Sheet invoices = workbook.findSheet("Factures").orElseThrow();
        assertThat(cell(invoices, "D2")).isEqualTo(new CellValue.DateValue(LocalDate.of(2026, 4, 3)));
        assertThat(cell(invoices, "D3")).isEqualTo(new CellValue.Number(new BigDecimal("46120")));
        assertThat(cell(invoices, "D4")).isEqualTo(new CellValue.Text("03/04/2026"));
    }

    private static CellValue cell(Sheet sheet, String a1) {
        CellRef ref = CellRef.parse(a1);
        return sheet.rows().stream()
                .filter(row -> row.index() == ref.row())
                .findFirst()
                .map(row -> row.cell(ref.column()))
                .orElse(CellValue.EMPTY);
    }
}
