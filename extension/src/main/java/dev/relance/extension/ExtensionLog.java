package dev.relance.extension;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import dev.relance.extension.uno.Office;

/**
 * The extension's own log file, {@code relance/relance.log} in the LibreOffice user profile:
 * what the extension prints would go to the office's standard output, which users never see.
 */
final class ExtensionLog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Path file;

    ExtensionLog(Path file) {
        this.file = file;
    }

    /** Returns the log in the office's user profile, or in the temporary folder when it has none. */
    static ExtensionLog in(Office office) {
        try {
            return new ExtensionLog(office.userProfile().resolve("relance").resolve("relance.log"));
        } catch (RuntimeException e) {
            return new ExtensionLog(Path.of(System.getProperty("java.io.tmpdir"), "relance.log"));
        }
    }

    Path file() {
        return file;
    }

    /** Appends one line. */
    void info(String message) {
        append(LocalDateTime.now().format(TIME) + " " + message + System.lineSeparator());
    }

    /** Appends one line and the error's stack trace. */
    void error(String message, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        append(LocalDateTime.now().format(TIME) + " ERROR " + message + System.lineSeparator() + trace);
    }

    private synchronized void append(String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            // The log is the last resort for errors, so the office's standard output gets them instead.
            System.err.print("Relance: cannot write " + file + " (" + e.getMessage() + "): " + text);
        }
    }
}
