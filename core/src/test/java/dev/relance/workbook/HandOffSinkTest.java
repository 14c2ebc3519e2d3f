package dev.relance.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.relance.RelanceException;

/** The rows of a sheet handed to a sink on another thread, in order, with its failures. */
class HandOffSinkTest {

    private static final String THREAD = "relance-test-rows";
    /** More rows than the queue and the batch being filled hold together. */
    private static final int MANY = (HandOffSink.QUEUED_BATCHES + 2) * HandOffSink.BATCH_ROWS + 7;

    private final List<HandOffSink> opened = new ArrayList<>();

    @AfterEach
    void closeEverySink() {
        opened.forEach(HandOffSink::close);
    }

    private HandOffSink handOff(RowSink target) {
        HandOffSink sink = new HandOffSink(target, THREAD);
        opened.add(sink);
        return sink;
    }

    private static Row row(int index) {
        return new Row(index, List.of(new CellValue.Number(BigDecimal.valueOf(index))));
    }

    private static List<String> rowEvents(int from, int to) {
        return IntStream.range(from, to).mapToObj(index -> "row " + index).toList();
    }

    private static boolean threadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals(THREAD) && thread.isAlive());
    }

    /**
     * A sink that records each call with the thread it came on. It is done after a number of
     * rows, and throws a given failure at a given row.
     */
    private static final class Recording implements RowSink {

        private final List<String> events = new ArrayList<>();
        private final List<String> threads = new ArrayList<>();
        private final int rowsToDone;
        private final int failingRow;
        private final RuntimeException failure;
        private int rows;

        Recording() {
            this(Integer.MAX_VALUE, -1, null);
        }

        Recording(int rowsToDone, int failingRow, RuntimeException failure) {
            this.rowsToDone = rowsToDone;
            this.failingRow = failingRow;
            this.failure = failure;
        }

        @Override
        public void row(Row row) {
            note("row " + row.index());
            if (row.index() == failingRow) {
                throw failure;
            }
            rows++;
        }

        @Override
        public void restart() {
            note("restart");
            rows = 0;
        }

        @Override
        public boolean isDone() {
            return rows >= rowsToDone;
        }

        @Override
        public void end() {
            note("end");
        }

        private void note(String event) {
            events.add(event);
            Thread thread = Thread.currentThread();
            threads.add(thread.getName() + (thread.isDaemon() ? " (daemon)" : ""));
        }
    }

    @Test
    void keepsRowOrderAcrossBatches() {
        Recording target = new Recording();
        HandOffSink sink = handOff(target);

        for (int index = 0; index < MANY; index++) {
            sink.row(row(index));
        }
        sink.end();

        List<String> expected = new ArrayList<>(rowEvents(0, MANY));
        expected.add("end");
        assertThat(target.events).containsExactlyElementsOf(expected);
        assertThat(target.threads).containsOnly(THREAD + " (daemon)");
        assertThat(threadAlive()).isFalse();
    }

    @Test
    void keepsRestartInItsPlace() {
        Recording target = new Recording();
        HandOffSink sink = handOff(target);

        for (int index = 0; index < 600; index++) {
            sink.row(row(index));
        }
        sink.restart();
        for (int index = 0; index < 300; index++) {
            sink.row(row(index));
        }
        sink.end();

        List<String> expected = new ArrayList<>(rowEvents(0, 600));
        expected.add("restart");
        expected.addAll(rowEvents(0, 300));
        expected.add("end");
        assertThat(target.events).containsExactlyElementsOf(expected);
    }

    @Test
    void restartClearsTheDoneState() {
        HandOffSink sink = handOff(new Recording(10, -1, null));
        for (int index = 0; !sink.isDone(); index++) {
            assertThat(index).isLessThan(MANY * 100);
            sink.row(row(index));
        }

        sink.restart();

        assertThat(sink.isDone()).isFalse();
        sink.end();
    }

    @Test
    void doneSinkStopsTheReader() {
        Recording target = new Recording(700, -1, null);
        HandOffSink sink = handOff(target);

        int handed = 0;
        while (!sink.isDone()) {
            // the bound is far above how far the queue lets the reader run ahead, so that a bug
            // fails the test instead of hanging it
            assertThat(handed).isLessThan(MANY * 100);
            sink.row(row(handed++));
        }
        sink.end();

        List<String> expected = new ArrayList<>(rowEvents(0, 700));
        expected.add("end");
        assertThat(target.events).containsExactlyElementsOf(expected);
        assertThat(handed).isGreaterThanOrEqualTo(700);
    }

    @Test
    void rethrowsTheSameRuntimeException() {
        RelanceException damaged = new RelanceException("the sheet is damaged");
        Recording target = new Recording(Integer.MAX_VALUE, 300, damaged);
        HandOffSink sink = handOff(target);

        assertThatThrownBy(() -> {
            for (int index = 0; index < MANY * 100; index++) {
                sink.row(row(index));
            }
            sink.end();
        }).isSameAs(damaged);

        assertThat(sink.isDone()).isTrue();
        assertThat(target.events).containsExactlyElementsOf(rowEvents(0, 301));
        assertThatThrownBy(sink::end).isSameAs(damaged);
        assertThat(threadAlive()).isFalse();
    }

    @Test
    void rethrowsTheSameErrorAtEnd() {
        Error broken = new AssertionError("the sink is broken");
        RowSink target = new RowSink() {
            @Override
            public void row(Row row) {
            }

            @Override
            public void restart() {
            }

            @Override
            public void end() {
                throw broken;
            }
        };
        HandOffSink sink = handOff(target);
        sink.row(row(0));

        assertThatThrownBy(sink::end).isSameAs(broken);
        assertThat(threadAlive()).isFalse();
    }

    @Test
    void closeAfterReaderFailureEndsThread() throws InterruptedException {
        CountDownLatch applying = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Recording recording = new Recording();
        RowSink target = new RowSink() {
            @Override
            public void row(Row row) {
                applying.countDown();
                await(release);
                recording.row(row);
            }

            @Override
            public void restart() {
                recording.restart();
            }

            @Override
            public void end() {
                recording.end();
            }
        };
        HandOffSink sink = handOff(target);
        // one batch being applied, the next ones waiting in the queue
        for (int index = 0; index < 3 * HandOffSink.BATCH_ROWS + 1; index++) {
            sink.row(row(index));
        }
        applying.await();
        assertThat(threadAlive()).isTrue();

        release.countDown();
        sink.close();

        assertThat(threadAlive()).isFalse();
        assertThat(recording.events).doesNotContain("end");
    }

    @Test
    void closeWithoutRowsStartsNoThread() {
        HandOffSink sink = handOff(new Recording());

        sink.close();

        assertThat(threadAlive()).isFalse();
    }

    @Test
    void endsSheetWithoutRows() {
        Recording target = new Recording();
        HandOffSink sink = handOff(target);

        sink.end();

        assertThat(target.events).containsExactly("end");
        assertThat(target.threads).containsExactly(THREAD + " (daemon)");
        assertThat(threadAlive()).isFalse();
    }

    @Test
    void interruptedReaderFailsAndStaysInterrupted() {
        Recording target = new Recording();
        HandOffSink sink = handOff(target);
        sink.row(row(0));

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(sink::end).isInstanceOf(RelanceException.class)
                    .hasMessage("the read was interrupted while relance-test-rows read the rows; read"
                            + " the workbook again");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        sink.close();
        assertThat(threadAlive()).isFalse();
        assertThat(target.events).doesNotContain("end");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
