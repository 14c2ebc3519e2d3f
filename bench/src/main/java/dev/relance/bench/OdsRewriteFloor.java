package dev.relance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The ODS write-back floor: copies every entry of an ODS file raw, as {@link ZipCopyFloor} does,
 * except {@code content.xml}, which it inflates and deflates again at the fastest level as plain
 * bytes on one thread, with no XML work. Every table of an ODS file is in {@code content.xml},
 * so a save that changes any cell must do at least this much. The result is the same workbook.
 *
 * <p>{@code java -cp bench/target/relance-bench.jar dev.relance.bench.OdsRewriteFloor IN OUT}
 */
public final class OdsRewriteFloor {

    private static final String CONTENT = "content.xml";

    private OdsRewriteFloor() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: OdsRewriteFloor IN OUT");
            System.exit(2);
        }
        long start = System.nanoTime();
        long contentBytes = 0;
        try (ZipFile in = ZipFile.builder().setPath(Path.of(args[0])).get();
                ZipArchiveOutputStream out = new ZipArchiveOutputStream(Path.of(args[1]))) {
            for (ZipArchiveEntry entry : Collections.list(in.getEntriesInPhysicalOrder())) {
                if (!entry.getName().equals(CONTENT)) {
                    out.addRawArchiveEntry(entry, in.getRawInputStream(entry));
                    continue;
                }
                out.setLevel(Deflater.BEST_SPEED);
                ZipArchiveEntry copy = new ZipArchiveEntry(CONTENT);
                copy.setMethod(ZipArchiveEntry.DEFLATED);
                copy.setTime(entry.getTime());
                out.putArchiveEntry(copy);
                try (InputStream content = in.getInputStream(entry)) {
                    byte[] buffer = new byte[256 * 1024];
                    for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                        out.write(buffer, 0, read);
                        contentBytes += read;
                    }
                }
                out.closeArchiveEntry();
                out.setLevel(Deflater.DEFAULT_COMPRESSION);
            }
        }
        System.out.printf(Locale.ROOT, "rewrote %d bytes of %s in %.3f s%n", contentBytes, CONTENT,
                (System.nanoTime() - start) / 1e9);
    }
}
