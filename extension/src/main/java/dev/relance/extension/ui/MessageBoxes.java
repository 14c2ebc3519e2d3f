package dev.relance.extension.ui;

import com.sun.star.awt.MessageBoxButtons;
import com.sun.star.awt.MessageBoxType;
import com.sun.star.awt.XMessageBox;
import com.sun.star.awt.XMessageBoxFactory;
import com.sun.star.awt.XWindowPeer;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.XComponentContext;

import dev.relance.extension.uno.Uno;

/** LibreOffice's own message boxes, for the end of a run and for errors. */
public final class MessageBoxes {

    private MessageBoxes() {
    }

    /** Shows an information box titled "Relance" and waits until the user closes it. */
    public static void info(XComponentContext context, XWindowPeer parent, UiLanguage language, String message) {
        show(context, parent, MessageBoxType.INFOBOX, UiText.INFO_TITLE.in(language), message);
    }

    /** Shows an error box titled "Relance: error" and waits until the user closes it. */
    public static void error(XComponentContext context, XWindowPeer parent, UiLanguage language, String message) {
        show(context, parent, MessageBoxType.ERRORBOX, UiText.ERROR_TITLE.in(language), message);
    }

    private static void show(XComponentContext context, XWindowPeer parent, MessageBoxType type, String title,
            String message) {
        XMessageBoxFactory factory = Uno.create(context, "com.sun.star.awt.Toolkit", XMessageBoxFactory.class);
        XMessageBox box = factory.createMessageBox(parent, type, MessageBoxButtons.BUTTONS_OK, title, message);
        try {
            box.execute();
        } finally {
            Uno.find(XComponent.class, box).ifPresent(XComponent::dispose);
        }
    }
}
