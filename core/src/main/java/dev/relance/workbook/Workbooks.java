package dev.relance.workbook;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import dev.relance.RelanceException;
import dev.relance.workbook.ods.OdsReader;
import dev.relance.workbook.ods.OdsWriter;
import dev.relance.workbook.xlsx.XlsxReader;
import dev.relance.workbook.xlsx.XlsxWriter;

/** Picks the reader and writer for a workbook file by its extension. */
public final class Workbooks {

    private Workbooks() {
    }

    /**
     * Returns the file's format, or fails with a message listing the accepted extensions and,
     * for the spreadsheet formats Relance does not read, how to convert the file.
     */
    public static WorkbookFormat requireFormat(Path file) {
        return WorkbookFormat.of(file).orElseThrow(() -> new RelanceException(
                unsupportedExtension(file.getFileName().toString().toLowerCase(Locale.ROOT)), file,
                null, null, null, null));
    }

    /** Reads the workbook file, which must have at least one sheet. */
    public static Workbook read(Path file) {
        Workbook workbook = readerFor(requireFormat(file)).read(file);
        if (workbook.sheets().isEmpty()) {
            throw noSheets(file);
        }
        return workbook;
    }

    /**
     * Returns the workbook file as a source of sheet streams. Each stream reads the file again;
     * a file without sheets fails as {@link #read(Path)} does.
     */
    public static SheetSource source(Path file) {
        WorkbookReader reader = readerFor(requireFormat(file));
        return selector -> {
            SheetCounter counter = new SheetCounter(selector);
            reader.stream(file, counter);
            if (counter.sheets == 0) {
                throw noSheets(file);
            }
        };
    }

    private static RelanceException noSheets(Path file) {
        return new RelanceException("the workbook has no sheets; it needs a Clients and an"
                + " Invoices sheet (relance init creates an empty workbook with them)", file, null,
                null, null, null);
    }

    /** Passes a selector its calls, counting the sheets. */
    private static final class SheetCounter implements SheetSelector {

        private final SheetSelector selector;
        private int sheets;

        SheetCounter(SheetSelector selector) {
            this.selector = selector;
        }

        @Override
        public void start(WorkbookFormat format, boolean date1904) {
            selector.start(format, date1904);
        }

        @Override
        public Optional<RowSink> select(String name, boolean hidden, int position) {
            sheets++;
            return selector.select(name, hidden, position);
        }

        @Override
        public boolean readLast(String name, boolean hidden, int position) {
            return selector.readLast(name, hidden, position);
        }
    }

    private static String unsupportedExtension(String name) {
        String convert = "; open it in Excel or LibreOffice Calc and save it as .xlsx or .ods";
        if (name.endsWith(".xls") || name.endsWith(".xlt")) {
            return "a legacy Excel 97-2003 workbook (.xls) is not read" + convert;
        }
        if (name.endsWith(".xlsb")) {
            return "an Excel binary workbook (.xlsb) is not read" + convert;
        }
        if (name.endsWith(".numbers")) {
            return "an Apple Numbers document is not read; export it from Numbers as Excel (.xlsx)";
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
            return "a text file has no sheets; open it in Excel or LibreOffice Calc and save it as .xlsx"
                    + " or .ods with a Clients and an Invoices sheet";
        }
        return "unsupported file type; expected a workbook ending in .xlsx, .xlsm or .ods";
    }

    /** Writes {@code source} with the edit applied to {@code target}. */
    public static void write(Path source, WorkbookEdit edit, Path target) {
        writerFor(requireFormat(source)).write(source, edit, target);
    }

    public static WorkbookReader readerFor(WorkbookFormat format) {
        return switch (format) {
            case XLSX -> new XlsxReader();
            case ODS -> new OdsReader();
        };
    }

    public static WorkbookWriter writerFor(WorkbookFormat format) {
        return switch (format) {
            case XLSX -> new XlsxWriter();
            case ODS -> new OdsWriter();
        };
    }
}
