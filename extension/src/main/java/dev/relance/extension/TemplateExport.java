package dev.relance.extension;

import java.nio.file.Path;
import java.util.Optional;

import dev.relance.extension.ui.FolderChooser;
import dev.relance.extension.ui.UiText;
import dev.relance.letters.DefaultTemplates;

/**
 * "Export templates…": copies the letter and e-mail templates, stylesheet and fonts the extension
 * carries into a folder, so that users can read and adapt them.
 */
final class TemplateExport {

    private final Session session;

    TemplateExport(Session session) {
        this.session = session;
    }

    /** Asks for a folder (next to the document without dialogs), then copies the templates there. */
    void run() {
        Optional<Path> besideDocument = session.document().location()
                .map(file -> file.toAbsolutePath().getParent().resolve("Relances").resolve("templates"));
        Optional<Path> folder = session.switches().noDialogs() ? besideDocument
                : FolderChooser.choose(session.context(), UiText.CHOOSE_TEMPLATES_FOLDER.in(session.language()),
                        session.document().location().map(file -> file.toAbsolutePath().getParent()));
        if (folder.isEmpty()) {
            return;
        }
        int copied = copyTo(folder.get());
        session.inform(UiText.TEMPLATES_EXPORTED.in(session.language(), copied, folder.get()));
    }

    /**
     * Copies the default templates, stylesheet and fonts into {@code target}, replacing files
     * there, and returns how many. {@code relance templates export} copies the same list.
     */
    static int copyTo(Path target) {
        return DefaultTemplates.export(target, true).size();
    }
}
