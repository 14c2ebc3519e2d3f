package dev.relance.workbook.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import dev.relance.RelanceException;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookWriter;

/**
 * Applies an edit to an {@code .xlsx} or {@code .xlsm} file surgically: the target is the source
 * with only the parts the edit touches rewritten. Every other zip entry is copied as its
 * compressed bytes, in the same order and under the same name, so that what Relance does not
 * understand (macros, charts, pivot caches, custom XML) survives untouched.
 *
 * <p>Edited sheets are streamed through StAX: cells are replaced or inserted in column order,
 * rows in row order, and new text is written as inline strings so that the shared string table
 * stays as it was. Added sheets go after the last tab.
 */
public final class XlsxWriter implements WorkbookWriter {

    @Override
    public void write(Path source, WorkbookEdit edit, Path target) {
        requireDistinct(source, target);

        try (XlsxPackage xlsx = XlsxPackage.open(source)) {
            PackageChanges changes = new WorkbookEditor(xlsx).apply(edit);
            writeTarget(xlsx, changes, target);
        } catch (IOException e) {
            throw new RelanceException("cannot read the workbook: " + XlsxPackage.oneLine(e),
                    source, null, null, null, e);
        } catch (RelanceException e) {
            throw e.inFile(source);
        } catch (RuntimeException e) {
            // A library failing on a damaged file must still reach the user as one clear line.
            throw new RelanceException("cannot edit the workbook: " + XlsxPackage.oneLine(e),
                    source, null, null, null, e);
        }
    }

    private static void requireDistinct(Path source, Path target) {
        if (source.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("the target must differ from the source: " + source);
        }
    }

    /** Writes the target; a target left half-written by a failure is deleted. */
    private static void writeTarget(XlsxPackage xlsx, PackageChanges changes, Path target) {
        try {
            writeEntries(xlsx, changes, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(target, e);
            throw new RelanceException("cannot write the workbook: " + XlsxPackage.oneLine(e),
                    target, null, null, null, e);
        }
    }

    private static void writeEntries(XlsxPackage xlsx, PackageChanges changes, Path target)
            throws IOException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(target)) {
            for (ZipArchiveEntry entry : xlsx.entries()) {
                Optional<DeflatedPart> deflated = changes.findDeflatedReplacement(entry.getName());
                Optional<byte[]> replacement = changes.findReplacement(entry.getName());
                if (deflated.isPresent()) {
                    writeDeflated(out, entry, deflated.get());
                } else if (replacement.isPresent()) {
                    writeEntry(out, entry.getName(), replacement.get(), entry.getTime());
                } else if (!changes.isRemoved(entry.getName())) {
                    copyRaw(xlsx, out, entry);
                }
            }
            for (Map.Entry<String, byte[]> part : changes.added().entrySet()) {
                writeEntry(out, part.getKey(), part.getValue(), System.currentTimeMillis());
            }
        }
    }

    /** Copies an entry's compressed bytes, so that it is byte for byte the source's entry. */
    private static void copyRaw(XlsxPackage xlsx, ZipArchiveOutputStream out, ZipArchiveEntry entry)
            throws IOException {
        try (InputStream raw = xlsx.rawStream(entry)) {
            out.addRawArchiveEntry(entry, raw);
        }
    }

    /** Writes a part compressed beforehand under the name and time of the entry it replaces. */
    private static void writeDeflated(ZipArchiveOutputStream out, ZipArchiveEntry replaced,
            DeflatedPart part) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(replaced.getName());
        entry.setMethod(ZipArchiveEntry.DEFLATED);
        entry.setTime(replaced.getTime());
        entry.setSize(part.size());
        entry.setCompressedSize(part.compressed().length);
        entry.setCrc(part.crc());
        out.addRawArchiveEntry(entry, new ByteArrayInputStream(part.compressed()));
    }

    private static void writeEntry(ZipArchiveOutputStream out, String name, byte[] content,
            long time) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipArchiveEntry.DEFLATED);
        entry.setTime(time);
        out.putArchiveEntry(entry);
        out.write(content);
        out.closeArchiveEntry();
    }

    private static void deleteQuietly(Path target, Exception failure) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException suppressed) {
            failure.addSuppressed(suppressed);
        }
    }
}
