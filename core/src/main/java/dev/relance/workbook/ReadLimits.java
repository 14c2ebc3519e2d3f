package dev.relance.workbook;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;

import org.codehaus.stax2.XMLStreamReader2;

import dev.relance.RelanceException;

/**
 * The bounds a reader keeps to while reading one workbook file, which is untrusted input. A zip
 * entry may not inflate past a ratio, all entries together past a size, the XML may not nest
 * past a depth nor hold a text or tag past a length, and the cells, entries and sheets kept in
 * memory are counted. Together these bound the memory and time of one read whatever the file
 * holds. One instance counts for one read of one file; each limit reached fails with a
 * {@link RelanceException} that names the limit and its value.
 */
public final class ReadLimits {

    /** All zip entries read, uncompressed, together, when every sheet read is kept in memory. */
    public static final long MAX_UNCOMPRESSED_BYTES = 256L << 20;
    /**
     * All zip entries read, uncompressed, together, when the sheets are streamed: memory no longer
     * grows with the bytes read, so this bounds only the time, to about half a minute.
     */
    public static final long MAX_STREAMED_BYTES = 4L << 30;
    /** How many times its compressed size one entry may inflate to. */
    public static final int MAX_INFLATION_RATIO = 100;
    /**
     * The ratio is checked only past this many bytes of an entry: small parts of repetitive
     * markup compress far better than the ratio, and their size alone makes them harmless.
     */
    public static final long RATIO_GRACE_BYTES = 1L << 20;
    /** The maximum run of XML bytes without markup: a text, an attribute, a comment or a CDATA. */
    public static final int MAX_TOKEN_BYTES = 1 << 20;
    /** The maximum nesting depth of XML elements; real workbooks are estimated to stay under 20. */
    public static final int MAX_XML_DEPTH = 256;
    /**
     * Non-empty cells kept in memory, counting each repeat and merged copy: a Clients sheet of
     * 50,000 clients in 20 columns, beside an Invoices sheet of a million rows that is streamed.
     */
    public static final long MAX_CELLS = 1_048_576;
    /** Entries of one part kept in memory: cell formats, relationships, styles. */
    public static final long MAX_ENTRIES = 500_000;
    /**
     * Shared strings kept, as one array of UTF-8: a full sheet of 1,048,576 rows with two columns
     * of distinct text, such as invoice numbers and labels.
     */
    public static final long MAX_SHARED_STRINGS = 2_097_152;
    /** Bytes of all shared strings together, in UTF-8. */
    public static final long MAX_SHARED_STRING_BYTES = 64L << 20;
    /** Sheets in a workbook; LibreOffice itself stops at 10,000. */
    public static final int MAX_SHEETS = 10_000;
    /** The maximum length of a cell's text, which is Excel's own limit. */
    public static final int MAX_TEXT_LENGTH = 32_767;

    private static final int MAX_NUMBER_DIGITS = 40;
    /** Powers of ten past a double's range, 1E+308 to 4.9E-324. */
    private static final long MAX_NUMBER_MAGNITUDE = 330;

    private final Path file;
    private final long maxUncompressedBytes;
    private final KeptCells keptCells;
    private long uncompressedBytes;

    /** Returns the limits of a read that keeps every sheet in memory. */
    public ReadLimits(Path file) {
        this(file, MAX_UNCOMPRESSED_BYTES);
    }

    /**
     * Returns the limits of a read.
     *
     * @param maxUncompressedBytes {@link #MAX_UNCOMPRESSED_BYTES} when every sheet is kept,
     *                             {@link #MAX_STREAMED_BYTES} when sheets are streamed
     */
    public ReadLimits(Path file, long maxUncompressedBytes) {
        this.file = file;
        this.maxUncompressedBytes = maxUncompressedBytes;
        this.keptCells = new KeptCells(file);
    }

    /**
     * Counts the cells kept in memory during one read, against {@link #MAX_CELLS}: each non-empty
     * cell and each empty one before the last non-empty cell of its row.
     */
    public static final class KeptCells {

        private final Path file;
        private long cells;

        /** Returns a counter whose errors name no file; the reader that catches them adds it. */
        public KeptCells() {
            this(null);
        }

        KeptCells(Path file) {
            this.file = file;
        }

        /** Counts cells about to be kept, in a sheet. */
        public void count(long count, String sheet) {
            cells += count;
            if (cells > MAX_CELLS || count < 0) {
                throw new RelanceException("the workbook is too large: more than " + number(MAX_CELLS)
                        + " non-empty cells (limit: " + number(MAX_CELLS) + "), reached in sheet " + sheet
                        + "; delete unused rows or move old years to another file", file, sheet, null,
                        null, null);
            }
        }

        /** Counts cells that were kept and are now dropped. */
        public void release(long count) {
            cells -= count;
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Wraps the inflated stream of a zip entry so that reading it counts towards the limits.
     *
     * @param compressedSize the entry's compressed size as the archive declares it
     */
    public InputStream entryStream(String entryName, long compressedSize, InputStream inflated) {
        return new LimitedEntryStream(this, entryName, compressedSize, inflated);
    }

    /**
     * Wraps the inflated stream of a zip entry so that reading it counts towards the limits on
     * size and inflation, for a reader that bounds the tokens it keeps itself. The entry is
     * inflated and counted on a thread of its own, ahead of the reader. The caller closes the
     * stream.
     */
    public InputStream countedEntryStream(String entryName, long compressedSize, InputStream inflated) {
        LimitedEntryStream stream = new LimitedEntryStream(this, entryName, compressedSize, inflated);
        stream.countOnly();
        return new ReadAheadStream(stream, INFLATING_THREAD);
    }

    /** The name of the thread that inflates a part ahead of the scanner reading it. */
    public static final String INFLATING_THREAD = "relance-inflate";

    /**
     * Wraps an XML reader so that elements nested too deep fail. The error does not name the
     * file; the reader that catches it adds it.
     */
    public static XMLStreamReader2 depthLimited(XMLStreamReader2 reader, String partName) {
        return new DepthLimitedReader(reader, () -> tooDeep(partName));
    }

    /** Returns the error for a part whose elements nest too deep. It does not name the file. */
    public static RelanceException tooDeep(String partName) {
        return new RelanceException("the workbook exceeds a read limit: " + partName
                + " nests its XML elements more than " + number(MAX_XML_DEPTH) + " deep (limit: "
                + number(MAX_XML_DEPTH) + ")");
    }

    /** Returns the error for a part holding a text, tag or comment longer than the limit. */
    public RelanceException tokenTooLong(String entryName) {
        return limitExceeded(entryName + " contains a text, tag or comment longer than "
                + mebibytes(MAX_TOKEN_BYTES) + " (limit: " + mebibytes(MAX_TOKEN_BYTES) + ")");
    }

    /** Returns the counter of the cells this read keeps in memory. */
    public KeptCells keptCells() {
        return keptCells;
    }

    /** Counts cells about to be kept, in a sheet. */
    public void countCells(long count, String sheet) {
        keptCells.count(count, sheet);
    }

    /**
     * Checks how many entries of one kind a part contains once one more is kept. The error does
     * not name the file, because the reader that catches it adds it.
     */
    public static void checkEntries(long count, String partName) {
        if (count > MAX_ENTRIES) {
            throw new RelanceException("the workbook exceeds a read limit: " + partName + " contains more than "
                    + number(MAX_ENTRIES) + " entries (limit: " + number(MAX_ENTRIES) + ")");
        }
    }

    /** Checks how many sheets the workbook has once one more is kept. */
    public static void checkSheets(long count) {
        if (count > MAX_SHEETS) {
            throw new RelanceException("the workbook exceeds a read limit: it has more than "
                    + number(MAX_SHEETS) + " sheets (limit: " + number(MAX_SHEETS) + ")");
        }
    }

    /**
     * Appends text to a cell's text as long as it stays within one character past
     * {@link #MAX_TEXT_LENGTH}, so that a text too long is both bounded in memory and noticed.
     */
    public static void appendBounded(StringBuilder text, CharSequence more) {
        int room = MAX_TEXT_LENGTH + 1 - text.length();
        if (room > 0) {
            text.append(more, 0, Math.min(room, more.length()));
        }
    }

    /**
     * Returns whether a number read from a file is one a spreadsheet can hold: within the range
     * of a double and with at most 40 significant digits. Arithmetic on a number such as
     * {@code 1E+1000000000} would write out all its digits, so a reader keeps it as text instead.
     */
    public static boolean isSpreadsheetNumber(BigDecimal value) {
        long magnitude = (long) value.precision() - value.scale();
        return value.signum() == 0 ? Math.abs((long) value.scale()) <= MAX_NUMBER_MAGNITUDE
                : value.precision() <= MAX_NUMBER_DIGITS && Math.abs(magnitude) <= MAX_NUMBER_MAGNITUDE;
    }

    /** Returns whether a cell's text is longer than {@link #MAX_TEXT_LENGTH}. */
    public static boolean isTooLong(String text) {
        return text.length() > MAX_TEXT_LENGTH;
    }

    /** Returns the error for a cell whose text is longer than {@link #MAX_TEXT_LENGTH}. */
    public RelanceException textTooLong(String sheet, String cell, String text) {
        return new RelanceException("the text is longer than " + number(MAX_TEXT_LENGTH)
                + " characters (limit: " + number(MAX_TEXT_LENGTH) + ", as in Excel); shorten it", file,
                sheet, cell, text.substring(0, 40) + "...", null);
    }

    void countUncompressed(long count) {
        uncompressedBytes += count;
        if (uncompressedBytes > maxUncompressedBytes) {
            throw limitExceeded("its zip entries expand to more than " + mebibytes(maxUncompressedBytes)
                    + " (limit: " + mebibytes(maxUncompressedBytes) + " uncompressed)");
        }
    }

    RelanceException limitExceeded(String what) {
        return new RelanceException("the workbook exceeds a read limit: " + what, file, null, null, null, null);
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String mebibytes(long bytes) {
        return number(bytes >> 20) + " MiB";
    }
}
