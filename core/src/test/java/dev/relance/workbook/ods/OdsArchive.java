package dev.relance.workbook.ods;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** Looks inside an ODS file the way a test needs: entries, raw bytes, content.xml. */
final class OdsArchive {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    private OdsArchive() {
    }

    /** Returns the entries in the order they are stored. */
    static List<ZipArchiveEntry> entries(Path file) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            return new ArrayList<>(Collections.list(zip.getEntriesInPhysicalOrder()));
        }
    }

    /** Returns each entry's bytes as stored, still compressed, by name. */
    static Map<String, byte[]> rawEntries(Path file) throws IOException {
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

    static String content(Path file) throws IOException {
        return entryText(file, "content.xml");
    }

    static String entryText(Path file, String name) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(file).get();
                InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes a copy of the file with one entry added at the end, or replaced where it is. */
    static Path withEntry(Path source, Path target, String name, String text) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(source).get();
                ZipArchiveOutputStream out = new ZipArchiveOutputStream(target)) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (!entry.getName().equals(name)) {
                    out.addRawArchiveEntry(entry, zip.getRawInputStream(entry));
                }
            }
            out.putArchiveEntry(new ZipArchiveEntry(name));
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
        return target;
    }

    /** Returns the number of rows of each table, counting repeats. */
    static Map<String, Long> rowCounts(Path file) throws IOException, XMLStreamException {
        Map<String, Long> counts = new LinkedHashMap<>();
        XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(
                new java.io.StringReader(content(file)));
        String table = "";
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT || !TABLE.equals(xml.getNamespaceURI())) {
                continue;
            }
            if (xml.getLocalName().equals("table")) {
                table = xml.getAttributeValue(TABLE, "name");
                counts.put(table, 0L);
            } else if (xml.getLocalName().equals("table-row")) {
                String repeat = xml.getAttributeValue(TABLE, "number-rows-repeated");
                counts.merge(table, repeat == null ? 1L : Long.parseLong(repeat), Long::sum);
            }
        }
        return counts;
    }
}
