package dev.relance.workbook.ods;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An output stream whose bytes another thread writes on to the real output, so that what that
 * output does with them (compress a zip entry) runs while the caller makes the next ones. Bytes
 * travel in blocks of 256 KiB, at most four ahead of the other thread, so memory stays small
 * whatever is written.
 *
 * <p>{@link #finish} waits until every byte is written. {@link #close} without it abandons the
 * output: the other thread drops what it has not written yet and stops. Either way, the real
 * output is no longer used by the other thread once the call returns. A failure of the real
 * output is thrown to the caller by its next write, or by {@code finish}.
 */
final class HandOffStream extends OutputStream {

    static final int BLOCK_BYTES = 256 * 1024;
    private static final int BLOCKS_AHEAD = 4;

    private record Block(byte[] bytes, int length) {
    }

    private static final Block END = new Block(new byte[0], 0);

    private final OutputStream target;
    private final BlockingQueue<Block> handedOver = new ArrayBlockingQueue<>(BLOCKS_AHEAD);
    /** Blocks the other thread has written, for the caller to fill again. */
    private final BlockingQueue<byte[]> spare = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile Throwable failure;
    private volatile boolean abandoned;
    private byte[] block = new byte[BLOCK_BYTES];
    private int length;
    private boolean ended;

    /** Starts the thread that writes to {@code target}, which is not closed. */
    HandOffStream(OutputStream target, String threadName) {
        this.target = target;
        this.writer = new Thread(this::writeBlocks, threadName);
        // a save that fails must not leave the program running
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void write(int oneByte) throws IOException {
        write(new byte[] {(byte) oneByte}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int count) throws IOException {
        if (ended) {
            throw new IOException("the stream is closed");
        }
        int written = 0;
        while (written < count) {
            int copied = Math.min(count - written, BLOCK_BYTES - length);
            System.arraycopy(bytes, offset + written, block, length, copied);
            length += copied;
            written += copied;
            if (length == BLOCK_BYTES) {
                handOver();
            }
        }
    }

    /** Hands over the last bytes and waits until the other thread has written every byte. */
    void finish() throws IOException {
        if (ended) {
            throw new IOException("the stream is closed");
        }
        if (length > 0) {
            handOver();
        }
        if (!end()) {
            throw new InterruptedIOException("interrupted while writing");
        }
        throwFailure();
    }

    /** Stops the other thread, abandoning what it has not written, unless {@link #finish} was called. */
    @Override
    public void close() {
        if (!ended) {
            abandoned = true;
            end();
        }
    }

    private void handOver() throws IOException {
        throwFailure();
        try {
            handedOver.put(new Block(block, length));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandoned = true;
            throw new InterruptedIOException("interrupted while writing");
        }
        byte[] next = spare.poll();
        block = next != null ? next : new byte[BLOCK_BYTES];
        length = 0;
    }

    /**
     * Tells the other thread to stop after the blocks handed over, or at once when the output is
     * abandoned, and waits for it. Returns false when the caller was interrupted meanwhile: the
     * output is then abandoned.
     */
    private boolean end() {
        ended = true;
        boolean interrupted = false;
        if (!abandoned) {
            try {
                handedOver.put(END);
            } catch (InterruptedException e) {
                interrupted = true;
                abandoned = true;
            }
        }
        if (abandoned) {
            // only this thread adds to the queue, so once it is cleared the end marker fits
            handedOver.clear();
            handedOver.add(END);
        }
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                // the other thread may still be writing: the real output is not free before it ends
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return !interrupted;
    }

    private void throwFailure() throws IOException {
        Throwable failed = failure;
        if (failed instanceof IOException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
    }

    /** Writes the blocks in order until the end marker, on the other thread. */
    private void writeBlocks() {
        while (true) {
            Block next;
            try {
                next = handedOver.take();
            } catch (InterruptedException e) {
                failure = new InterruptedIOException("interrupted while writing");
                return;
            }
            if (next == END) {
                return;
            }
            if (failure == null && !abandoned) {
                try {
                    target.write(next.bytes(), 0, next.length());
                } catch (Throwable e) {
                    // kept for the caller, and the blocks still coming are taken and dropped
                    failure = e;
                }
            }
            spare.offer(next.bytes());
        }
    }
}
