package dev.relance.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.star.beans.PropertyValue;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XDispatchProvider;
import com.sun.star.frame.XDispatchResultListener;
import com.sun.star.frame.XModel;
import com.sun.star.frame.XNotifyingDispatch;
import com.sun.star.lang.EventObject;
import com.sun.star.lang.XComponent;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.sheet.XCellRangeAddressable;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.sheet.XSheetCellCursor;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.sheet.XUsedAreaCursor;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.util.URL;
import com.sun.star.util.XCloseable;
import com.sun.star.util.XModifiable;
import com.sun.star.util.XURLTransformer;

import dev.relance.extension.uno.Uno;

/**
 * The extension in a real LibreOffice: the built relance.oxt is installed into a throwaway
 * profile, a sample workbook is opened, and the menu's command URL is dispatched as the menu
 * would. Skipped when soffice is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalcExtensionIT {

    private static final String GENERATE = "service:dev.relance.extension.RelanceJob?generate";
    private static final Path SAMPLES = Path.of(System.getProperty("relance.samples", "missing"));
    private static final Path OXT = Path.of(System.getProperty("relance.oxt", "missing"));

    @TempDir
    static Path officeFolder;

    private OfficeProcess office;

    @BeforeAll
    void startOfficeWithTheExtension() throws Exception {
        assumeTrue(Files.isExecutable(OfficeProcess.SOFFICE), "soffice is not installed at "
                + OfficeProcess.SOFFICE + ", so the tests in a real LibreOffice are skipped; install "
                + "libreoffice-calc and libreoffice-java-common to run them");
        office = OfficeProcess.start(officeFolder.resolve("profile"), List.of(Switches.AS_OF + "=2026-12-04"));
        office.install(OXT);
    }

    @AfterAll
    void stopOffice() {
        if (office != null) {
            office.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"exemple-relances.xlsx", "exemple-relances.ods"})
    void generateFromTheMenuWritesLettersAndOneUndoStep(String sample, @TempDir Path folder) throws Exception {
        Path workbook = Files.copy(SAMPLES.resolve(sample), folder.resolve(sample),
                StandardCopyOption.REPLACE_EXISTING);
        XComponent document = load(workbook);
        try {
            List<List<Object>> before = content(document);

            short state = dispatch(document, GENERATE);

            assertThat(state).as("dispatch state; extension log:%n%s", extensionLog())
                    .isEqualTo(DispatchResultState.SUCCESS);
            // The sample's clients with a letter all have an e-mail address, so each gets a draft too.
            List<String> baseNames = List.of("2026-12-04_C001_EUR_level-1", "2026-12-04_C002_EUR_level-2",
                    "2026-12-04_C003_EUR_level-1", "2026-12-04_C003_USD_level-1",
                    "2026-12-04_C004_EUR_level-1", "2026-12-04_C006_EUR_level-1",
                    "2026-12-04_C008_EUR_level-3", "2026-12-04_C012_EUR_level-3");
            List<String> expected = new ArrayList<>(List.of("2026-12-04_all-letters.pdf", "run-summary.csv"));
            baseNames.forEach(letter -> expected.addAll(List.of(letter + ".pdf", letter + ".eml")));
            assertThat(letters(folder.resolve("Relances").resolve("2026-12-04")))
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(historyRowsOfRun(document, "2026-12-04")).isEqualTo(11);
            assertThat(Uno.query(XModifiable.class, document).isModified()).isTrue();
            XUndoManager undo = Uno.query(XUndoManagerSupplier.class, document).getUndoManager();
            assertThat(undo.getCurrentUndoActionTitle()).isEqualTo("Generate reminders");

            undo.undo();

            assertThat(content(document)).isEqualTo(before);
        } finally {
            Uno.query(XCloseable.class, document).close(true);
        }
    }

    private XComponent load(Path workbook) throws Exception {
        XComponentLoader loader = Uno.query(XComponentLoader.class, office.desktop());
        PropertyValue visible = new PropertyValue();
        visible.Name = "Hidden";
        // Undoing a sheet insertion in a document loaded hidden crashed soffice 7.4.
        visible.Value = Boolean.FALSE;
        return loader.loadComponentFromURL(workbook.toUri().toString(), "_blank", 0, new PropertyValue[] {visible});
    }

    private short dispatch(XComponent document, String command) throws Exception {
        URL[] url = {new URL()};
        url[0].Complete = command;
        Uno.create(office.context(), "com.sun.star.util.URLTransformer", XURLTransformer.class).parseStrict(url);
        XModel model = Uno.query(XModel.class, document);
        XDispatchProvider provider = Uno.query(XDispatchProvider.class, model.getCurrentController().getFrame());
        XNotifyingDispatch dispatch = Uno.query(XNotifyingDispatch.class, provider.queryDispatch(url[0], "_self", 0));
        CompletableFuture<Short> result = new CompletableFuture<>();
        dispatch.dispatchWithNotification(url[0], new PropertyValue[0], new ResultListener(result));
        return result.get(90, TimeUnit.SECONDS);
    }

    /** Returns every sheet's name and used cells, as {@code getDataArray} gives them. */
    private static List<List<Object>> content(XComponent document) throws Exception {
        XSpreadsheetDocument spreadsheet = Uno.query(XSpreadsheetDocument.class, document);
        List<List<Object>> sheets = new ArrayList<>();
        for (String name : spreadsheet.getSheets().getElementNames()) {
            XSpreadsheet sheet = Uno.query(XSpreadsheet.class, spreadsheet.getSheets().getByName(name));
            List<Object> rows = new ArrayList<>(List.of(name));
            Arrays.stream(cells(sheet)).map(Arrays::asList).forEach(rows::add);
            sheets.add(rows);
        }
        return sheets;
    }

    private static Object[][] cells(XSpreadsheet sheet) throws Exception {
        XSheetCellCursor cursor = sheet.createCursor();
        Uno.query(XUsedAreaCursor.class, cursor).gotoEndOfUsedArea(false);
        CellRangeAddress end = Uno.query(XCellRangeAddressable.class, cursor).getRangeAddress();
        Object range = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow);
        return Uno.query(XCellRangeData.class, range).getDataArray();
    }

    private static long historyRowsOfRun(XComponent document, String runId) throws Exception {
        XSpreadsheetDocument spreadsheet = Uno.query(XSpreadsheetDocument.class, document);
        XSpreadsheet history = Uno.query(XSpreadsheet.class, spreadsheet.getSheets().getByName("Relances"));
        return Arrays.stream(cells(history)).filter(row -> runId.equals(row[1])).count();
    }

    private static List<String> letters(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private String extensionLog() throws IOException {
        Path log = officeFolder.resolve("profile").resolve("user").resolve("relance").resolve("relance.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log at " + log + ")";
    }

    private static final class ResultListener extends WeakBase implements XDispatchResultListener {
        private final CompletableFuture<Short> result;

        ResultListener(CompletableFuture<Short> result) {
            this.result = result;
        }

        @Override
        public void dispatchFinished(DispatchResultEvent event) {
            result.complete(event.State);
        }

        @Override
        public void disposing(EventObject event) {
            result.complete(DispatchResultState.DONTKNOW);
        }
    }
}
