package dev.relance.job;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Optional;

import dev.relance.RelanceException;

/**
 * Keeps two Relance processes from working on one workbook at once: each holds an operating
 * system lock on a hidden file next to the workbook ({@code .NAME.relance-lock}) from reading it
 * to saving it. A second process waits a few seconds for the first to finish, then gives up.
 *
 * <p>The operating system releases the lock when its process dies, so a lock file left by a killed
 * run blocks nothing. The holder deletes the file on release. Meanwhile a waiting process may have
 * opened the deleted file, and a third one may create a new file of the same name. So a process
 * that gets the lock checks that the path still names the file it locked, else it starts over.
 */
final class RunLock implements AutoCloseable {

    /** How long a second run waits for the first one by default. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

    private static final long POLL_MILLIS = 100;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Returns the lock file of a workbook. */
    static Path lockFileOf(Path workbook) {
        Path absolute = workbook.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + ".relance-lock");
    }

    /**
     * Takes the workbook's lock, waiting up to {@code wait} for another process to release it.
     *
     * @throws RelanceException when the workbook does not exist, or another run still holds the
     *                          lock after the wait
     */
    static RunLock acquire(Path workbook, Duration wait) {
        if (!Files.isRegularFile(workbook)) {
            // Said before a lock file is created, which would fail in a folder that is not there.
            throw new RelanceException("cannot read the workbook: the file does not exist", workbook,
                    null, null, null, null);
        }
        Path file = lockFileOf(workbook);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<RunLock> acquired = tryAcquire(file);
            if (acquired.isPresent()) {
                return acquired.get();
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new RelanceException("another Relance run is working on this workbook (lock"
                        + " file " + file.getFileName() + "); wait for it to finish and run again",
                        workbook, null, null, null, null);
            }
            pause();
        }
    }

    /**
     * Locks the file the path names, if it still names the same file once locked: the identity is
     * read before opening, so that a file deleted and created again in between is not mistaken
     * for the one locked.
     */
    private static Optional<RunLock> tryAcquire(Path file) {
        createIfMissing(file);
        Object before = fileKey(file);
        FileChannel channel = open(file);
        try {
            FileLock lock = tryLock(channel);
            if (lock != null && before != null && before.equals(fileKey(file))) {
                return Optional.of(new RunLock(file, channel, lock));
            }
            closeQuietly(channel);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new RelanceException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the lock, or null when another process holds it. A lock held by this process, as
     * when a test runs two jobs in one JVM, counts as held by another.
     */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException ignored) {
            // Held by another thread of this process, which counts the same as another process.
            return null;
        }
    }

    private static void createIfMissing(Path file) {
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException ignored) {
            // The usual case when another run holds the lock, or a killed run left the file.
        } catch (IOException e) {
            throw cannotCreate(file, e);
        }
    }

    private static RelanceException cannotCreate(Path file, IOException e) {
        return new RelanceException("cannot create the lock file " + file + " next to the"
                + " workbook: " + e.getMessage() + "; check that its folder is writable", e);
    }

    private static FileChannel open(Path file) {
        try {
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw cannotCreate(file, e);
        }
    }

    /**
     * Returns the file's identity (device and inode on Unix), or null when it does not exist: a
     * holder deleted it, or no run has created it yet, and the next attempt finds the new one.
     */
    private static Object fileKey(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            // Without identities (some Windows file systems) the creation time is used instead.
            return attributes.fileKey() != null ? attributes.fileKey() : attributes.creationTime();
        } catch (IOException ignored) {
            return null;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RelanceException("interrupted while waiting for another Relance run", e);
        }
    }

    /** Deletes the lock file, then releases the lock: in this order no one can lock it between. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A lock file left behind blocks nothing once released.
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases the lock too.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing was written through the channel, so nothing is lost.
        }
    }
}
