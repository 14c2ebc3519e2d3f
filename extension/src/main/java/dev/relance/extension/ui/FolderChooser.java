package dev.relance.extension.ui;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import com.sun.star.ui.dialogs.ExecutableDialogResults;
import com.sun.star.ui.dialogs.XFolderPicker2;
import com.sun.star.uno.XComponentContext;

import dev.relance.extension.uno.Uno;

/** LibreOffice's folder picker. */
public final class FolderChooser {

    private FolderChooser() {
    }

    /** Asks for a folder, starting in {@code start} when given; empty when the user cancels. */
    public static Optional<Path> choose(XComponentContext context, String title, Optional<Path> start) {
        XFolderPicker2 picker = Uno.create(context, "com.sun.star.ui.dialogs.FolderPicker", XFolderPicker2.class);
        picker.setTitle(title);
        start.ifPresent(folder -> setStart(picker, folder));
        if (picker.execute() != ExecutableDialogResults.OK) {
            return Optional.empty();
        }
        return Optional.of(Path.of(URI.create(picker.getDirectory())));
    }

    private static void setStart(XFolderPicker2 picker, Path folder) {
        try {
            picker.setDisplayDirectory(folder.toUri().toString());
        } catch (com.sun.star.lang.IllegalArgumentException ignored) {
            // The picker then opens in its own default folder, which is only less convenient.
        }
    }
}
