package dev.relance.workbook.ods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class HandOffStreamTest {

    @Test
    void writesEveryByteInOrder() throws Exception {
        byte[] data = new byte[3 * HandOffStream.BLOCK_BYTES + 12_345];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + i / 7);
        }
        ByteArrayOutputStream target = new ByteArrayOutputStream();

        try (HandOffStream out = new HandOffStream(target, "test-writer")) {
            out.write(data[0]);
            // pieces of odd sizes, so that they straddle the blocks
            for (int offset = 1; offset < data.length; offset += 100_003) {
                out.write(data, offset, Math.min(100_003, data.length - offset));
            }
            out.finish();
        }

        assertThat(target.toByteArray()).isEqualTo(data);
    }

    @Test
    void throwsTheTargetsFailure() throws Exception {
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };

        try (HandOffStream out = new HandOffStream(failing, "test-writer")) {
            out.write(new byte[10]);

            assertThatThrownBy(out::finish).isInstanceOf(IOException.class).hasMessage("No space left on device");
        }
    }

    @Test
    void closeWithoutFinishStopsWriting() throws Exception {
        CountDownLatch firstWrite = new CountDownLatch(1);
        AtomicInteger writes = new AtomicInteger();
        OutputStream slow = new OutputStream() {
            @Override
            public void write(int b) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                writes.incrementAndGet();
                firstWrite.countDown();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
        };
        HandOffStream out = new HandOffStream(slow, "test-writer");
        out.write(new byte[4 * HandOffStream.BLOCK_BYTES]);
        assertThat(firstWrite.await(10, TimeUnit.SECONDS)).isTrue();

        out.close();
        int writtenWhenClosed = writes.get();
        Thread.sleep(200);

        // the blocks still queued were dropped, and nothing is written after close
        assertThat(writes.get()).isEqualTo(writtenWhenClosed).isLessThan(4);
        assertThatThrownBy(() -> out.write(1)).isInstanceOf(IOException.class).hasMessage("the stream is closed");
    }
}
