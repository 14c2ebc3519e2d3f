package dev.relance.extension.uno;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XIndexAccess;
import com.sun.star.container.XNamed;
import com.sun.star.sheet.XCellRangeAddressable;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.sheet.XSheetCellCursor;
import com.sun.star.sheet.XSheetCellRanges;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.sheet.XSpreadsheets;
import com.sun.star.sheet.XUniqueCellFormatRangesSupplier;
import com.sun.star.sheet.XUsedAreaCursor;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.table.XCell;
import com.sun.star.table.XCellRange;
import com.sun.star.text.XText;
import com.sun.star.uno.Any;
import com.sun.star.util.XNumberFormats;
import com.sun.star.util.XNumberFormatsSupplier;

import dev.relance.job.Progress;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookFormat;

class UnoWorkbookReaderTest {

    private static final LocalDate NULL_DATE = LocalDate.of(1899, 12, 30);
    private static final int STANDARD = 0;
    private static final int DATE_FORMAT = 36;
    private static final int BOOLEAN_FORMAT = 99;

    private final XSpreadsheetDocument document =
            mock(XSpreadsheetDocument.class, withSettings().extraInterfaces(XNumberFormatsSupplier.class));
    private final XSpreadsheets sheets = mock(XSpreadsheets.class, withSettings().extraInterfaces(XIndexAccess.class));
    private final XNumberFormats formats = mock(XNumberFormats.class);

    @Test
    void readsCellsWithOneDataArrayCall() throws Exception {
        XCellRange area = area(new Object[][] {
                {"Facture", "Échéance", "Montant"},
                {"F-2026-101", 46300.0, 1250.5}});
        SheetMock sheet = sheet("Factures", true, 1, 2, area);
        formatGroups(area, group(DATE_FORMAT, range(1, 1, 1, 1)));
        documentWith(sheet);

        Workbook workbook = new UnoWorkbookReader(document, NULL_DATE).read(WorkbookFormat.XLSX);

        assertThat(workbook.sheets()).containsExactly(new Sheet("Factures", false, List.of(
                new Row(0, List.of(text("Facture"), text("Échéance"), text("Montant"))),
                new Row(1, List.of(text("F-2026-101"), new CellValue.DateValue(LocalDate.of(2026, 10, 5)),
                        new CellValue.Number(new BigDecimal("1250.5")))))));
        verify(Data.of(area), times(1)).getDataArray();
        verify(sheet.sheet(), never()).getCellByPosition(anyInt(), anyInt());
    }

    @Test
    void booleanFormattedNumberIsABoolean() throws Exception {
        XCellRange area = area(new Object[][] {{"Bloqué"}, {1.0}, {0.0}});
        SheetMock sheet = sheet("Clients", true, 2, 0, area);
        formatGroups(area, group(BOOLEAN_FORMAT, range(0, 1, 0, 2)));
        documentWith(sheet);

        Workbook workbook = new UnoWorkbookReader(document, NULL_DATE).read(WorkbookFormat.ODS);

        assertThat(workbook.sheets().get(0).rows()).extracting(row -> row.cell(0)).containsExactly(
                text("Bloqué"), new CellValue.Bool(true), new CellValue.Bool(false));
    }

    @Test
    void formulaInErrorReadsItsDisplayedText() throws Exception {
        XCellRange area = area(new Object[][] {{"Montant"}, {Any.VOID}});
        SheetMock sheet = sheet("Factures", true, 1, 0, area);
        formatGroups(area, group(STANDARD, range(0, 0, 0, 1)));
        XCell cell = mock(XCell.class, withSettings().extraInterfaces(XText.class));
        when(((XText) cell).getString()).thenReturn("#DIV/0!");
        when(sheet.sheet().getCellByPosition(0, 1)).thenReturn(cell);
        documentWith(sheet);

        Workbook workbook = new UnoWorkbookReader(document, NULL_DATE).read(WorkbookFormat.ODS);

        assertThat(workbook.sheets().get(0).rows().get(1).cell(0)).isEqualTo(new CellValue.Error("#DIV/0!"));
    }

    @Test
    void hiddenSheetSkipsBlankRows() throws Exception {
        XCellRange area = area(new Object[][] {{"Mode", ""}, {"", ""}, {"", "auto"}});
        SheetMock sheet = sheet("Paramètres", false, 2, 1, area);
        formatGroups(area);
        documentWith(sheet);

        Workbook workbook = new UnoWorkbookReader(document, NULL_DATE).read(WorkbookFormat.ODS);

        assertThat(workbook.sheets()).containsExactly(new Sheet("Paramètres", true, List.of(
                new Row(0, List.of(text("Mode"))),
                new Row(2, List.of(CellValue.EMPTY, text("auto"))))));
    }

    @Test
    void largeSheetIsReadInBlocksAndReportsTheRowsRead() throws Exception {
        XCellRange area = area(new Object[0][]);
        SheetMock sheet = sheet("Factures", true, 4500, 0, area);
        XCellRange first = block(sheet, 0, 1999, new Object[][] {{"x"}});
        XCellRange second = block(sheet, 2000, 3999, new Object[][] {{"x"}});
        XCellRange third = block(sheet, 4000, 4500, new Object[][] {{"x"}});
        documentWith(sheet);
        Progress progress = mock(Progress.class);

        new UnoWorkbookReader(document, NULL_DATE, 2000, progress).read(WorkbookFormat.ODS);

        verify(Data.of(first)).getDataArray();
        verify(Data.of(second)).getDataArray();
        verify(Data.of(third)).getDataArray();
        InOrder order = inOrder(progress);
        order.verify(progress).started(Progress.Stage.READING, 4501);
        order.verify(progress).advanced(Progress.Stage.READING, 2000);
        order.verify(progress).advanced(Progress.Stage.READING, 4000);
        order.verify(progress).advanced(Progress.Stage.READING, 4501);
        order.verify(progress).finished(Progress.Stage.READING);
    }

    @Test
    void dateFormatOfALaterBlockMarksItsOwnRows() throws Exception {
        XCellRange area = area(new Object[0][]);
        SheetMock sheet = sheet("Factures", true, 3, 1, area);
        block(sheet, 0, 1, new Object[][] {{"Facture", "Échéance"}, {"F-1", 46300.0}});
        XCellRange second = block(sheet, 2, 3, new Object[][] {{"F-2", 46301.0}, {"F-3", 46302.0}});
        // Addresses are the sheet's, not the block's: B4 is the second row of the second block.
        formatGroups(second, group(DATE_FORMAT, range(1, 3, 1, 3)));
        documentWith(sheet);

        Workbook workbook = new UnoWorkbookReader(document, NULL_DATE, 2, Progress.NONE).read(WorkbookFormat.ODS);

        assertThat(workbook.sheets().get(0).rows()).extracting(row -> row.cell(1)).containsExactly(
                text("Échéance"), new CellValue.Number(new BigDecimal("46300")),
                new CellValue.Number(new BigDecimal("46301")), new CellValue.DateValue(LocalDate.of(2026, 10, 7)));
    }

    /** A sheet mock with the interfaces the reader asks for. */
    private record SheetMock(XSpreadsheet sheet) {
    }

    /** Casts a range mock to the interface that returns its cells. */
    private static final class Data {
        static XCellRangeData of(XCellRange range) {
            return (XCellRangeData) range;
        }
    }

    private SheetMock sheet(String name, boolean visible, int lastRow, int lastColumn, XCellRange area)
            throws Exception {
        XSpreadsheet sheet = mock(XSpreadsheet.class, withSettings().extraInterfaces(XNamed.class, XPropertySet.class));
        when(((XNamed) sheet).getName()).thenReturn(name);
        when(((XPropertySet) sheet).getPropertyValue("IsVisible")).thenReturn(visible);
        XSheetCellCursor cursor = mock(XSheetCellCursor.class,
                withSettings().extraInterfaces(XUsedAreaCursor.class, XCellRangeAddressable.class));
        when(((XCellRangeAddressable) cursor).getRangeAddress()).thenReturn(range(0, 0, lastColumn, lastRow));
        when(sheet.createCursor()).thenReturn(cursor);
        when(sheet.getCellRangeByPosition(0, 0, lastColumn, lastRow)).thenReturn(area);
        return new SheetMock(sheet);
    }

    private static XCellRange area(Object[][] data) {
        XCellRange area = mock(XCellRange.class,
                withSettings().extraInterfaces(XCellRangeData.class, XUniqueCellFormatRangesSupplier.class));
        when(((XCellRangeData) area).getDataArray()).thenReturn(data);
        return area;
    }

    private XCellRange block(SheetMock sheet, int firstRow, int lastRow, Object[][] data) throws Exception {
        XCellRange block = area(data);
        formatGroups(block);
        int lastColumn = data[0].length - 1;
        when(sheet.sheet().getCellRangeByPosition(0, firstRow, lastColumn, lastRow)).thenReturn(block);
        return block;
    }

    private void formatGroups(XCellRange area, Object... groups) throws Exception {
        XIndexAccess access = mock(XIndexAccess.class);
        when(access.getCount()).thenReturn(groups.length);
        for (int index = 0; index < groups.length; index++) {
            when(access.getByIndex(index)).thenReturn(groups[index]);
        }
        when(((XUniqueCellFormatRangesSupplier) area).getUniqueCellFormatRanges()).thenReturn(access);
        XPropertySet standard = format((short) 1);
        XPropertySet date = format((short) 2);
        XPropertySet bool = format((short) 1024);
        when(formats.getByKey(STANDARD)).thenReturn(standard);
        when(formats.getByKey(DATE_FORMAT)).thenReturn(date);
        when(formats.getByKey(BOOLEAN_FORMAT)).thenReturn(bool);
    }

    private static Object group(int formatKey, CellRangeAddress... ranges) throws Exception {
        XSheetCellRanges group = mock(XSheetCellRanges.class, withSettings().extraInterfaces(XPropertySet.class));
        when(((XPropertySet) group).getPropertyValue("NumberFormat")).thenReturn(formatKey);
        when(group.getRangeAddresses()).thenReturn(ranges);
        return group;
    }

    private static XPropertySet format(short type) throws Exception {
        XPropertySet format = mock(XPropertySet.class);
        when(format.getPropertyValue("Type")).thenReturn(type);
        return format;
    }

    private void documentWith(SheetMock sheet) throws Exception {
        when(document.getSheets()).thenReturn(sheets);
        when(((XIndexAccess) sheets).getCount()).thenReturn(1);
        when(((XIndexAccess) sheets).getByIndex(0)).thenReturn(sheet.sheet());
        when(((XNumberFormatsSupplier) document).getNumberFormats()).thenReturn(formats);
    }

    private static CellRangeAddress range(int startColumn, int startRow, int endColumn, int endRow) {
        return new CellRangeAddress((short) 0, startColumn, startRow, endColumn, endRow);
    }

    private static CellValue text(String text) {
        return new CellValue.Text(text);
    }
}
