package dev.relance.extension;

import java.nio.file.Path;
import java.util.Optional;

import com.sun.star.awt.XWindowPeer;
import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.lang.XComponent;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.task.XInteractionAbort;
import com.sun.star.task.XInteractionContinuation;
import com.sun.star.task.XInteractionHandler;
import com.sun.star.task.XInteractionRequest;
import com.sun.star.uno.XComponentContext;

import dev.relance.extension.ui.MessageBoxes;
import dev.relance.extension.ui.UiLanguage;
import dev.relance.extension.uno.CalcDocument;
import dev.relance.extension.uno.Uno;

/**
 * The context of one menu command: the office's component context, the document, the UI
 * language, the switches and the log. Messages to the user go through here, so
 * {@code RELANCE_NO_DIALOGS} is applied in one place.
 */
record Session(XComponentContext context, CalcDocument document, UiLanguage language,
        Switches switches, ExtensionLog log) {

    /** Draw's PDF import filter, which opens a PDF as a Draw document. */
    static final String PDF_IMPORT = "draw_pdf_import";

    /** Returns the document window, to put dialogs over it. */
    Optional<XWindowPeer> window() {
        return document.frame().flatMap(frame -> Uno.find(XWindowPeer.class, frame.getContainerWindow()));
    }

    /** Shows an information box, or only logs the message when dialogs are switched off. */
    void inform(String message) {
        log.info(message);
        if (!switches.noDialogs()) {
            MessageBoxes.info(context, window().orElse(null), language, message);
        }
    }

    /** Shows an error box, or only logs the message when dialogs are switched off. */
    void fail(String message) {
        log.info("failed: " + message);
        if (!switches.noDialogs()) {
            MessageBoxes.error(context, window().orElse(null), language, message);
        }
    }

    /**
     * Opens a PDF in a new LibreOffice Draw window and returns whether it opened. The system's
     * shell is not used because it ended soffice under Xvfb. Opens nothing when dialogs are
     * switched off, because nobody would see the window. A file that fails to open is logged and
     * the caller tells the user where it is, because it was written and can be opened from its
     * folder.
     */
    boolean openPdfInOffice(Path file) {
        if (switches.noDialogs()) {
            return false;
        }
        try {
            XComponentLoader loader = Uno.create(context, "com.sun.star.frame.Desktop", XComponentLoader.class);
            XComponent opened = loader.loadComponentFromURL(file.toUri().toString(), "_blank", 0,
                    new PropertyValue[] {property("FilterName", PDF_IMPORT),
                        property("InteractionHandler", new DeclineAll())});
            if (opened == null) {
                log.info("did not open " + file + ": LibreOffice could not load it with " + PDF_IMPORT
                        + "; is LibreOffice Draw installed?");
            }
            return opened != null;
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            log.info("failed to open " + file + " in LibreOffice: " + e);
            return false;
        }
    }

    private static PropertyValue property(String name, Object value) {
        PropertyValue property = new PropertyValue();
        property.Name = name;
        property.Value = value;
        return property;
    }

    /**
     * An interaction handler that aborts every request. Without Draw installed, LibreOffice 7.4.7
     * answers a PDF load with a filter chooser, which must not appear after the letters are written.
     */
    private static final class DeclineAll extends WeakBase implements XInteractionHandler {
        @Override
        public void handle(XInteractionRequest request) {
            for (XInteractionContinuation continuation : request.getContinuations()) {
                Uno.find(XInteractionAbort.class, continuation).ifPresent(XInteractionAbort::select);
            }
        }
    }
}
