package dev.relance.extension;

import java.nio.file.Path;
import java.util.Optional;

import com.sun.star.awt.XWindowPeer;
import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.XComponentLoader;
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

    /** Returns the document window, to put dialogs over it. */
    Optional<XWindowPeer> window() {
        return document.frame().flatMap(frame -> Uno.find(XWindowPeer.class, frame.getContainerWindow()));
    }

    /** Shows an information box, or only logs the message when dialogs are switched off. */
    void inform(String message) {
        log.info(message);
        if (!switches.noDialogs()) {
            MessageBoxes.info(context, window().orElse(null), message);
        }
    }

    /** Shows an error box, or only logs the message when dialogs are switched off. */
    void fail(String message) {
        log.info("failed: " + message);
        if (!switches.noDialogs()) {
            MessageBoxes.error(context, window().orElse(null), message);
        }
    }

    /**
     * Opens a file in a new LibreOffice window, with the application its type calls for (Draw
     * for a PDF); not through the system's shell, which ended soffice under Xvfb. Does nothing
     * when dialogs are switched off, where nobody would see it. A file that does not open is only
     * logged: it was written, and the user can open it from its folder.
     */
    void openInOffice(Path file) {
        if (switches.noDialogs()) {
            return;
        }
        try {
            XComponentLoader loader = Uno.create(context, "com.sun.star.frame.Desktop", XComponentLoader.class);
            loader.loadComponentFromURL(file.toUri().toString(), "_blank", 0, new PropertyValue[0]);
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            log.info("could not open " + file + ": " + e);
        }
    }
}
