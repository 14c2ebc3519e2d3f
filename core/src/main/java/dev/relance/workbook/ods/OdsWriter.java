package dev.relance.workbook.ods;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import dev.relance.RelanceException;
import dev.relance.workbook.CellRef;
import dev.relance.workbook.ReadLimits;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookEdit.CellWrite;
import dev.relance.workbook.WorkbookEdit.SheetEdit;
import dev.relance.workbook.WorkbookWriter;
import dev.relance.workbook.splice.XmlByteScanner;

/**
 * Writes an edit into an OpenDocument spreadsheet surgically: every zip entry but
 * {@code content.xml} and {@code meta.xml} is copied byte for byte, still compressed, in its order
 * (so the stored {@code mimetype} stays first), and {@code content.xml} is streamed through with
 * only the edited rows changed: the other tables and rows are copied as their bytes. Repeated
 * rows and cells stay compressed except where a cell is written. {@code meta.xml} gets the
 * save's time as its modification date, nothing else.
 */
public final class OdsWriter implements WorkbookWriter {

    static final String META = "meta.xml";

    private final Clock clock;

    /** Creates a writer that dates the files it writes by the system clock. */
    public OdsWriter() {
        this(Clock.systemDefaultZone());
    }

    /** Creates a writer that dates the files it writes by the given clock, for tests. */
    public OdsWriter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void write(Path source, WorkbookEdit edit, Path target) {
        requireDistinct(source, target);
        requireValid(edit);

        // The content is rewritten event by event and never held whole, so the save may inflate as
        // much as a streamed read: a million-row content.xml expands to about 1.5 GB.
        try (OdsPackage ods = OdsPackage.open(source, ReadLimits.MAX_STREAMED_BYTES)) {
            writeArchive(ods, edit, target, LocalDateTime.now(clock));
        } catch (RelanceException e) {
            deletePartial(target);
            throw e.inFile(source);
        } catch (RuntimeException e) {
            deletePartial(target);
            throw e;
        }
    }

    private static void writeArchive(OdsPackage ods, WorkbookEdit edit, Path target,
            LocalDateTime modified) {
        Set<String> styleNames = styleNames(ods);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(target)) {
            for (ZipArchiveEntry entry : Collections.list(ods.zip().getEntriesInPhysicalOrder())) {
                if (entry.getName().equals(OdsPackage.CONTENT)) {
                    writeContent(ods, entry, edit, styleNames, zip);
                } else if (entry.getName().equals(META)) {
                    writeMeta(ods, entry, modified, zip);
                } else {
                    zip.addRawArchiveEntry(entry, ods.zip().getRawInputStream(entry));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new RelanceException("cannot write the workbook: " + e.getMessage(), target, null, null, null, e);
        }
    }

    /**
     * Writes the new content.xml. It is compressed at the fastest level on another thread while
     * this one makes it, because it is the whole workbook and compressing it is most of a save.
     */
    private static void writeContent(OdsPackage ods, ZipArchiveEntry original, WorkbookEdit edit,
            Set<String> styleNames, ZipArchiveOutputStream zip) throws IOException {
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putArchiveEntry(likeOriginal(original));
        try (InputStream content = ods.openEntryAsBytes(OdsPackage.CONTENT);
                HandOffStream target = new HandOffStream(zip, "relance-deflate")) {
            byte[] prolog = content.readNBytes(XmlByteScanner.PROLOG_BYTES);
            if (XmlByteScanner.canScan(prolog)) {
                InputStream source = new SequenceInputStream(new ByteArrayInputStream(prolog), content);
                new ContentSplicer(source, target, edit, styleNames).splice();
            } else {
                // parsed whole, so read again within the limits the readers keep
                try (InputStream parsed = ods.openEntry(OdsPackage.CONTENT)) {
                    rewriteEventByEvent(parsed, target, edit, styleNames);
                }
            }
            target.finish();
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof IOException io) {
                throw io;
            }
            throw ods.malformed(OdsPackage.CONTENT, e);
        }
        zip.closeArchiveEntry();
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
    }

    /** Rewrites a content.xml in another encoding than UTF-8, or with a document type declaration. */
    private static void rewriteEventByEvent(InputStream source, OutputStream target, WorkbookEdit edit,
            Set<String> styleNames) throws XMLStreamException {
        XMLStreamReader in = OdfXml.reader(source, OdsPackage.CONTENT);
        XMLStreamWriter out = OdfXml.outputFactory().createXMLStreamWriter(target, "UTF-8");
        new ContentRewriter(new XmlStream(in, out), edit, styleNames).rewrite();
        // closing the XML writer would not close the target, but flushing is all it needs
        out.flush();
        in.close();
    }

    private static void writeMeta(OdsPackage ods, ZipArchiveEntry original, LocalDateTime modified,
            ZipArchiveOutputStream zip) throws IOException {
        zip.putArchiveEntry(likeOriginal(original));
        try (InputStream source = ods.openEntry(META)) {
            XMLStreamReader in = OdfXml.inputFactory().createXMLStreamReader(source);
            XMLStreamWriter out = OdfXml.outputFactory().createXMLStreamWriter(zip, "UTF-8");
            new MetaRewriter(new XmlStream(in, out), modified).rewrite();
            out.flush();
            in.close();
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof IOException io) {
                throw io;
            }
            throw ods.malformed(META, e);
        }
        zip.closeArchiveEntry();
    }

    /** Returns a new, compressed entry with the original's name, time and file mode. */
    private static ZipArchiveEntry likeOriginal(ZipArchiveEntry original) {
        ZipArchiveEntry entry = new ZipArchiveEntry(original.getName());
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setTime(original.getTime());
        if (original.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX) {
            entry.setUnixMode(original.getUnixMode());
        }
        return entry;
    }

    /** The style names of styles.xml, which the date style added to content.xml must avoid. */
    private static Set<String> styleNames(OdsPackage ods) {
        if (!ods.hasEntry(OdsPackage.STYLES)) {
            return new HashSet<>();
        }
        try (InputStream styles = ods.openEntry(OdsPackage.STYLES)) {
            return DateStyle.namesIn(styles);
        } catch (XMLStreamException e) {
            throw ods.malformed(OdsPackage.STYLES, e);
        } catch (IOException e) {
            throw ods.failure("cannot read " + OdsPackage.STYLES + ": " + e.getMessage(), e);
        }
    }

    private static void requireDistinct(Path source, Path target) {
        if (source.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("the target must differ from the source: " + source);
        }
    }

    /** Checks what can be checked before reading: one edit per sheet, cells within a sheet. */
    private static void requireValid(WorkbookEdit edit) {
        Set<String> names = new HashSet<>();
        for (SheetEdit sheet : edit.sheets()) {
            if (!names.add(sheet.sheetName())) {
                throw new IllegalArgumentException("the edit names sheet " + sheet.sheetName() + " twice");
            }
            for (CellWrite cell : sheet.cells()) {
                requireWithinSheet(sheet.sheetName(), cell.ref());
            }
        }
    }

    private static void requireWithinSheet(String sheet, CellRef ref) {
        if (ref.row() >= OdfXml.MAX_ROWS || ref.column() >= OdfXml.MAX_COLUMNS) {
            throw new RelanceException("cannot write cell " + ref + ": an ODS sheet ends at cell "
                    + new CellRef(OdfXml.MAX_ROWS - 1, OdfXml.MAX_COLUMNS - 1), null, sheet, ref.toString(),
                    null, null);
        }
    }

    private static void deletePartial(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException ignored) {
            // the original error matters more; the caller never moves a target that failed
        }
    }
}
