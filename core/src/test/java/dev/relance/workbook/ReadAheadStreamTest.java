package dev.relance.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import dev.relance.RelanceException;

class ReadAheadStreamTest {

    private static final String THREAD = "read-ahead-test";

    @Test
    void readsEveryByteInOrder() throws IOException {
        byte[] bytes = new byte[300_000];
        new Random(3).nextBytes(bytes);

        try (InputStream in = new ReadAheadStream(new ByteArrayInputStream(bytes), THREAD)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void readsAnEmptySource() throws IOException {
        try (InputStream in = new ReadAheadStream(new ByteArrayInputStream(new byte[0]), THREAD)) {
            assertThat(in.read(new byte[10], 0, 10)).isEqualTo(-1);
        }
    }

    @Test
    void readsByteByByte() throws IOException {
        try (InputStream in = new ReadAheadStream(new ByteArrayInputStream(new byte[] {1, (byte) 200, 3}), THREAD)) {
            assertThat(in.read()).isEqualTo(1);
            assertThat(in.read()).isEqualTo(200);
            assertThat(in.read()).isEqualTo(3);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void rethrowsSourceFailure() throws IOException {
        RelanceException limit = new RelanceException("the workbook exceeds a read limit: test");
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(new byte[] {7, 8}), new InputStream() {
            @Override
            public int read() {
                throw limit;
            }
        });

        try (InputStream in = new ReadAheadStream(failing, THREAD)) {
            assertThatThrownBy(in::readAllBytes).isSameAs(limit);
        }
    }

    @Test
    void passesOnAnIoFailure() throws IOException {
        IOException broken = new IOException("invalid block type");
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw broken;
            }
        };

        try (InputStream in = new ReadAheadStream(failing, THREAD)) {
            assertThatThrownBy(() -> in.read(new byte[4], 0, 4)).isSameAs(broken);
        }
    }

    @Test
    void closeStopsThreadFirst() throws IOException, InterruptedException {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 1;
            }

            @Override
            public void close() {
                assertThat(readingThreads()).isZero();
                closed.set(true);
            }
        };

        InputStream in = new ReadAheadStream(endless, THREAD);
        assertThat(in.read()).isEqualTo(1);
        in.close();

        assertThat(closed).isTrue();
        assertThat(readingThreads()).isZero();
    }

    private static long readingThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(THREAD) && thread.isAlive())
                .count();
    }
}
