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
import dev.relance.workbook.CellRef;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookFormat;

/**
 * Reads a document open in Calc into the same workbook view the file readers give, so unsaved
 * edits count. Each sheet's used area is read in blocks of rows with one {@code getDataArray}
 * call per block; dates and booleans are found from the number formats, one call per distinct
 * format of the sheet, never cell by cell.
 */
public final class UnoWorkbookReader {

    /** Rows per {@code getDataArray} call, so that a sheet with a huge used area is read in parts. */
    static final int BLOCK_ROWS = 2000;

    private static final LocalDate NULL_DATE_1904 = LocalDate.of(1904, 1, 1);

    private final XSpreadsheetDocument document;
    private final LocalDate nullDate;
    private final Map<Integer, CellKind> kindByFormat = new HashMap<>();

    /**
     * @param nullDate the day of serial number 0 in this document, see {@link CalcDocument#nullDate()}
     */
    public UnoWorkbookReader(XSpreadsheetDocument document, LocalDate nullDate) {
        this.document = document;
        this.nullDate = nullDate;
    }

    /**
     * Reads every sheet, in tab order.
     *
     * @param format the format the document was loaded from, which decides nothing here but is
     *               reported to the rest of the product
     */
    public Workbook read(WorkbookFormat format) {
        XIndexAccess sheets = Uno.query(XIndexAccess.class, document.getSheets());
        List<Sheet> read = new ArrayList<>();
        for (int index = 0; index < sheets.getCount(); index++) {
            XSpreadsheet sheet = Uno.query(XSpreadsheet.class, byIndex(sheets, index));
            read.add(readSheet(sheet, nullDate));
        }
        return new Workbook(format, read, nullDate.equals(NULL_DATE_1904));
    }

    private Sheet readSheet(XSpreadsheet sheet, LocalDate nullDate) {
        String name = Uno.query(XNamed.class, sheet).getName();
        try {
            return readSheet(name, sheet, nullDate);
        } catch (IndexOutOfBoundsException e) {
            throw new RelanceException("cannot read the sheet: " + e.getMessage(), null, name, null, null, e);
        }
    }

    private Sheet readSheet(String name, XSpreadsheet sheet, LocalDate nullDate) throws IndexOutOfBoundsException {
        boolean hidden = !Boolean.TRUE.equals(Uno.property(sheet, "IsVisible"));
        CellRangeAddress used = usedArea(sheet);

        XCellRange area = sheet.getCellRangeByPosition(0, 0, used.EndColumn, used.EndRow);
        CellGrid grid = new CellGrid(nullDate, numberKinds(area), (row, column) -> displayed(sheet, row, column));
        List<Row> rows = new ArrayList<>();
        for (int first = 0; first <= used.EndRow; first += BLOCK_ROWS) {
            int last = Math.min(first + BLOCK_ROWS - 1, used.EndRow);
            XCellRange block = sheet.getCellRangeByPosition(0, first, used.EndColumn, last);
            rows.addAll(grid.rows(first, Uno.query(XCellRangeData.class, block).getDataArray()));
        }
        return new Sheet(name, hidden, rows);
    }

    /** Returns the used area's address; its end is the last row and column with content. */
    private static CellRangeAddress usedArea(XSpreadsheet sheet) {
        XSheetCellCursor cursor = sheet.createCursor();
        Uno.query(XUsedAreaCursor.class, cursor).gotoEndOfUsedArea(false);
        return Uno.query(XCellRangeAddressable.class, cursor).getRangeAddress();
    }

    /** Returns the cells of the area whose number format is a date or boolean format. */
    private Map<CellRef, CellKind> numberKinds(XCellRange area) {
        XIndexAccess groups = Uno.query(XUniqueCellFormatRangesSupplier.class, area).getUniqueCellFormatRanges();
        Map<CellRef, CellKind> kinds = new HashMap<>();
        for (int index = 0; index < groups.getCount(); index++) {
            Object group = byIndex(groups, index);
            CellKind kind = kindOf((Integer) Uno.property(group, "NumberFormat"));
            if (kind != CellKind.NUMBER) {
                for (CellRangeAddress range : Uno.query(XSheetCellRanges.class, group).getRangeAddresses()) {
                    mark(kinds, range, kind);
                }
            }
        }
        return kinds;
    }

    private static void mark(Map<CellRef, CellKind> kinds, CellRangeAddress range, CellKind kind) {
        for (int row = range.StartRow; row <= range.EndRow; row++) {
            for (int column = range.StartColumn; column <= range.EndColumn; column++) {
                kinds.put(new CellRef(row, column), kind);
            }
        }
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
