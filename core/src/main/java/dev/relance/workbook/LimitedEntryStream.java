package dev.relance.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The inflated bytes of one zip entry, counted as they are read: towards the workbook's total,
 * against the entry's inflation ratio, and in runs without markup. A run is the bytes since the
 * last {@code <}, or the whole of a CDATA section, comment or processing instruction, whose
 * content may contain {@code <}. The XML parser keeps such a run in memory whole, so the run is
 * bounded here, before the parser reads it.
 */
final class LimitedEntryStream extends FilterInputStream {

    private static final byte[][] RAW_STARTS = {ascii("<![CDATA["), ascii("<!--"), ascii("<?")};
    private static final byte[][] RAW_ENDS = {ascii("]]>"), ascii("-->"), ascii("?>")};

    private final ReadLimits limits;
    private final String entryName;
    private final long compressedSize;
    private long inflated;
    private long run;
    /** The raw section the bytes are in, as an index into {@link #RAW_ENDS}; -1 outside one. */
    private int rawSection = -1;
    private final int[] startMatched = new int[RAW_STARTS.length];
    private int endMatched;
    private boolean countOnly;

    LimitedEntryStream(ReadLimits limits, String entryName, long compressedSize, InputStream in) {
        super(in);
        this.limits = limits;
        this.entryName = entryName;
        this.compressedSize = Math.max(compressedSize, 1);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
            if (!countOnly) {
                scan((byte) b);
            }
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            count(read);
            if (!countOnly) {
                scanAll(buffer, offset, offset + read);
            }
        }
        return read;
    }

    /**
     * Scans bytes as {@link #scan(byte)} does, jumping over the bytes that cannot start or end a
     * raw section: a start begins with {@code <}, an end with its own first byte. Sheets of a
     * million rows pass through here, so the plain bytes are only counted.
     */
    private void scanAll(byte[] buffer, int from, int to) {
        int i = from;
        while (i < to) {
            if (rawSection < 0 && noStartMatched()) {
                i = skipMarkup(buffer, i, to);
            } else if (rawSection >= 0 && endMatched == 0) {
                byte wanted = RAW_ENDS[rawSection][0];
                int next = i;
                while (next < to && buffer[next] != wanted) {
                    next++;
                }
                run += next - i;
                checkRun();
                i = next;
            }
            if (i < to) {
                scan(buffer[i++]);
            }
        }
    }

    /**
     * Counts plain bytes and tags up to the first {@code <!} or {@code <?}, which may open a raw
     * section, or a {@code <} ending the buffer; returns where {@link #scan(byte)} takes over.
     */
    private int skipMarkup(byte[] buffer, int from, int to) {
        int next = from;
        long counted = run;
        while (next < to) {
            if (buffer[next] == '<') {
                if (next + 1 >= to || buffer[next + 1] == '!' || buffer[next + 1] == '?') {
                    break;
                }
                counted = 0;
            } else {
                counted++;
            }
            next++;
        }
        run = counted;
        checkRun();
        return next;
    }

    /**
     * Stops bounding runs, for a reader that bounds the tokens it keeps itself. The bytes are
     * still counted towards the workbook's total and the inflation ratio.
     */
    void countOnly() {
        countOnly = true;
    }

    private boolean noStartMatched() {
        for (int matched : startMatched) {
            if (matched != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes must be counted too, so they are read
        byte[] buffer = new byte[8192];
        int read = read(buffer, 0, (int) Math.min(n, buffer.length));
        return Math.max(read, 0);
    }

    private void count(int bytes) {
        inflated += bytes;
        limits.countUncompressed(bytes);
        if (inflated > ReadLimits.RATIO_GRACE_BYTES
                && inflated / compressedSize > ReadLimits.MAX_INFLATION_RATIO) {
            throw limits.limitExceeded(entryName + " expands more than " + ReadLimits.MAX_INFLATION_RATIO
                    + " times its compressed size, as a zip bomb does (limit: "
                    + ReadLimits.MAX_INFLATION_RATIO + " times)");
        }
    }

    private void scan(byte b) {
        run++;
        if (rawSection >= 0) {
            endMatched = advance(RAW_ENDS[rawSection], endMatched, b);
            if (endMatched == RAW_ENDS[rawSection].length) {
                rawSection = -1;
                endMatched = 0;
                run = 0;
            }
        } else {
            if (b == '<') {
                run = 0;
            }
            for (int i = 0; i < RAW_STARTS.length; i++) {
                startMatched[i] = advance(RAW_STARTS[i], startMatched[i], b);
                if (startMatched[i] == RAW_STARTS[i].length) {
                    rawSection = i;
                    Arrays.fill(startMatched, 0);
                    break;
                }
            }
        }
        checkRun();
    }

    private void checkRun() {
        if (run > ReadLimits.MAX_TOKEN_BYTES) {
            throw limits.tokenTooLong(entryName);
        }
    }

    /**
     * Advances a match of {@code pattern} by one byte. None of the patterns has a prefix that
     * recurs inside it, except the doubled first byte of {@code ]]>} and {@code -->}, where a
     * third {@code ]} or {@code -} keeps the two matched.
     */
    private static int advance(byte[] pattern, int matched, byte b) {
        if (b == pattern[matched]) {
            return matched + 1;
        }
        if (matched == 2 && pattern.length == 3 && b == pattern[0] && pattern[1] == pattern[0]) {
            return 2;
        }
        return b == pattern[0] ? 1 : 0;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
