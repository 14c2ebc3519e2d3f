package dev.relance.extension.uno;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sun.star.container.XIndexAccess;
import com.sun.star.container.XNamed;
import com.sun.star.lang.IndexOutOfBoundsException;
import com.sun.star.lang.WrappedTargetException;
import com.sun.star.sheet.XCellRangeAddressable;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.sheet.XSheetCellCursor;
import com.sun.star.sheet.XSheetCellRanges;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.sheet.XUniqueCellFormatRangesSupplier;
import com.sun.star.sheet.XUsedAreaCursor;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.table.XCellRange;
import com.sun.star.text.XText;
import com.sun.star.util.XNumberFormats;
import com.sun.star.util.XNumberFormatsSupplier;

import dev.relance.RelanceException;
import dev.relance.job.Progress;
import dev.relance.workbook.CellRef;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookFormat;

/**
 * Reads a document open in Calc into the same workbook view the file readers give, so unsaved
 * edits count. Each sheet's used area is read in blocks of rows: per block one
 * {@code getDataArray} call for the values and one {@code getUniqueCellFormatRanges} call for the
 * number formats that tell dates and booleans from numbers. Never cell by cell, and never a whole
 * sheet of a million rows in one call, which would build the whole area twice in memory (in the
 * office and as the UNO copy).
 */
public final class UnoWorkbookReader {

    /**
     * Rows per block. Over a socket connection, 100,000 rows of 10 columns took 1.3 s in blocks
     * of 10,000, against 2.0 s for 1,000 and 1.0 s for 50,000 (docs/benchmarks.md), and a block
     * stays at about 100,000 cells per call.
     */
    static final int BLOCK_ROWS = 10_000;

    private static final LocalDate NULL_DATE_1904 = LocalDate.of(1904, 1, 1);

    private final XSpreadsheetDocument document;
    private final LocalDate nullDate;
    private final int blockRows;
    private final Progress progress;
    private final Map<Integer, CellKind> kindByFormat = new HashMap<>();
    private long rowsRead;

    /**
     * @param nullDate the day of serial number 0 in this document, see {@link CalcDocument#nullDate()}
     */
    public UnoWorkbookReader(XSpreadsheetDocument document, LocalDate nullDate) {
        this(document, nullDate, BLOCK_ROWS, Progress.NONE);
    }

    /**
     * @param blockRows rows per {@code getDataArray} call
     * @param progress  hears the {@link Progress.Stage#READING} stage, counted in rows of the used areas
     */
    UnoWorkbookReader(XSpreadsheetDocument document, LocalDate nullDate, int blockRows, Progress progress) {
        if (blockRows < 1) {
            throw new IllegalArgumentException("a block has at least one row, not " + blockRows);
        }
        this.document = document;
        this.nullDate = nullDate;
        this.blockRows = blockRows;
        this.progress = progress;
    }

    /** Returns the same reader reporting how many rows it has read to {@code progress}. */
    public UnoWorkbookReader reportingTo(Progress newProgress) {
        return new UnoWorkbookReader(document, nullDate, blockRows, newProgress);
    }

    /**
     * Reads every sheet, in tab order.
     *
     * @param format the format the document was loaded from, which decides nothing here but is
     *               reported to the rest of the product
     */
    public Workbook read(WorkbookFormat format) {
        List<XSpreadsheet> sheets = sheets();
        List<CellRangeAddress> areas = sheets.stream().map(UnoWorkbookReader::usedArea).toList();
        progress.started(Progress.Stage.READING, areas.stream().mapToLong(area -> area.EndRow + 1L).sum());
        rowsRead = 0;
        List<Sheet> read = new ArrayList<>();
        for (int index = 0; index < sheets.size(); index++) {
            read.add(readSheet(sheets.get(index), areas.get(index)));
        }
        progress.finished(Progress.Stage.READING);
        return new Workbook(format, read, nullDate.equals(NULL_DATE_1904));
    }

    private List<XSpreadsheet> sheets() {
        XIndexAccess sheets = Uno.query(XIndexAccess.class, document.getSheets());
        List<XSpreadsheet> all = new ArrayList<>();
        for (int index = 0; index < sheets.getCount(); index++) {
            all.add(Uno.query(XSpreadsheet.class, byIndex(sheets, index)));
        }
        return all;
    }

    private Sheet readSheet(XSpreadsheet sheet, CellRangeAddress used) {
        String name = Uno.query(XNamed.class, sheet).getName();
        try {
            return readSheet(name, sheet, used);
        } catch (IndexOutOfBoundsException e) {
            throw new RelanceException("cannot read the sheet: " + e.getMessage(), null, name, null, null, e);
        }
    }

    private Sheet readSheet(String name, XSpreadsheet sheet, CellRangeAddress used) throws IndexOutOfBoundsException {
        boolean hidden = !Boolean.TRUE.equals(Uno.property(sheet, "IsVisible"));
        CellGrid grid = new CellGrid(nullDate, (row, column) -> displayed(sheet, row, column));
        List<Row> rows = new ArrayList<>();
        for (int first = 0; first <= used.EndRow; first += blockRows) {
            int last = Math.min(first + blockRows - 1, used.EndRow);
            XCellRange block = sheet.getCellRangeByPosition(0, first, used.EndColumn, last);
            BlockKinds kinds = numberKinds(block, first, last - first + 1, used.EndColumn + 1);
            rows.addAll(grid.rows(first, Uno.query(XCellRangeData.class, block).getDataArray(), kinds));
            rowsRead += last - first + 1;
            progress.advanced(Progress.Stage.READING, rowsRead);
        }
        return new Sheet(name, hidden, rows);
    }

    /** Returns the used area's address; its end is the last row and column with content. */
    private static CellRangeAddress usedArea(XSpreadsheet sheet) {
        XSheetCellCursor cursor = sheet.createCursor();
        Uno.query(XUsedAreaCursor.class, cursor).gotoEndOfUsedArea(false);
        return Uno.query(XCellRangeAddressable.class, cursor).getRangeAddress();
    }

    /** Returns which cells of the block have a date or boolean number format. */
    private BlockKinds numberKinds(XCellRange block, int firstRow, int rows, int columns) {
        XIndexAccess groups = Uno.query(XUniqueCellFormatRangesSupplier.class, block).getUniqueCellFormatRanges();
        BlockKinds kinds = new BlockKinds(firstRow, rows, columns);
        for (int index = 0; index < groups.getCount(); index++) {
            Object group = byIndex(groups, index);
            CellKind kind = kindOf((Integer) Uno.property(group, "NumberFormat"));
            if (kind != CellKind.NUMBER) {
                for (CellRangeAddress range : Uno.query(XSheetCellRanges.class, group).getRangeAddresses()) {
                    kinds.mark(range, kind);
                }
            }
        }
        return kinds;
    }

    private CellKind kindOf(int formatKey) {
        return kindByFormat.computeIfAbsent(formatKey, key -> {
            Object format = numberFormats().getByKey(key);
            return CellKind.ofFormatType((Short) Uno.property(format, "Type"));
        });
    }

    private XNumberFormats numberFormats() {
        return Uno.query(XNumberFormatsSupplier.class, document).getNumberFormats();
    }

    private static String displayed(XSpreadsheet sheet, int row, int column) {
        try {
            return Uno.query(XText.class, sheet.getCellByPosition(column, row)).getString();
        } catch (IndexOutOfBoundsException e) {
            throw new RelanceException("cannot read cell " + new CellRef(row, column) + ": " + e.getMessage(), e);
        }
    }

    private static Object byIndex(XIndexAccess container, int index) {
        try {
            return container.getByIndex(index);
        } catch (IndexOutOfBoundsException | WrappedTargetException e) {
            throw new RelanceException("cannot read the document's element " + index + ": " + e.getMessage(), e);
        }
    }
}
