package dev.relance.bench;

import java.io.File;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * For comparison: loads an .xlsx with POI's usermodel ({@link XSSFWorkbook}, the whole workbook
 * in memory) and sums the invoices sheet's amount column, found by its header.
 *
 * <p>{@code java -cp bench/target/relance-bench.jar dev.relance.bench.PoiLoad FILE.xlsx}
 */
public final class PoiLoad {

    private PoiLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !args[0].endsWith(".xlsx")) {
            System.err.println("usage: PoiLoad FILE.xlsx (POI's usermodel reads no .ods)");
            System.exit(2);
        }
        long start = System.nanoTime();
        double sum = 0;
        long amounts = 0;
        try (OPCPackage pkg = OPCPackage.open(new File(args[0]), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            Sheet sheet = invoiceSheet(workbook);
            int column = amountColumn(sheet.getRow(sheet.getFirstRowNum()));
            for (Row row : sheet) {
                Cell cell = row.getCell(column);
                if (row.getRowNum() > sheet.getFirstRowNum() && cell != null
                        && cell.getCellType() == CellType.NUMERIC) {
                    sum += cell.getNumericCellValue();
                    amounts++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "sum %.2f amounts %d in %.3f s%n", sum, amounts,
                (System.nanoTime() - start) / 1e9);
    }

    private static Sheet invoiceSheet(XSSFWorkbook workbook) {
        for (Sheet sheet : workbook) {
            if (Floor.INVOICE_SHEETS.contains(sheet.getSheetName().toLowerCase(Locale.ROOT))) {
                return sheet;
            }
        }
        throw new IllegalArgumentException("no invoices sheet (Factures or Invoices)");
    }

    private static int amountColumn(Row header) {
        for (Cell cell : header) {
            if (cell.getCellType() == CellType.STRING && Floor.AMOUNT_HEADERS.contains(
                    cell.getStringCellValue().trim().toLowerCase(Locale.ROOT))) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalArgumentException("no amount column (Montant TTC or Amount) in the header row");
    }
}
