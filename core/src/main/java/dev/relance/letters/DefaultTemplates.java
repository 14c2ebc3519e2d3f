package dev.relance.letters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.relance.RelanceException;

/**
 * The default templates, stylesheet and fonts of the templates module, which a user copies out
 * to edit. The module lists them in {@code index.txt}, one file a line.
 */
public final class DefaultTemplates {

    private static final String INDEX = LetterTemplates.DEFAULT_FOLDER + "index.txt";

    private DefaultTemplates() {
    }

    /** Returns the file names of the defaults, in the order of the index. */
    public static List<String> files() {
        try (InputStream in = resource(INDEX);
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new RelanceException("cannot read the list of default templates: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Copies every default file into the folder, keeping sub-folders such as {@code fonts/}.
     *
     * @param folder  the folder to copy into, created when missing
     * @param replace true to overwrite files already there
     * @return the files written
     * @throws RelanceException when a file is already there and {@code replace} is false, before
     *                          anything is written, or when a file cannot be written
     */
    public static List<Path> export(Path folder, boolean replace) {
        List<String> files = files();
        if (!replace) {
            requireNoneExists(folder, files);
        }

        List<Path> written = new ArrayList<>();
        for (String name : files) {
            Path target = folder.resolve(name);
            try (InputStream in = resource(LetterTemplates.DEFAULT_FOLDER + name)) {
                Files.createDirectories(target.toAbsolutePath().getParent());
                Files.write(target, in.readAllBytes());
            } catch (IOException e) {
                throw new RelanceException("cannot write " + target + ": " + e.getMessage(), e);
            }
            written.add(target);
        }
        return written;
    }

    private static void requireNoneExists(Path folder, List<String> files) {
        for (String name : files) {
            if (Files.exists(folder.resolve(name))) {
                throw new RelanceException(folder.resolve(name) + " already exists; export into"
                        + " an empty folder, or replace the files with --force");
            }
        }
    }

    private static InputStream resource(String path) {
        InputStream in = DefaultTemplates.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new RelanceException(path + " not found on the class path;"
                    + " it ships in the relance-templates jar");
        }
        return in;
    }
}
