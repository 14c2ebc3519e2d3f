package dev.relance.workbook.ods;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import dev.relance.RelanceException;
import dev.relance.workbook.ReadLimits;
import dev.relance.workbook.splice.InflationGuard;

/**
 * An open ODS file: the zip archive, checked to hold a spreadsheet's {@code content.xml}. Turns
 * every failure into a {@link RelanceException} that names the file.
 */
final class OdsPackage implements AutoCloseable {

    static final String CONTENT = "content.xml";
    static final String STYLES = "styles.xml";
    private static final String MIMETYPE_ENTRY = "mimetype";
    private static final String SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";

    private final Path file;
    private final ZipFile zip;
    private final ReadLimits limits;

    private OdsPackage(Path file, ZipFile zip, long maxBytes) {
        this.file = file;
        this.zip = zip;
        this.limits = new ReadLimits(file, maxBytes);
    }

    /** Opens the file and checks that it is an ODS spreadsheet. */
    static OdsPackage open(Path file) {
        return open(file, ReadLimits.MAX_UNCOMPRESSED_BYTES);
    }

    /**
     * Opens the file for a read that may inflate up to {@code maxBytes} and checks that it is an
     * ODS spreadsheet.
     */
    static OdsPackage open(Path file, long maxBytes) {
        OdsPackage opened = new OdsPackage(file, openZip(file), maxBytes);
        try {
            opened.checkMimetype();
            opened.requireEntry(CONTENT);
            return opened;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    Path file() {
        return file;
    }

    ZipFile zip() {
        return zip;
    }

    ReadLimits limits() {
        return limits;
    }

    /** Opens an entry's uncompressed bytes; it must exist. */
    InputStream openEntry(String name) {
        try {
            ZipArchiveEntry entry = requireEntry(name);
            return limits.entryStream(name, entry.getCompressedSize(), zip.getInputStream(entry));
        } catch (IOException e) {
            throw failure("cannot read " + name + " from the archive: " + e.getMessage(), e);
        }
    }

    /**
     * Opens an entry's uncompressed bytes for a reader that bounds its tokens itself; they count
     * towards the limits on size and inflation.
     */
    InputStream openCountedEntry(String name) {
        try {
            ZipArchiveEntry entry = requireEntry(name);
            return limits.countedEntryStream(name, entry.getCompressedSize(), zip.getInputStream(entry));
        } catch (IOException e) {
            throw failure("cannot read " + name + " from the archive: " + e.getMessage(), e);
        }
    }

    /**
     * Opens an entry's uncompressed bytes to be copied as bytes rather than parsed, checked
     * against the inflation ratio only: the byte-level copy bounds what it keeps in memory itself.
     */
    InputStream openEntryAsBytes(String name) {
        try {
            ZipArchiveEntry entry = requireEntry(name);
            return new InflationGuard(file, name, entry.getCompressedSize(), zip.getInputStream(entry));
        } catch (IOException e) {
            throw failure("cannot read " + name + " from the archive: " + e.getMessage(), e);
        }
    }

    boolean hasEntry(String name) {
        return zip.getEntry(name) != null;
    }

    /** Returns an error about this file. */
    RelanceException failure(String message, Throwable cause) {
        return new RelanceException(message, file, null, null, null, cause);
    }

    /** Returns an error for XML that does not parse, with its place in the part. */
    RelanceException malformed(String part, XMLStreamException cause) {
        Location where = cause.getLocation();
        String place = where == null ? ""
                : where.getLineNumber() >= 0 ? " at line " + where.getLineNumber() + ", column "
                        + where.getColumnNumber()
                : String.format(Locale.ROOT, " at byte %,d", where.getCharacterOffset());
        // Aalto's messages run over several lines, and the first one states the problem
        String reason = String.valueOf(cause.getMessage()).lines().findFirst().orElse("").trim();
        return failure("not a readable ODS file: " + part + " is malformed" + place + " (" + reason + ")",
                cause);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // the archive was only read, so no data is lost when closing it fails
        }
    }

    private static ZipFile openZip(Path file) {
        try {
            return ZipFile.builder().setPath(file).get();
        } catch (NoSuchFileException e) {
            throw new RelanceException("file not found", file, null, null, null, e);
        } catch (IOException e) {
            throw new RelanceException("not an ODS file: it cannot be opened as a zip archive ("
                    + e.getMessage() + ")", file, null, null, null, e);
        }
    }

    private ZipArchiveEntry requireEntry(String name) {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw failure("not an ODS file: the archive has no " + name, null);
        }
        return entry;
    }

    /**
     * The mimetype entry distinguishes an ODS from another OpenDocument file (a text document also has a
     * content.xml). Some generators leave the entry out, and then content.xml alone decides.
     */
    private void checkMimetype() {
        if (!hasEntry(MIMETYPE_ENTRY)) {
            return;
        }
        try (InputStream in = openEntry(MIMETYPE_ENTRY)) {
            String mimetype = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
            if (!mimetype.equals(SPREADSHEET)) {
                throw failure("not an ODS spreadsheet: its mimetype is \"" + mimetype + "\", expected "
                        + SPREADSHEET, null);
            }
        } catch (IOException e) {
            throw failure("cannot read the mimetype entry: " + e.getMessage(), e);
        }
    }
}
