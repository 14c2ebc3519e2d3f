package dev.relance.job;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.relance.RelanceException;

/**
 * Maps a list through a function on a few worker threads, and hands each result to a consumer on
 * the calling thread, in the list's order. So the consumer sees the same sequence as a loop over
 * the list would give it, and needs no locking.
 *
 * <p>At most twice as many items as threads are in flight at once, so finished results waiting for
 * an earlier item do not pile up in memory. When an item's work fails, the results before it have
 * been consumed, the items after it are cancelled, and its exception is thrown, as a loop would.
 */
final class OrderedWork {

    private static final String THREAD_NAME = "relance-letters-";

    private OrderedWork() {
    }

    /** Returns the number of threads to use: one per processor the JVM may run on. */
    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs {@code work} on every item with up to {@code threads} threads and passes the results to
     * {@code consumer} in the order of {@code items}. With one thread or one item, everything runs
     * on the calling thread.
     *
     * @throws RuntimeException the first failure of {@code work} or {@code consumer}, in list
     *                          order, as they threw it
     */
    static <T, R> void run(List<T> items, int threads, Function<T, R> work, Consumer<R> consumer) {
        int workers = Math.min(threads, items.size());
        if (workers <= 1) {
            items.forEach(item -> consumer.accept(work.apply(item)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, threadFactory());
        try {
            runOn(pool, items, workers * 2, work, consumer);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T, R> void runOn(ExecutorService pool, List<T> items, int inFlight,
            Function<T, R> work, Consumer<R> consumer) {
        Queue<Future<R>> pending = new ArrayDeque<>();
        int next = 0;
        while (next < items.size() || !pending.isEmpty()) {
            while (next < items.size() && pending.size() < inFlight) {
                T item = items.get(next++);
                pending.add(pool.submit(() -> work.apply(item)));
            }
            consumer.accept(await(pending.remove()));
        }
    }

    private static <R> R await(Future<R> result) {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RelanceException("interrupted while writing the letters; run again", e);
        } catch (CancellationException e) {
            throw new IllegalStateException("a letter was cancelled before its turn", e);
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(failure);
    }

    /**
     * Makes daemon threads, so that a worker left behind never keeps the JVM alive. A new thread
     * takes the context class loader of the thread that creates it, the caller's, so resource
     * lookups on a worker find what they find on the caller. The Calc extension sets its own
     * context class loader while a job runs.
     */
    private static ThreadFactory threadFactory() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, THREAD_NAME + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
