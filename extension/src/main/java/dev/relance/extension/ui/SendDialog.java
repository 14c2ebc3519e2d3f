package dev.relance.extension.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sun.star.awt.PushButtonType;
import com.sun.star.awt.TextEvent;
import com.sun.star.awt.XDialog;
import com.sun.star.awt.XTextComponent;
import com.sun.star.awt.XTextListener;
import com.sun.star.awt.XWindowPeer;
import com.sun.star.lang.EventObject;
import com.sun.star.lang.XComponent;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.uno.XComponentContext;

import dev.relance.extension.uno.Uno;

/**
 * The offer to send the e-mails a run wrote: where they go, the password field when the SMTP
 * server needs a login, then "Send by e-mail" or "Not now". The password is typed in a masked
 * field, which has the focus when the dialog opens, and returned, never stored. Return sends only
 * once a password is typed.
 */
public final class SendDialog {

    private static final int WIDTH = 300;
    private static final int HEIGHT = 148;
    /** The password's label and field, one above the other: a long login would not fit beside it. */
    private static final int PASSWORD_HEIGHT = 30;
    private static final short MASK = '*';

    private final XComponentContext context;
    private final UiLanguage language;

    public SendDialog(XComponentContext context, UiLanguage language) {
        this.context = context;
        this.language = language;
    }

    /**
     * Shows the offer and waits until it is closed.
     *
     * @param heading the first line, saying how many e-mails go through which server
     * @param lines   one line per e-mail: file and recipients
     * @param user    the SMTP login, when the server needs a password
     * @return the password typed (empty text without a login) after "Send by e-mail"; empty for
     *         "Not now"
     */
    public Optional<String> show(XWindowPeer parent, String heading, List<String> lines,
            Optional<String> user) {
        XDialog dialog = build(parent, heading, lines, user);
        try {
            if (dialog.execute() != 1) {
                return Optional.empty();
            }
            // Read before the dialog is disposed, which drops the field's text.
            return Optional.of(user.isPresent() ? Uno.query(XTextComponent.class,
                    DialogBuilder.control(dialog, "password")).getText() : "");
        } finally {
            Uno.query(XComponent.class, dialog).dispose();
        }
    }

    /**
     * Lays the dialog out. The tab indexes put the password field first, which gives it the focus
     * when the dialog opens, so the user types the password at once.
     */
    private XDialog build(XWindowPeer parent, String heading, List<String> lines, Optional<String> user) {
        int height = HEIGHT + (user.isPresent() ? PASSWORD_HEIGHT : 0);
        DialogBuilder builder = new DialogBuilder(context, SendText.TITLE.in(language), WIDTH, height);
        builder.add("FixedText", "heading", 8, 8, WIDTH - 16, 20, Map.of("Label", heading, "MultiLine", true));
        builder.add("ListBox", "emails", 8, 30, WIDTH - 16, 90, Map.of("TabIndex", (short) 1,
                "FontDescriptor", DialogBuilder.fixedPitchFont(), "StringItemList", lines.toArray(String[]::new)));
        user.ifPresent(login -> {
            builder.add("FixedText", "passwordLabel", 8, 126, WIDTH - 16, 10,
                    Map.of("Label", SendText.PASSWORD.in(language, login)));
            builder.add("Edit", "password", 8, 137, WIDTH - 16, 13, Map.of("EchoChar", MASK, "TabIndex", (short) 0));
        });
        builder.add("Button", "send", WIDTH - 152, height - 20, 84, 14, Map.of("Label", SendText.SEND.in(language),
                "PushButtonType", (short) PushButtonType.OK_value, "DefaultButton", user.isEmpty(),
                "TabIndex", (short) 2));
        builder.add("Button", "notNow", WIDTH - 64, height - 20, 56, 14, Map.of("Label",
                SendText.NOT_NOW.in(language), "PushButtonType", (short) PushButtonType.CANCEL_value,
                "TabIndex", (short) 3));
        XDialog dialog = builder.build(parent);
        if (user.isPresent()) {
            Uno.query(XTextComponent.class, DialogBuilder.control(dialog, "password"))
                    .addTextListener(new SendOnReturnOnceTyped(DialogBuilder.control(dialog, "send").getModel()));
        }
        return dialog;
    }

    /**
     * Makes "Send by e-mail" the default button only once a password is typed. Otherwise Return
     * in the empty field would send every e-mail without the password, and each would fail.
     */
    private static final class SendOnReturnOnceTyped extends WeakBase implements XTextListener {
        private final Object send;

        SendOnReturnOnceTyped(Object send) {
            this.send = send;
        }

        @Override
        public void textChanged(TextEvent event) {
            String text = Uno.query(XTextComponent.class, event.Source).getText();
            Uno.setProperty(send, "DefaultButton", !text.isEmpty());
        }

        @Override
        public void disposing(EventObject event) {
            // Nothing to release: the dialog owns the button.
        }
    }
}
