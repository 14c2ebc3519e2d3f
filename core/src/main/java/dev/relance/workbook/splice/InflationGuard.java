package dev.relance.workbook.splice;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import dev.relance.RelanceException;
import dev.relance.workbook.ReadLimits;

/**
 * The inflated bytes of a zip entry that is copied as bytes rather than parsed, checked against
 * the inflation ratio of a zip bomb only. The byte-level copy bounds what it keeps in memory
 * itself, so the per-byte checks the readers make for the XML parser are not needed.
 */
public final class InflationGuard extends FilterInputStream {

    private final Path file;
    private final String entryName;
    private final long compressedSize;
    private long inflated;

    /** Wraps the inflated bytes of the entry {@code entryName} of {@code file}. */
    public InflationGuard(Path file, String entryName, long compressedSize, InputStream inflated) {
        super(inflated);
        this.file = file;
        this.entryName = entryName;
        this.compressedSize = Math.max(compressedSize, 1);
    }

    @Override
    public int read() throws IOException {
        int read = super.read();
        if (read >= 0) {
            count(1);
        }
        return read;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            count(read);
        }
        return read;
    }

    private void count(int bytes) {
        inflated += bytes;
        if (inflated > ReadLimits.RATIO_GRACE_BYTES
                && inflated / compressedSize > ReadLimits.MAX_INFLATION_RATIO) {
            throw new RelanceException("the workbook exceeds a read limit: " + entryName
                    + " expands more than " + ReadLimits.MAX_INFLATION_RATIO + " times its"
                    + " compressed size, as a zip bomb does (limit: "
                    + ReadLimits.MAX_INFLATION_RATIO + " times)", file, null, null, null, null);
        }
    }
}
