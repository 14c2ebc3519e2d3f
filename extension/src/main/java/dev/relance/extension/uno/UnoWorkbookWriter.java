package dev.relance.extension.uno;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.sun.star.container.NoSuchElementException;
import com.sun.star.container.XIndexAccess;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.XModel;
import com.sun.star.lang.IndexOutOfBoundsException;
import com.sun.star.lang.Locale;
import com.sun.star.lang.WrappedTargetException;
import com.sun.star.sheet.CellFlags;
import com.sun.star.sheet.XSheetOperation;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.sheet.XSpreadsheets;
import com.sun.star.table.XCell;
import com.sun.star.text.XText;
import com.sun.star.util.InvalidStateException;
import com.sun.star.util.NumberFormat;
import com.sun.star.util.XModifiable;
import com.sun.star.util.XNumberFormatTypes;
import com.sun.star.util.XNumberFormatsSupplier;

import dev.relance.RelanceException;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookEdit.CellWrite;
import dev.relance.workbook.WorkbookEdit.SheetEdit;

/**
 * Applies a run's edit to a document open in Calc as one undo step, so one Ctrl+Z reverts the
 * whole run. The document is marked modified and not saved.
 *
 * <p>Cells are set one by one, because in LibreOffice 7.4 {@code setDataArray} into cells that
 * were empty is left out of the enclosing undo context: appended history rows would survive
 * Ctrl+Z. Single-cell writes are undone, at about a millisecond per history row.
 */
public final class UnoWorkbookWriter {

    private static final int CONTENT = CellFlags.VALUE | CellFlags.DATETIME | CellFlags.STRING
            | CellFlags.FORMULA;

    private final XSpreadsheetDocument document;
    private final LocalDate nullDate;

    /**
     * @param nullDate the day of serial number 0 in this document, to write dates as serials
     */
    public UnoWorkbookWriter(XSpreadsheetDocument document, LocalDate nullDate) {
        this.document = document;
        this.nullDate = nullDate;
    }

    /**
     * Writes the edit inside an undo context named {@code undoTitle}, with the document's views
     * locked so they repaint once at the end.
     *
     * @throws RelanceException naming the sheet when a sheet cannot be added or a cell written
     */
    public void apply(WorkbookEdit edit, String undoTitle) {
        XModel model = Uno.query(XModel.class, document);
        XUndoManager undo = Uno.query(XUndoManagerSupplier.class, document).getUndoManager();
        model.lockControllers();
        undo.enterUndoContext(undoTitle);
        try {
            edit.sheets().forEach(this::applySheet);
        } finally {
            leave(undo);
            model.unlockControllers();
        }
        Uno.find(XModifiable.class, document).ifPresent(UnoWorkbookWriter::markModified);
    }

    private void applySheet(SheetEdit edit) {
        try {
            XSpreadsheet sheet = sheet(edit);
            for (CellWrite write : edit.cells()) {
                XCell cell = sheet.getCellByPosition(write.ref().column(), write.ref().row());
                write(cell, write.value());
            }
        } catch (com.sun.star.uno.Exception | com.sun.star.uno.RuntimeException e) {
            throw new RelanceException("cannot write into the sheet: " + e.getMessage()
                    + "; check that it is not protected", null, edit.sheetName(), null, null, e);
        }
    }

    private XSpreadsheet sheet(SheetEdit edit) throws NoSuchElementException, WrappedTargetException {
        XSpreadsheets sheets = document.getSheets();
        if (edit.create()) {
            short count = (short) Uno.query(XIndexAccess.class, sheets).getCount();
            sheets.insertNewByName(edit.sheetName(), count);
        }
        return Uno.query(XSpreadsheet.class, sheets.getByName(edit.sheetName()));
    }

    private void write(XCell cell, CellValue value) throws IndexOutOfBoundsException {
        if (value instanceof CellValue.Text text) {
            // setString stores the text as typed: "=1+1" or "0012" stay text.
            Uno.query(XText.class, cell).setString(text.text());
        } else if (value instanceof CellValue.Number number) {
            cell.setValue(number.value().doubleValue());
        } else if (value instanceof CellValue.DateValue date) {
            cell.setValue(ChronoUnit.DAYS.between(nullDate, date.date()));
            requireDateFormat(cell);
        } else {
            Uno.query(XSheetOperation.class, cell).clearContents(CONTENT);
        }
    }

    /** Gives the cell the locale's date format unless it already has a date format of its own. */
    private void requireDateFormat(XCell cell) {
        Object formats = Uno.query(XNumberFormatsSupplier.class, document).getNumberFormats();
        int current = (Integer) Uno.property(cell, "NumberFormat");
        Object format = Uno.query(com.sun.star.util.XNumberFormats.class, formats).getByKey(current);
        if (CellKind.ofFormatType((Short) Uno.property(format, "Type")) != CellKind.DATE) {
            int date = Uno.query(XNumberFormatTypes.class, formats).getStandardFormat(NumberFormat.DATE, new Locale());
            Uno.setProperty(cell, "NumberFormat", date);
        }
    }

    private static void leave(XUndoManager undo) {
        try {
            undo.leaveUndoContext();
        } catch (InvalidStateException e) {
            throw new IllegalStateException("the undo context was closed by someone else", e);
        }
    }

    private static void markModified(XModifiable modifiable) {
        try {
            modifiable.setModified(true);
        } catch (com.sun.star.beans.PropertyVetoException ignored) {
            // A document that refuses the flag was modified by the writes anyway.
        }
    }
}
