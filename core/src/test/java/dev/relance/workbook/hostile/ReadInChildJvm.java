package dev.relance.workbook.hostile;

import java.nio.file.Path;

import dev.relance.RelanceException;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.Workbooks;

/**
 * Reads one workbook and prints the outcome on one line: {@code read N sheet(s), R row(s), C
 * cell(s)}, or {@code refused: <message>} for our own error. Anything else, an out-of-memory
 * error included, prints {@code crashed: ...} and exits with 3. Tests run it in a JVM of their own
 * with a small heap.
 */
public final class ReadInChildJvm {

    private ReadInChildJvm() {
    }

    public static void main(String[] args) {
        try {
            Workbook workbook = Workbooks.read(Path.of(args[0]));
            long rows = workbook.sheets().stream().mapToLong(sheet -> sheet.rows().size()).sum();
            long cells = workbook.sheets().stream().map(Sheet::rows).flatMap(java.util.List::stream)
                    .mapToLong(ReadInChildJvm::nonBlankCells).sum();
            System.out.println("read " + workbook.sheets().size() + " sheet(s), " + rows + " row(s), " + cells
                    + " cell(s)");
        } catch (RelanceException e) {
            System.out.println("refused: " + e.userMessage());
        } catch (Throwable e) {
            System.out.println("crashed: " + e);
            System.exit(3);
        }
    }

    private static long nonBlankCells(Row row) {
        return row.cells().stream().filter(cell -> !cell.isBlank()).count();
    }
}
