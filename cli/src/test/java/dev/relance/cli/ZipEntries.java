package dev.relance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** Reads and rewrites the entries of a zip package (XLSX or ODS) for the fidelity tests. */
final class ZipEntries {

    private ZipEntries() {
    }

    /** Returns each entry's bytes as stored, still compressed, in stored order. */
    static Map<String, byte[]> raw(Path file) throws IOException {
        Map<String, byte[]> raw = new LinkedHashMap<>();
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                try (InputStream in = zip.getRawInputStream(entry)) {
                    raw.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return raw;
    }

    static String text(Path file, String name) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(file).get();
                InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static ZipArchiveEntry entry(Path file, int index) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            return Collections.list(zip.getEntriesInPhysicalOrder()).get(index);
        }
    }

    /**
     * Writes a copy of a package with entries replaced (by name) and added (at the end), as
     * another program would save a part Relance does not know.
     */
    static Path rewrite(Path source, Path target, Map<String, byte[]> replaced, Map<String, byte[]> added)
            throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(source).get();
                ZipArchiveOutputStream out = new ZipArchiveOutputStream(target)) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                byte[] replacement = replaced.get(entry.getName());
                if (replacement == null) {
                    out.addRawArchiveEntry(entry, zip.getRawInputStream(entry));
                } else {
                    put(out, entry.getName(), replacement);
                }
            }
            for (Map.Entry<String, byte[]> entry : added.entrySet()) {
                put(out, entry.getKey(), entry.getValue());
            }
        }
        return target;
    }

    private static void put(ZipArchiveOutputStream out, String name, byte[] bytes) throws IOException {
        out.putArchiveEntry(new ZipArchiveEntry(name));
        out.write(bytes);
        out.closeArchiveEntry();
    }
}
