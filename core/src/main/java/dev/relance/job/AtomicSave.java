package dev.relance.job;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

import dev.relance.RelanceException;

/**
 * Replaces a file only once its new content is complete: the content is written to a temporary
 * file in the same folder, flushed to disk, then renamed over the original. A crash at any moment
 * leaves either the old file or the new one, never half of one.
 */
final class AtomicSave {

    private AtomicSave() {
    }

    /** Saves {@code file} through {@code writer}, which writes the complete content to the path it gets. */
    static void save(Path file, Consumer<Path> writer) {
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = createTemporary(directory, file.getFileName().toString());
        try {
            writer.accept(temporary);
            flush(temporary);
            move(temporary, file);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static Path createTemporary(Path directory, String name) {
        try {
            // A dot-name in the same folder: the rename stays on one file system, so it is atomic.
            return Files.createTempFile(directory, "." + name + ".", ".relance-tmp");
        } catch (IOException e) {
            throw new RelanceException("cannot write in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static void flush(Path temporary) {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw new RelanceException("cannot flush " + temporary + " to disk: " + e.getMessage(), e);
        }
    }

    private static void move(Path temporary, Path file) {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new RelanceException("cannot replace " + file + " atomically on this file system", e);
        } catch (IOException e) {
            throw new RelanceException("cannot replace " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // The temporary file is hidden and named after the workbook, so a leftover is harmless.
        }
    }
}
