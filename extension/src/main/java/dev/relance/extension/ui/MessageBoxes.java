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

    private static final String TITLE = "Relance";

    private MessageBoxes() {
    }

    /** Shows an information box and waits until the user closes it. */
    public static void info(XComponentContext context, XWindowPeer parent, String message) {
        show(context, parent, MessageBoxType.INFOBOX, message);
    }

    /** Shows an error box and waits until the user closes it. */
    public static void error(XComponentContext context, XWindowPeer parent, String message) {
        show(context, parent, MessageBoxType.ERRORBOX, message);
    }

    private static void show(XComponentContext context, XWindowPeer parent, MessageBoxType type, String message) {
        XMessageBoxFactory factory = Uno.create(context, "com.sun.star.awt.Toolkit", XMessageBoxFactory.class);
        XMessageBox box = factory.createMessageBox(parent, type, MessageBoxButtons.BUTTONS_OK, TITLE, message);
        try {
            box.execute();
        } finally {
            Uno.find(XComponent.class, box).ifPresent(XComponent::dispose);
        }
    }
}
