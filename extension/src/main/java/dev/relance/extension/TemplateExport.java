package dev.relance.extension;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dev.relance.RelanceException;
import dev.relance.extension.ui.FolderChooser;
import dev.relance.extension.ui.UiText;

/**
 * "Export templates…": copies the letter templates, stylesheet and fonts the extension carries
 * into a folder, so that users can read and adapt them.
 */
final class TemplateExport {

    /** The folder of the templates inside the templates module's jar. */
    static final String TEMPLATES = "dev/relance/templates";

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

    /** Copies every file under the templates folder of the class path into {@code target}. */
    static int copyTo(Path target) {
        URL marker = TemplateExport.class.getClassLoader().getResource(TEMPLATES + "/letter.css");
        if (marker == null) {
            throw new RelanceException("the letter templates are missing from the extension; reinstall relance.oxt");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return copyTree(jar.getPath("/" + TEMPLATES), target);
                }
            }
            return copyTree(Path.of(uri).getParent(), target);
        } catch (IOException | URISyntaxException e) {
            throw new RelanceException("cannot export the templates to " + target + ": " + e.getMessage(), e);
        }
    }

    private static int copyTree(Path source, Path target) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path destination = target.resolve(source.relativize(file).toString());
            Files.createDirectories(destination.getParent());
            Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
        }
        return files.size();
    }
}
