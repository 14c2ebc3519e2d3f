package dev.relance.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sink that keeps the rows of one sheet, so that the sheet can be handed on as a
 * {@link Sheet}. The cells kept count towards {@link ReadLimits#MAX_CELLS}, shared by every
 * collector of one read.
 */
public final class SheetCollector implements RowSink {

    private final String name;
    private final boolean hidden;
    private final ReadLimits.KeptCells kept;
    private final List<Row> rows = new ArrayList<>();
    private boolean ordered = true;

    /** Returns a collector counting its cells in {@code kept}. */
    public SheetCollector(String name, boolean hidden, ReadLimits.KeptCells kept) {
        this.name = name;
        this.hidden = hidden;
        this.kept = kept;
    }

    @Override
    public void row(Row row) {
        kept.count(row.cells().size(), name);
        if (!rows.isEmpty() && rows.get(rows.size() - 1).index() >= row.index()) {
            ordered = false;
        }
        rows.add(row);
    }

    @Override
    public void restart() {
        kept.release(countCells());
        rows.clear();
        ordered = true;
    }

    /** Returns the sheet, its rows by index; rows a damaged file stores twice are joined. */
    public Sheet sheet() {
        return new Sheet(name, hidden, ordered ? rows : joined());
    }

    private long countCells() {
        return rows.stream().mapToLong(row -> row.cells().size()).sum();
    }

    /** Joins rows stored out of order or twice, the later cell winning, as a cell map would. */
    private List<Row> joined() {
        Map<Integer, List<CellValue>> byIndex = new TreeMap<>();
        for (Row row : rows) {
            List<CellValue> cells = byIndex.computeIfAbsent(row.index(), index -> new ArrayList<>());
            for (int column = 0; column < row.cells().size(); column++) {
                if (row.cell(column) instanceof CellValue.Empty) {
                    continue;
                }
                while (cells.size() <= column) {
                    cells.add(CellValue.EMPTY);
                }
                cells.set(column, row.cell(column));
            }
        }
        List<Row> joined = new ArrayList<>();
        byIndex.forEach((index, cells) -> joined.add(new Row(index, cells)));
        return joined;
    }
}
