package dev.relance.extension.ui;

import java.util.Map;

import com.sun.star.awt.FontDescriptor;
import com.sun.star.awt.PosSize;
import com.sun.star.awt.Rectangle;
import com.sun.star.awt.XControl;
import com.sun.star.awt.XControlContainer;
import com.sun.star.awt.XControlModel;
import com.sun.star.awt.XDialog;
import com.sun.star.awt.XToolkit;
import com.sun.star.awt.XWindow;
import com.sun.star.awt.XWindowPeer;
import com.sun.star.container.XNameContainer;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.uno.XComponentContext;

import dev.relance.extension.uno.Uno;

/**
 * Builds a UNO dialog in code: a dialog model, control models placed in dialog units (a fraction
 * of the UI font's size, so the layout follows the font), then the live dialog.
 */
final class DialogBuilder {

    private static final String MODEL = "com.sun.star.awt.UnoControl%sModel";

    private final XComponentContext context;
    private final Object dialogModel;

    DialogBuilder(XComponentContext context, String title, int width, int height) {
        this.context = context;
        this.dialogModel = Uno.create(context, "com.sun.star.awt.UnoControlDialogModel");
        Uno.setProperty(dialogModel, "Title", title);
        Uno.setProperty(dialogModel, "Width", width);
        Uno.setProperty(dialogModel, "Height", height);
    }

    /** Adds a control of the given kind ({@code FixedText}, {@code ListBox}, ...) and returns its model. */
    Object add(String kind, String name, int x, int y, int width, int height, Map<String, Object> properties) {
        try {
            Object model = Uno.query(XMultiServiceFactory.class, dialogModel)
                    .createInstance(String.format(MODEL, kind));
            Uno.setProperty(model, "PositionX", x);
            Uno.setProperty(model, "PositionY", y);
            Uno.setProperty(model, "Width", width);
            Uno.setProperty(model, "Height", height);
            properties.forEach((property, value) -> Uno.setProperty(model, property, value));
            Uno.query(XNameContainer.class, dialogModel).insertByName(name, model);
            return model;
        } catch (com.sun.star.uno.Exception e) {
            throw new IllegalStateException("cannot add the dialog control " + name, e);
        }
    }

    /** Returns a fixed-pitch font, so that the columns of list lines line up. */
    static FontDescriptor fixedPitchFont() {
        FontDescriptor font = new FontDescriptor();
        font.Name = "DejaVu Sans Mono;Liberation Mono;Courier New;Monospace";
        font.Height = 9;
        return font;
    }

    /** Creates the dialog window over {@code parent}, or over the desktop when there is none. */
    XDialog build(XWindowPeer parent) {
        Object dialog = Uno.create(context, "com.sun.star.awt.UnoControlDialog");
        XControl control = Uno.query(XControl.class, dialog);
        control.setModel(Uno.query(XControlModel.class, dialogModel));
        XToolkit toolkit = Uno.create(context, "com.sun.star.awt.Toolkit", XToolkit.class);
        control.createPeer(toolkit, parent);
        Uno.find(XWindow.class, parent).ifPresent(window -> centre(Uno.query(XWindow.class, dialog), window));
        return Uno.query(XDialog.class, dialog);
    }

    /** Centres the dialog over the document window; without a window manager it would open at 0,0. */
    private static void centre(XWindow dialog, XWindow parent) {
        Rectangle outer = parent.getPosSize();
        Rectangle inner = dialog.getPosSize();
        dialog.setPosSize(outer.X + (outer.Width - inner.Width) / 2, outer.Y + (outer.Height - inner.Height) / 2,
                0, 0, PosSize.POS);
    }

    /** Returns the live control of a built dialog, by name. */
    static XControl control(XDialog dialog, String name) {
        return Uno.query(XControlContainer.class, dialog).getControl(name);
    }
}
