package dev.relance.selection;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.relance.UsageException;
import dev.relance.ledger.Client;

/**
 * An explicit list of client codes, read from a text file: one code per line, blank lines
 * skipped, and everything from a {@code #} to the end of the line is a comment. Codes are taken
 * as written, hyphens included: the file holds no ranges.
 *
 * @param source the file's name as given, shown in the plan's filters
 * @param keys   the codes' keys, compared as client codes
 */
public record ClientList(String source, Set<String> keys) {

    private static final String OPTION = "--clients-file";

    public ClientList {
        keys = Set.copyOf(keys);
    }

    /**
     * Reads the file, in UTF-8.
     *
     * @throws UsageException when the file is missing, unreadable, not UTF-8 or lists no code
     */
    public static ClientList read(Path file) {
        List<String> lines = readLines(file);
        Set<String> keys = new LinkedHashSet<>();
        for (String line : lines) {
            // a file saved by Windows Notepad may start with a byte order mark
            String text = line.replace("\uFEFF", "");
            int comment = text.indexOf('#');
            String code = (comment >= 0 ? text.substring(0, comment) : text).strip();
            if (!code.isEmpty()) {
                keys.add(Client.keyOf(code));
            }
        }
        if (keys.isEmpty()) {
            throw new UsageException(OPTION, file + " lists no client code;"
                    + " expected one code per line, e.g. C001");
        }
        return new ClientList(file.toString(), keys);
    }

    /** Returns whether the list holds this client code. */
    public boolean contains(String code) {
        return keys.contains(Client.keyOf(code));
    }

    private static List<String> readLines(Path file) {
        try {
            return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new UsageException(OPTION, file + " does not exist");
        } catch (MalformedInputException e) {
            throw new UsageException(OPTION, file + " is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new UsageException(OPTION, "cannot read " + file + ": " + e.getMessage());
        }
    }
}
