package dev.relance.workbook.xlsx;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.codehaus.stax2.XMLStreamReader2;

import dev.relance.RelanceException;
import dev.relance.workbook.ReadLimits;
import dev.relance.workbook.splice.InflationGuard;

/**
 * An open XLSX file: the zip archive, its parts by name and their relationships. Every failure
 * to read it becomes a {@link RelanceException} that names the file.
 */
final class XlsxPackage implements Closeable {

    private static final String DEFAULT_WORKBOOK_PART = "xl/workbook.xml";
    private static final int BYTE_COPY_BUFFER = 64 * 1024;

    /** Reads one package part. */
    @FunctionalInterface
    interface PartParser<T> {
        T parse(XMLStreamReader2 reader) throws XMLStreamException;
    }

    private final Path file;
    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> entriesByName;
    private final ReadLimits limits;

    private XlsxPackage(Path file, ZipFile zip, long maxBytes) {
        this.file = file;
        this.zip = zip;
        this.entriesByName = indexEntries(zip);
        this.limits = new ReadLimits(file, maxBytes);
    }

    /** Opens the file, rejecting anything that is not a zip archive with a clear message. */
    static XlsxPackage open(Path file) {
        return open(file, ReadLimits.MAX_UNCOMPRESSED_BYTES);
    }

    /**
     * Opens the file for a read that may inflate up to {@code maxBytes}, rejecting anything that
     * is not a zip archive with a clear message.
     */
    static XlsxPackage open(Path file, long maxBytes) {
        try {
            return new XlsxPackage(file, ZipFile.builder().setPath(file).get(), maxBytes);
        } catch (IOException e) {
            throw new RelanceException("cannot read the workbook: not a valid .xlsx (zip) file: "
                    + oneLine(e), file, null, null, null, e);
        }
    }

    Path file() {
        return file;
    }

    ReadLimits limits() {
        return limits;
    }

    /** Returns the archive's entries in the order of its central directory. */
    List<ZipArchiveEntry> entries() {
        return Collections.list(zip.getEntries());
    }

    /**
     * Finds a part by name. Part names in a package are case-insensitive, so {@code xl/Styles.xml}
     * finds an entry named {@code xl/styles.xml}.
     */
    Optional<ZipArchiveEntry> findPart(String partName) {
        return Optional.ofNullable(entriesByName.get(partName.toLowerCase(Locale.ROOT)));
    }

    boolean hasPart(String partName) {
        return findPart(partName).isPresent();
    }

    InputStream rawStream(ZipArchiveEntry entry) throws IOException {
        return zip.getRawInputStream(entry);
    }

    /**
     * Returns the workbook part's name, found through the package relationships. Files without
     * package relationships are tried at the usual place, {@code xl/workbook.xml}.
     */
    String workbookPartName() {
        String name = relationships("")
                .findByType(Ooxml.OFFICE_DOCUMENT)
                .map(Relationship::target)
                .orElse(DEFAULT_WORKBOOK_PART);
        if (!hasPart(name)) {
            throw error("not an Excel workbook: it has no " + name + " part", null);
        }
        return name;
    }

    /** Reads the relationships of a part ({@code ""} for the package), empty when it has none. */
    Relationships relationships(String sourcePartName) {
        String relsPart = sourcePartName.isEmpty()
                ? "_rels/.rels"
                : Relationships.partNameFor(sourcePartName);
        if (!hasPart(relsPart)) {
            return Relationships.none();
        }
        return parse(relsPart, reader -> Relationships.parse(reader, sourcePartName));
    }

    /** Parses a part that must exist, turning XML and I/O failures into a user message. */
    <T> T parse(String partName, PartParser<T> parser) {
        ZipArchiveEntry entry = findPart(partName)
                .orElseThrow(() -> error("the workbook is damaged: part " + partName
                        + " is missing", null));
        try (InputStream in = inflated(entry)) {
            XMLStreamReader2 reader = Stax.reader(in, partName);
            try {
                return parser.parse(reader);
            } finally {
                reader.closeCompletely();
            }
        } catch (XMLStreamException e) {
            throw error("the workbook is damaged: malformed XML in " + partName + ": "
                    + oneLine(e), e);
        } catch (IOException e) {
            throw error("cannot read part " + partName + " of the workbook: " + oneLine(e), e);
        }
    }

    /** Reads a worksheet part with the byte scanner. */
    @FunctionalInterface
    interface ScanReader {
        void read(SheetScanner scanner) throws IOException, SheetScanner.NotScannable;
    }

    /**
     * Reads a part that must exist with the byte scanner; returns false when the scanner cannot
     * read it, for the caller to parse it instead. The read limits on the part's size hold; its
     * tokens are bounded by the scanner.
     */
    boolean scan(String partName, ScanReader reader) {
        ZipArchiveEntry entry = findPart(partName)
                .orElseThrow(() -> error("the workbook is damaged: part " + partName
                        + " is missing", null));
        try (InputStream in = limits.countedEntryStream(entry.getName(), entry.getCompressedSize(),
                zip.getInputStream(entry))) {
            reader.read(new SheetScanner(in));
            return true;
        } catch (SheetScanner.NotScannable e) {
            return false;
        } catch (IOException e) {
            throw error("cannot read part " + partName + " of the workbook: " + oneLine(e), e);
        }
    }

    /** Opens a part's uncompressed content; the caller closes it. */
    InputStream openPart(String partName) throws IOException {
        ZipArchiveEntry entry = findPart(partName)
                .orElseThrow(() -> error("the workbook is damaged: part " + partName
                        + " is missing", null));
        return inflated(entry);
    }

    /**
     * Opens a part's uncompressed content to be copied as bytes, checked against the inflation
     * ratio only. The stream supports mark and reset, and the caller closes it.
     */
    InputStream openPartAsBytes(String partName) throws IOException {
        ZipArchiveEntry entry = findPart(partName)
                .orElseThrow(() -> error("the workbook is damaged: part " + partName
                        + " is missing", null));
        return new BufferedInputStream(new InflationGuard(file, entry.getName(),
                entry.getCompressedSize(), zip.getInputStream(entry)), BYTE_COPY_BUFFER);
    }

    /** Opens an entry's uncompressed content, counted against the read limits. */
    private InputStream inflated(ZipArchiveEntry entry) throws IOException {
        return limits.entryStream(entry.getName(), entry.getCompressedSize(), zip.getInputStream(entry));
    }

    RelanceException error(String message, Throwable cause) {
        return new RelanceException(message, file, null, null, null, cause);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Returns an exception's message on one line, as user messages must be. */
    static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }

    private static Map<String, ZipArchiveEntry> indexEntries(ZipFile zip) {
        Map<String, ZipArchiveEntry> byName = new LinkedHashMap<>();
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            byName.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry);
        }
        return byName;
    }
}
