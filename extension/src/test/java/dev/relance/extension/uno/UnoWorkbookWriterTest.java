package dev.relance.extension.uno;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XIndexAccess;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.XModel;
import com.sun.star.lang.Locale;
import com.sun.star.sheet.CellFlags;
import com.sun.star.sheet.XSheetOperation;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.sheet.XSpreadsheets;
import com.sun.star.table.XCell;
import com.sun.star.text.XText;
import com.sun.star.util.NumberFormat;
import com.sun.star.util.XModifiable;
import com.sun.star.util.XNumberFormatTypes;
import com.sun.star.util.XNumberFormats;
import com.sun.star.util.XNumberFormatsSupplier;

import dev.relance.RelanceException;
import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookEdit.CellWrite;
import dev.relance.workbook.WorkbookEdit.SheetEdit;

class UnoWorkbookWriterTest {

    private static final LocalDate NULL_DATE = LocalDate.of(1899, 12, 30);
    private static final int STANDARD = 0;
    private static final int DATE_FORMAT = 36;

    private final XSpreadsheetDocument document = mock(XSpreadsheetDocument.class, withSettings().extraInterfaces(
            XModel.class, XUndoManagerSupplier.class, XModifiable.class, XNumberFormatsSupplier.class));
    private final XSpreadsheets sheets = mock(XSpreadsheets.class, withSettings().extraInterfaces(XIndexAccess.class));
    private final XSpreadsheet sheet = mock(XSpreadsheet.class);
    private final XUndoManager undo = mock(XUndoManager.class);
    private final XNumberFormats formats = mock(XNumberFormats.class,
            withSettings().extraInterfaces(XNumberFormatTypes.class));

    @BeforeEach
    void openDocument() throws Exception {
        when(document.getSheets()).thenReturn(sheets);
        when(sheets.getByName("Relances")).thenReturn(sheet);
        when(((XIndexAccess) sheets).getCount()).thenReturn(4);
        when(((XUndoManagerSupplier) document).getUndoManager()).thenReturn(undo);
        when(((XNumberFormatsSupplier) document).getNumberFormats()).thenReturn(formats);
        XPropertySet standard = format((short) 1);
        XPropertySet date = format((short) 2);
        when(formats.getByKey(STANDARD)).thenReturn(standard);
        when(formats.getByKey(DATE_FORMAT)).thenReturn(date);
        when(((XNumberFormatTypes) formats).getStandardFormat(eq(NumberFormat.DATE), any(Locale.class)))
                .thenReturn(DATE_FORMAT);
    }

    @Test
    void writesCellsInOneUndoContext() throws Exception {
        XCell text = cell(0, 1, STANDARD);
        XCell number = cell(1, 1, STANDARD);
        WorkbookEdit edit = edit(false, write("A2", new CellValue.Text("2026-12-04")),
                write("B2", new CellValue.Number(new BigDecimal("1810.40"))));

        new UnoWorkbookWriter(document, NULL_DATE).apply(edit, "Generate reminders");

        InOrder order = inOrder(document, undo, text, number);
        order.verify((XModel) document).lockControllers();
        order.verify(undo).enterUndoContext("Generate reminders");
        order.verify((XText) text).setString("2026-12-04");
        order.verify(number).setValue(1810.4);
        order.verify(undo).leaveUndoContext();
        order.verify((XModel) document).unlockControllers();
        order.verify((XModifiable) document).setModified(true);
    }

    @Test
    void newSheetIsAddedAfterTheLastOne() throws Exception {
        cell(0, 0, STANDARD);
        WorkbookEdit edit = edit(true, write("A1", new CellValue.Text("Date")));

        new UnoWorkbookWriter(document, NULL_DATE).apply(edit, "Générer les relances");

        verify(sheets).insertNewByName("Relances", (short) 4);
    }

    @Test
    void dateGetsSerialAndDateFormat() throws Exception {
        XCell date = cell(0, 1, STANDARD);
        WorkbookEdit edit = edit(false, write("A2", new CellValue.DateValue(LocalDate.of(2026, 12, 4))));

        new UnoWorkbookWriter(document, NULL_DATE).apply(edit, "Generate reminders");

        verify(date).setValue(46360);
        verify((XPropertySet) date).setPropertyValue("NumberFormat", DATE_FORMAT);
    }

    @Test
    void dateKeepsTheDateFormatTheCellHas() throws Exception {
        XCell date = cell(0, 1, DATE_FORMAT);
        WorkbookEdit edit = edit(false, write("A2", new CellValue.DateValue(LocalDate.of(2026, 12, 4))));

        new UnoWorkbookWriter(document, NULL_DATE).apply(edit, "Generate reminders");

        verify((XPropertySet) date, never()).setPropertyValue(anyString(), any());
    }

    @Test
    void emptyValueClearsTheCellContent() throws Exception {
        XCell cleared = cell(2, 5, STANDARD);
        WorkbookEdit edit = edit(false, write("C6", CellValue.EMPTY));

        new UnoWorkbookWriter(document, NULL_DATE).apply(edit, "Generate reminders");

        verify((XSheetOperation) cleared).clearContents(
                CellFlags.VALUE | CellFlags.DATETIME | CellFlags.STRING | CellFlags.FORMULA);
    }

    @Test
    void failedWriteClosesUndoContext() throws Exception {
        XCell locked = cell(1, 1, STANDARD);
        doThrow(new com.sun.star.uno.RuntimeException("cell is protected")).when(locked).setValue(anyDouble());
        WorkbookEdit edit = edit(false, write("B2", new CellValue.Number(BigDecimal.ONE)));

        assertThatThrownBy(() -> new UnoWorkbookWriter(document, NULL_DATE).apply(edit, "Generate reminders"))
                .isInstanceOfSatisfying(RelanceException.class,
                        error -> assertThat(error.sheet()).contains("Relances"));

        verify(undo).leaveUndoContext();
        verify((XModel) document).unlockControllers();
    }

    private XCell cell(int column, int row, int formatKey) throws Exception {
        XCell cell = mock(XCell.class,
                withSettings().extraInterfaces(XText.class, XPropertySet.class, XSheetOperation.class));
        when(((XPropertySet) cell).getPropertyValue("NumberFormat")).thenReturn(formatKey);
        when(sheet.getCellByPosition(column, row)).thenReturn(cell);
        return cell;
    }

    private static XPropertySet format(short type) throws Exception {
        XPropertySet format = mock(XPropertySet.class);
        when(format.getPropertyValue("Type")).thenReturn(type);
        return format;
    }

    private static WorkbookEdit edit(boolean create, CellWrite... cells) {
        return new WorkbookEdit(List.of(new SheetEdit("Relances", create, List.of(cells))));
    }

    private static CellWrite write(String cell, CellValue value) {
        return new CellWrite(CellRef.parse(cell), value);
    }
}
