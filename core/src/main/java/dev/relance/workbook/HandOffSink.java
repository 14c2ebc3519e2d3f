package dev.relance.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

import dev.relance.RelanceException;

/**
 * A sink decorator that applies the rows it receives to another sink on a thread of its own, so
 * that parsing a sheet and reading its rows run on two processors at once.
 *
 * <p>The calling thread (the reader) gathers rows into batches of {@link #BATCH_ROWS} and puts
 * them on a queue of at most {@link #QUEUED_BATCHES} batches. One consumer thread takes them off
 * and applies them to the wrapped sink. With one queue and one consumer, the wrapped sink receives
 * {@code row}, {@code restart} and {@code end} in the order the reader called them. The queue is
 * bounded, so the reader runs at most a few batches ahead and memory does not grow with the sheet.
 *
 * <p>{@link #restart()} and {@link #end()} return once the consumer has applied everything before
 * them. From then on no other thread touches the wrapped sink, and its writes are visible to the
 * reader. {@link #isDone()} returns the wrapped sink's {@code isDone()} as of the last batch
 * applied. The reader may hand a few more rows before the flag changes, and the consumer drops
 * them without passing them on. When the wrapped sink throws, this sink is done, and the reader's
 * next call throws the same exception.
 *
 * <p>The consumer is a daemon thread, started by the first call that needs it and ended by
 * {@link #end()}. A reader that fails before the end must {@link #close()} the sink, which ends
 * the consumer without applying the rows still queued. In a long-lived host such as LibreOffice,
 * a sink left open would keep its thread until the process exits. One reader thread at a time may
 * call the sink.
 */
public final class HandOffSink implements RowSink, AutoCloseable {

    /** The rows per batch: enough that the queue's locking costs little per row. */
    static final int BATCH_ROWS = 256;
    /** The maximum of batches queued: enough to absorb short stalls of either thread. */
    static final int QUEUED_BATCHES = 8;

    private final RowSink target;
    private final String threadName;
    private final BlockingQueue<Message> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    /** Whether the wrapped sink was done after the last batch applied; true once it failed. */
    private volatile boolean done;
    /** The wrapped sink's exception, set by the consumer before {@link #done}. */
    private volatile Throwable failure;

    // The reader thread's own state.
    private List<Row> batch = new ArrayList<>(BATCH_ROWS);
    private Thread consumer;
    private boolean failureThrown;

    /**
     * Returns a sink that applies its rows to {@code target} on a thread named {@code threadName}.
     */
    public HandOffSink(RowSink target, String threadName) {
        this.target = target;
        this.threadName = threadName;
    }

    /** A message for the consumer: a batch of rows, a restart, the end, or an order to stop. */
    private sealed interface Message permits Rows, Restart, Signal {
    }

    private record Rows(List<Row> rows) implements Message {
    }

    /** A restart, with the latch the reader waits on until it is applied. */
    private record Restart(CountDownLatch applied) implements Message {
    }

    private enum Signal implements Message {
        /** Applies the end, then ends the consumer. */
        END,
        /** Ends the consumer without applying anything. */
        STOP
    }

    @Override
    public void row(Row row) {
        throwFailure();
        if (done) {
            return;
        }
        batch.add(row);
        if (batch.size() == BATCH_ROWS) {
            flush();
        }
    }

    /** Passes the restart on and waits until it is applied, so that {@link #isDone()} is current. */
    @Override
    public void restart() {
        throwFailure();
        flush();
        CountDownLatch applied = new CountDownLatch(1);
        send(new Restart(applied));
        try {
            applied.await();
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
        throwFailure();
    }

    @Override
    public boolean isDone() {
        return done;
    }

    /** Passes the end on and waits until the consumer has applied it and ended. */
    @Override
    public void end() {
        if (failure != null) {
            // the wrapped sink takes nothing more, but the consumer must end all the same
            close();
            throwFailure();
        }
        flush();
        send(Signal.END);
        try {
            consumer.join();
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
        consumer = null;
        throwFailure();
    }

    /**
     * Ends the consumer, if one runs, and drops the rows not yet applied. After {@link #end()} there
     * are none, and after a failed read they are not needed. Returns once the consumer has ended,
     * which it does after the batch it is applying.
     *
     * @throws RuntimeException the wrapped sink's exception, when no call has thrown it yet, so
     *                          that a try-with-resources adds it to the reader's own failure
     */
    @Override
    public void close() {
        Thread running = consumer;
        if (running != null) {
            batch.clear();
            queue.clear();
            // the reader is the only thread that adds, so the cleared queue has room
            queue.add(Signal.STOP);
            joinUninterruptibly(running);
            queue.clear();
            consumer = null;
        }
        if (!failureThrown) {
            throwFailure();
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<Row> full = batch;
        batch = new ArrayList<>(BATCH_ROWS);
        send(new Rows(full));
    }

    private void send(Message message) {
        if (consumer == null) {
            consumer = new Thread(this::consume, threadName);
            consumer.setDaemon(true);
            consumer.start();
        }
        try {
            queue.put(message);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    /** Throws the wrapped sink's exception, once the consumer has caught one, as it was thrown. */
    private void throwFailure() {
        Throwable caught = failure;
        if (caught == null) {
            return;
        }
        failureThrown = true;
        if (caught instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (caught instanceof Error error) {
            throw error;
        }
        // only a checked exception thrown around the compiler's checks gets here
        throw new IllegalStateException("reading the rows failed on " + threadName, caught);
    }

    private RelanceException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new RelanceException("the read was interrupted while " + threadName
                + " read the rows; read the workbook again", e);
    }

    /**
     * Waits for the consumer to end, and restores an interrupt afterwards. The consumer ends after
     * at most one batch, and returning earlier would leave it touching the wrapped sink.
     */
    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs the consumer thread: applies the messages in order until the end or a stop. */
    private void consume() {
        while (true) {
            Message message;
            try {
                message = queue.take();
            } catch (InterruptedException e) {
                // only the host can interrupt this thread; the reader's next call throws the failure
                fail(new RelanceException("the read was interrupted while " + threadName
                        + " read the rows; read the workbook again", e));
                continue;
            }
            if (message == Signal.STOP) {
                return;
            }
            if (failure == null) {
                try {
                    apply(message);
                } catch (Throwable e) {
                    // any throwable is caught, so that it reaches the reader instead of ending the
                    // thread and leaving the reader waiting
                    fail(e);
                }
            }
            if (message instanceof Restart restart) {
                restart.applied().countDown();
            }
            if (message == Signal.END) {
                return;
            }
        }
    }

    private void apply(Message message) {
        if (message instanceof Rows rows) {
            for (Row row : rows.rows()) {
                if (target.isDone()) {
                    break;
                }
                target.row(row);
            }
        } else if (message instanceof Restart) {
            target.restart();
        } else if (message == Signal.END) {
            target.end();
        }
        done = target.isDone();
    }

    private void fail(Throwable e) {
        if (failure == null) {
            failure = e;
        }
        done = true;
    }
}
