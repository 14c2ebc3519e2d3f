package dev.relance.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stream read on a thread of its own, a few chunks ahead of its reader: the inflating of a
 * zip entry and the counting against the read limits then run beside the scanning of what they
 * produce. A sheet of 100,000 invoices inflates to 49 MB (XLSX) or 146 MB (ODS), a tenth of the
 * read's time on the reading thread otherwise.
 *
 * <p>A failure of the source (an {@link IOException}, a {@link dev.relance.RelanceException} for
 * a read limit) reaches the reader at the place in the stream where it happened, as the same
 * object. {@link #close()} stops the thread and waits for it before closing the source, so that
 * the source is never used by two threads at once. The reader must close the stream, failed or
 * not.
 */
public final class ReadAheadStream extends InputStream {

    private static final int CHUNK_BYTES = 64 * 1024;
    private static final int CHUNKS_AHEAD = 4;
    /** How long {@link #close()} waits for the thread, which ends within one read of the source. */
    private static final long STOP_WAIT_MILLIS = 10_000;

    /** A chunk of the source, or its end, or its failure. */
    private record Chunk(byte[] bytes, int length, Throwable failure) {
        static final Chunk END = new Chunk(null, -1, null);
    }

    private final InputStream source;
    private final Thread thread;
    private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS_AHEAD + 2);
    private volatile boolean closed;

    private Chunk current;
    private int offset;
    private boolean ended;

    public ReadAheadStream(InputStream source, String threadName) {
        this.source = source;
        for (int i = 0; i < CHUNKS_AHEAD + 2; i++) {
            free.add(new byte[CHUNK_BYTES]);
        }
        this.thread = new Thread(this::pump, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Reads the source chunk by chunk into the queue, until its end, a failure or a close. */
    private void pump() {
        try {
            while (!closed) {
                byte[] bytes = free.poll(100, TimeUnit.MILLISECONDS);
                if (bytes == null) {
                    continue;
                }
                int length = source.readNBytes(bytes, 0, bytes.length);
                if (length > 0) {
                    hand(new Chunk(bytes, length, null));
                }
                if (length < bytes.length) {
                    hand(Chunk.END);
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed while waiting, so no reader is left
        } catch (IOException | RuntimeException | Error e) {
            try {
                hand(new Chunk(null, -1, e));
            } catch (InterruptedException ignored) {
                // closed while handing the failure on, so no reader is left
            }
        }
    }

    private void hand(Chunk chunk) throws InterruptedException {
        while (!closed && !filled.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
            // the reader is busy: wait for room unless the stream was closed
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int targetOffset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!nextChunk()) {
            return -1;
        }
        int count = Math.min(length, current.length() - offset);
        System.arraycopy(current.bytes(), offset, target, targetOffset, count);
        offset += count;
        return count;
    }

    /** Moves to a chunk with bytes left, and returns false at the end of the source. */
    private boolean nextChunk() throws IOException {
        if (current != null && offset < current.length()) {
            return true;
        }
        if (ended) {
            return false;
        }
        if (current != null) {
            free.add(current.bytes());
            current = null;
        }
        Chunk next;
        try {
            next = filled.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading ahead");
        }
        if (next.failure() != null) {
            ended = true;
            rethrow(next.failure());
        }
        if (next == Chunk.END) {
            ended = true;
            return false;
        }
        current = next;
        offset = 0;
        return true;
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) failure;
    }

    /** Stops the thread, waits for it, then closes the source. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        // The thread is woken, not interrupted: an interrupt during a read would close the zip
        // file's channel, which the next part is read from. It ends within one read of the source.
        filled.clear();
        free.offer(new byte[CHUNK_BYTES]);
        try {
            thread.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
