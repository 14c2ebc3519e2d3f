package dev.relance.workbook.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A part's new content, already compressed, with what its zip entry records: the save copies it
 * into the archive as it copies an unchanged entry. A large sheet is compressed while it is
 * edited, so that only its compressed bytes are held in memory.
 *
 * @param compressed the content compressed with the deflate method, without a zlib header
 * @param size       the uncompressed size in bytes
 * @param crc        the CRC-32 of the uncompressed content
 */
record DeflatedPart(byte[] compressed, long size, long crc) {

    /**
     * The compression level. The fastest: a sheet of 30 MB compresses in about a third of the
     * time the default level takes, and comes out about a quarter larger.
     */
    static final int LEVEL = Deflater.BEST_SPEED;

    /** Returns a stream that compresses what is written to it; {@link Output#finish} ends it. */
    static Output output() {
        return new Output();
    }

    /** Compresses a part as it is written. It must be finished or closed, which frees the compressor. */
    static final class Output extends OutputStream {

        private final ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        private final Deflater deflater = new Deflater(LEVEL, true);
        private final DeflaterOutputStream deflating =
                new DeflaterOutputStream(compressed, deflater, 64 * 1024);
        private final CRC32 crc = new CRC32();
        private long size;

        private Output() {
        }

        @Override
        public void write(int oneByte) throws IOException {
            write(new byte[] {(byte) oneByte}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            crc.update(bytes, offset, length);
            size += length;
            deflating.write(bytes, offset, length);
        }

        /** Ends the compression and returns the part. */
        DeflatedPart finish() throws IOException {
            try {
                deflating.finish();
                return new DeflatedPart(compressed.toByteArray(), size, crc.getValue());
            } finally {
                deflater.end();
            }
        }

        @Override
        public void close() {
            deflater.end();
        }
    }
}
