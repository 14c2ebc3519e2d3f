package dev.relance.extension.uno;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import com.sun.star.frame.XController;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.frame.XTitle;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.table.XCellRange;
import com.sun.star.task.XStatusIndicator;
import com.sun.star.task.XStatusIndicatorFactory;
import com.sun.star.util.XNumberFormatsSupplier;
import com.sun.star.view.XSelectionSupplier;

import dev.relance.job.Progress;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookFormat;

/** A spreadsheet document open in Calc, with the operations the extension needs on it. */
public final class CalcDocument {

    private static final LocalDate DEFAULT_NULL_DATE = LocalDate.of(1899, 12, 30);

    private final XModel model;
    private final XSpreadsheetDocument document;

    private CalcDocument(XModel model, XSpreadsheetDocument document) {
        this.model = model;
        this.document = document;
    }

    /** Returns the component as a Calc document, empty when it is another kind of document. */
    public static Optional<CalcDocument> of(Object component) {
        Optional<XSpreadsheetDocument> document = Uno.find(XSpreadsheetDocument.class, component);
        Optional<XModel> model = Uno.find(XModel.class, component);
        if (document.isEmpty() || model.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CalcDocument(model.get(), document.get()));
    }

    /** Returns the file the document was loaded from or saved to; empty for a new, unsaved one. */
    public Optional<Path> location() {
        String url = model.getURL();
        if (url == null || !url.startsWith("file:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(URI.create(url)));
    }

    /** Returns the title shown in the window: the file name, or "Untitled 1" before a first save. */
    public String title() {
        return Uno.find(XTitle.class, model).map(XTitle::getTitle)
                .or(() -> location().map(path -> path.getFileName().toString()))
                .orElse("document");
    }

    /** Returns the format of the file behind the document; a new document counts as ODS. */
    public WorkbookFormat format() {
        return location().flatMap(WorkbookFormat::of).orElse(WorkbookFormat.ODS);
    }

    /** Reads the document's current content, unsaved edits included, reporting the rows read. */
    public Workbook read(Progress progress) {
        return new UnoWorkbookReader(document, nullDate()).reportingTo(progress).read(format());
    }

    /** Writes the edit into the document as one undo step named {@code undoTitle}. */
    public void apply(WorkbookEdit edit, String undoTitle) {
        new UnoWorkbookWriter(document, nullDate()).apply(edit, undoTitle);
    }

    /**
     * Selects a cell given by sheet name and A1 reference in the document's view, so the user
     * sees it. Returns false when there is no such sheet or cell, or no view.
     */
    public boolean select(String sheetName, String cell) {
        try {
            XSpreadsheet sheet = Uno.query(XSpreadsheet.class, document.getSheets().getByName(sheetName));
            XCellRange range = sheet.getCellRangeByName(cell);
            return controller().flatMap(c -> Uno.find(XSelectionSupplier.class, c))
                    .map(selection -> selectQuietly(selection, range))
                    .orElse(false);
        } catch (com.sun.star.uno.Exception | com.sun.star.uno.RuntimeException e) {
            return false;
        }
    }

    /** Returns the window frame showing the document, for dialogs and the status bar. */
    public Optional<XFrame> frame() {
        return controller().map(XController::getFrame);
    }

    /** Returns a new status bar progress indicator of the document's window, when it has one. */
    public Optional<XStatusIndicator> statusIndicator() {
        return frame().flatMap(frame -> Uno.find(XStatusIndicatorFactory.class, frame))
                .map(XStatusIndicatorFactory::createStatusIndicator);
    }

    /**
     * Returns the day of serial number 0: 1899-12-30, or 1904-01-01 for a workbook from Excel for
     * Mac, from the document's number format settings.
     */
    LocalDate nullDate() {
        Object settings = Uno.query(XNumberFormatsSupplier.class, document).getNumberFormatSettings();
        Object value = Uno.property(settings, "NullDate");
        if (value instanceof com.sun.star.util.Date date) {
            return LocalDate.of(date.Year, date.Month, date.Day);
        }
        return DEFAULT_NULL_DATE;
    }

    private Optional<XController> controller() {
        return Optional.ofNullable(model.getCurrentController());
    }

    private static boolean selectQuietly(XSelectionSupplier selection, Object range) {
        try {
            return selection.select(range);
        } catch (com.sun.star.lang.IllegalArgumentException e) {
            return false;
        }
    }
}
