package dev.relance.job;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import dev.relance.RelanceException;

/**
 * Replaces a file only once its new content is complete: the content is written to a temporary
 * file in the same folder, flushed to disk, then renamed over the original. A crash at any moment
 * leaves either the old file or the new one, never half of one; at worst a hidden temporary file
 * ({@code .NAME.*.relance-tmp}) is left beside it.
 */
final class AtomicSave {

    private static final String TEMPORARY_SUFFIX = ".relance-tmp";

    private AtomicSave() {
    }

    /** Saves {@code file} through {@code writer}, which writes the complete content to the path it gets. */
    static void save(Path file, Consumer<Path> writer) {
        save(file, writer, false, file);
    }

    /**
     * Saves {@code file} through {@code writer}, which writes the complete content to the path it
     * gets.
     *
     * @param backup        whether to keep the version replaced as {@code NAME.bak} beside it
     * @param permissionsOf the file whose permissions a new file gets; a replaced file keeps its own
     */
    static void save(Path link, Consumer<Path> writer, boolean backup, Path permissionsOf) {
        // A workbook reached through a symbolic link is saved where the link points, so the link
        // keeps working and the real file gets the run.
        Path file = followLink(link);
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = createTemporary(directory, file.getFileName().toString());
        try {
            writer.accept(temporary);
            copyPermissions(Files.exists(file) ? file : permissionsOf, temporary);
            flush(temporary);
            if (backup && Files.exists(file)) {
                keepBackup(file);
            }
            move(temporary, file);
            flushDirectory(directory);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Fails when {@code file} could not be saved, by creating and deleting a temporary file beside
     * it: a run checks this before writing letters that the workbook would then not record.
     */
    static void requireWritable(Path file) {
        Path real = followLink(file);
        Path directory = real.toAbsolutePath().getParent();
        Path probe = createTemporary(directory, real.getFileName().toString());
        deleteQuietly(probe);
        if (Files.exists(real) && !Files.isWritable(real)) {
            throw new RelanceException("cannot write " + real + ": the file is read-only; "
                    + "make it writable and run again", real, null, null, null, null);
        }
    }

    private static Path followLink(Path file) {
        if (!Files.isSymbolicLink(file)) {
            return file;
        }
        try {
            return file.toRealPath();
        } catch (IOException e) {
            throw new RelanceException("cannot follow the link " + file + ": " + e.getMessage(), e);
        }
    }

    /** Returns where {@link #save} keeps the replaced version of a file. */
    static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** Copies the file to {@code NAME.bak}, itself replaced atomically, so a backup is never half written. */
    private static void keepBackup(Path file) {
        Path backup = backupOf(file);
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = createTemporary(directory, backup.getFileName().toString());
        try {
            Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
            flush(temporary);
            move(temporary, backup);
        } catch (IOException e) {
            throw new RelanceException("cannot keep a backup of " + file + " as " + backup + ": "
                    + e.getMessage() + "; the workbook was not changed", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static Path createTemporary(Path directory, String name) {
        try {
            // A dot-name in the same folder: the rename stays on one file system, so it is atomic.
            return Files.createTempFile(directory, "." + name + ".", TEMPORARY_SUFFIX);
        } catch (IOException e) {
            throw new RelanceException("cannot write in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Gives the temporary file the permissions of the file it replaces: temporary files are
     * created readable by their owner only, and a workbook shared with a group must stay shared.
     * A new file, such as a letter, gets its folder's permissions without the execute bits, so a
     * shared letters folder gives shared letters.
     */
    private static void copyPermissions(Path from, Path temporary) {
        PosixFileAttributeView view =
                Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.exists(from)
                    ? Files.getPosixFilePermissions(from)
                    : withoutExecute(Files.getPosixFilePermissions(temporary.toAbsolutePath().getParent()));
            view.setPermissions(permissions);
        } catch (IOException | UnsupportedOperationException ignored) {
            // The content matters more than the mode; the owner can still open the file.
        }
    }

    private static Set<PosixFilePermission> withoutExecute(Set<PosixFilePermission> folder) {
        Set<PosixFilePermission> file = EnumSet.noneOf(PosixFilePermission.class);
        file.addAll(folder);
        file.removeAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_EXECUTE));
        return file;
    }

    private static void flush(Path temporary) {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw new RelanceException("cannot flush " + temporary + " to disk: " + e.getMessage(), e);
        }
    }

    /** Flushes the folder, so that the rename itself survives a power cut (Linux, macOS). */
    private static void flushDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // Windows cannot open a folder as a file; its rename is already durable there.
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
