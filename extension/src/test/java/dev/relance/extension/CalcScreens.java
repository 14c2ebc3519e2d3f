package dev.relance.extension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

import com.sun.star.awt.XExtendedToolkit;
import com.sun.star.beans.PropertyValue;
import com.sun.star.container.XEnumeration;
import com.sun.star.container.XIndexAccess;
import com.sun.star.container.XNameReplace;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XDispatchHelper;
import com.sun.star.frame.XDispatchProvider;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XComponent;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.sheet.XCellRangeAddressable;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.sheet.XSheetCellCursor;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.sheet.XUsedAreaCursor;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.util.CloseVetoException;
import com.sun.star.util.XChangesBatch;
import com.sun.star.util.XCloseable;

import dev.relance.extension.uno.Uno;

/**
 * Drives "Generate reminders…" in a LibreOffice with windows, as a user would, and takes
 * screenshots along the way; not a test. Run it under Xvfb, with ImageMagick's {@code import}
 * and {@code xdotool} installed:
 *
 * <pre>xvfb-run -a -s "-screen 0 1280x800x24" java -cp ... -Drelance.oxt=extension/target/relance.oxt \
 *     dev.relance.extension.CalcScreens OUTPUT_FOLDER en|fr WORKBOOK</pre>
 *
 * <p>It opens the workbook, dispatches the menu's command, shoots the status bar while the
 * document is read, shoots the dialog (with {@code -Dscreens.planOnly=true} it then cancels and
 * stops), presses Return in it
 * (Generate), shoots the status bar while the letters are written, shoots the closing message,
 * lists the documents then open (a Draw document means the combined PDF opened), presses Return
 * in the message box and shoots the result. With {@code -Dscreens.send=PASSWORD} it then goes
 * through "Send by e-mail" (see {@code send}). Soffice listens on 127.0.0.1 only and is stopped by its handle.
 */
public final class CalcScreens {

    private static final String GENERATE = "service:dev.relance.extension.RelanceJob?generate";

    private CalcScreens() {
    }

    public static void main(String[] arguments) throws Exception {
        Path output = Files.createDirectories(Path.of(arguments[0]));
        String language = arguments[1];
        Path folder = Files.createTempDirectory("relance-screens");
        Path workbook = Files.copy(Path.of(arguments[2]), folder.resolve(Path.of(arguments[2]).getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
        try (OfficeProcess office = OfficeProcess.startOnDisplay(folder.resolve("profile"),
                List.of(Switches.AS_OF + "=2026-12-04"))) {
            office.install(Path.of(System.getProperty("relance.oxt")));
            if (language.equals("fr")) {
                setUiLocale(office, "fr-FR");
            }
            XComponent document = load(office, workbook);
            XExtendedToolkit toolkit = Uno.create(office.context(), "com.sun.star.awt.Toolkit",
                    XExtendedToolkit.class);
            int windows = toolkit.getTopWindowCount();
            Thread menu = new Thread(() -> dispatch(office, document));
            menu.start();

            for (int shot = 1; shot <= 8 && toolkit.getTopWindowCount() == windows; shot++) {
                Thread.sleep(600);
                shoot(output, language + "-0-reading-" + shot);
            }
            waitForWindows(toolkit, count -> count > windows);
            shoot(output, language + "-1-dialog");
            if (Boolean.getBoolean("screens.planOnly")) {
                press(language.equals("fr") ? "^Générer les relances$" : "^Generate reminders$", "Escape");
                menu.join(30_000);
                return;
            }
            press(language.equals("fr") ? "^Générer les relances$" : "^Generate reminders$", "Return");
            waitForWindows(toolkit, count -> count == windows);
            for (int shot = 1; shot <= 4 && toolkit.getTopWindowCount() == windows; shot++) {
                Thread.sleep(700);
                shoot(output, language + "-2-progress-" + shot);
            }
            waitForWindows(toolkit, count -> count > windows);
            shoot(output, language + "-3-message");
            System.out.println("open documents: " + documents(office));
            press("^Relance$", "Return");
            if (System.getProperty("screens.send") != null) {
                send(output, language, toolkit, windows, document);
            }
            menu.join(30_000);
            Thread.sleep(2000);
            shoot(output, language + "-4-after");
            System.out.println("open documents: " + documents(office));
            System.out.println("letters: " + Files.list(folder.resolve("Relances").resolve("2026-12-04")).count());
            closeAll(office);
        }
    }

    /**
     * Goes through "Send by e-mail": shoots the offer, presses Return in the empty password field
     * (which must not send), types the password of {@code -Dscreens.send} (none when blank) in
     * the field, which has the focus, sends, shoots the summary,
     * prints the history sheet, undoes once and prints it again.
     */
    private static void send(Path output, String language, XExtendedToolkit toolkit, int windows,
            XComponent document) throws Exception {
        String title = language.equals("fr") ? "^Envoyer par e-mail$" : "^Send by e-mail$";
        waitForWindows(toolkit, count -> count > windows);
        shoot(output, language + "-5-send-dialog");
        String password = System.getProperty("screens.send");
        if (!password.isBlank()) {
            // The password field has the focus, and Return does not send while it is empty.
            press(title, "Return");
            Thread.sleep(1000);
            System.out.println("offer still open after Return in the empty field: "
                    + (toolkit.getTopWindowCount() > windows));
            run("xdotool", "type", "--delay", "50", password);
            shoot(output, language + "-6-send-password");
        }
        press(title, "Return");
        waitForWindows(toolkit, count -> count == windows);
        waitForWindows(toolkit, count -> count > windows);
        shoot(output, language + "-7-send-summary");
        press("^Relance$", "Return");
        Thread.sleep(1000);
        XUndoManager undo = Uno.query(XUndoManagerSupplier.class, document).getUndoManager();
        System.out.println("undo steps: " + Arrays.toString(undo.getAllUndoActionTitles()));
        printHistory(document);
        undo.undo();
        System.out.println("after one undo: " + Arrays.toString(undo.getAllUndoActionTitles()));
        printHistory(document);
    }

    /** Prints the history sheet, the samples' third, one line per row. */
    private static void printHistory(XComponent document) throws Exception {
        XIndexAccess sheets = Uno.query(XIndexAccess.class,
                Uno.query(XSpreadsheetDocument.class, document).getSheets());
        XSpreadsheet sheet = Uno.query(XSpreadsheet.class, sheets.getByIndex(2));
        XSheetCellCursor cursor = sheet.createCursor();
        Uno.query(XUsedAreaCursor.class, cursor).gotoEndOfUsedArea(false);
        CellRangeAddress end = Uno.query(XCellRangeAddressable.class, cursor).getRangeAddress();
        Object range = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow);
        for (Object[] row : Uno.query(XCellRangeData.class, range).getDataArray()) {
            System.out.println("  " + Arrays.toString(row));
        }
    }

    private static void setUiLocale(OfficeProcess office, String locale) throws Exception {
        XMultiServiceFactory provider = Uno.create(office.context(),
                "com.sun.star.configuration.ConfigurationProvider", XMultiServiceFactory.class);
        PropertyValue path = new PropertyValue();
        path.Name = "nodepath";
        path.Value = "/org.openoffice.Setup/L10N";
        Object access = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                new Object[] {path});
        Uno.query(XNameReplace.class, access).replaceByName("ooLocale", locale);
        Uno.query(XChangesBatch.class, access).commitChanges();
    }

    private static XComponent load(OfficeProcess office, Path workbook) throws Exception {
        return Uno.query(XComponentLoader.class, office.desktop())
                .loadComponentFromURL(workbook.toUri().toString(), "_blank", 0, new PropertyValue[0]);
    }

    private static void dispatch(OfficeProcess office, XComponent document) {
        XDispatchHelper helper = Uno.create(office.context(), "com.sun.star.frame.DispatchHelper",
                XDispatchHelper.class);
        XDispatchProvider frame = Uno.query(XDispatchProvider.class,
                Uno.query(XModel.class, document).getCurrentController().getFrame());
        helper.executeDispatch(frame, GENERATE, "_self", 0, new PropertyValue[0]);
    }

    private static void waitForWindows(XExtendedToolkit toolkit, IntPredicate expected)
            throws InterruptedException {
        for (int wait = 0; wait < 240 && !expected.test(toolkit.getTopWindowCount()); wait++) {
            Thread.sleep(250);
        }
        // Lets the window paint.
        Thread.sleep(1000);
    }

    private static List<String> documents(OfficeProcess office) throws Exception {
        List<String> open = new ArrayList<>();
        XEnumeration components = office.desktop().getComponents().createEnumeration();
        while (components.hasMoreElements()) {
            Object component = components.nextElement();
            String kind = Uno.find(XServiceInfo.class, component)
                    .filter(info -> info.supportsService("com.sun.star.drawing.DrawingDocument"))
                    .map(info -> "Draw").orElse("other");
            open.add(kind + " " + Uno.find(XModel.class, component).map(XModel::getURL).orElse("?"));
        }
        return open;
    }

    /** Closes the documents without saving, as terminate() would ask whether to save them. */
    private static void closeAll(OfficeProcess office) throws Exception {
        XEnumeration components = office.desktop().getComponents().createEnumeration();
        while (components.hasMoreElements()) {
            Uno.find(XCloseable.class, components.nextElement()).ifPresent(closeable -> {
                try {
                    closeable.close(true);
                } catch (CloseVetoException e) {
                    System.err.println("a document refused to close: " + e);
                }
            });
        }
    }

    private static void shoot(Path output, String name) throws Exception {
        run("import", "-window", "root", output.resolve(name + ".png").toString());
    }

    /** Presses a key (Return: the default button) in the window whose title matches. */
    private static void press(String title, String key) throws Exception {
        run("xdotool", "search", "--name", title, "windowfocus", "--sync", "key", key);
    }

    private static void run(String... command) throws Exception {
        new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
