package dev.relance.workbook.ods;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the smallest ODS files LibreOffice accepts: the stored mimetype first, a manifest and a
 * content.xml around the tables a test gives.
 */
final class TestOds {

    static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

    private static final String NAMESPACES = String.join(" ",
            "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"",
            "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"",
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"",
            "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"",
            "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\"",
            "xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\"",
            "xmlns:xlink=\"http://www.w3.org/1999/xlink\"");

    private static final String MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
            manifest:version="1.3">
             <manifest:file-entry manifest:full-path="/" manifest:version="1.3" \
            manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
            </manifest:manifest>
            """;

    private TestOds() {
    }

    /** Writes an ODS whose spreadsheet body is {@code tables}. */
    static Path write(Path dir, String name, String tables) throws IOException {
        return write(dir, name, "", tables);
    }

    /** Writes an ODS with automatic styles and a spreadsheet body. */
    static Path write(Path dir, String name, String automaticStyles, String tables) throws IOException {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-content " + NAMESPACES + " office:version=\"1.3\">"
                + "<office:automatic-styles>" + automaticStyles + "</office:automatic-styles>"
                + "<office:body><office:spreadsheet>" + tables
                + "</office:spreadsheet></office:body></office:document-content>";
        return writeParts(dir.resolve(name), MIMETYPE, content);
    }

    /** Writes a zip with the given mimetype and content.xml, as they are. */
    static Path writeParts(Path file, String mimetype, String content) throws IOException {
        return writeParts(file, mimetype, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a zip with the given mimetype and content.xml bytes, in whatever encoding they are. */
    static Path writeParts(Path file, String mimetype, byte[] content) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            putStored(zip, "mimetype", mimetype.getBytes(StandardCharsets.US_ASCII));
            put(zip, "META-INF/manifest.xml", MANIFEST.getBytes(StandardCharsets.UTF_8));
            put(zip, "content.xml", content);
        }
        return file;
    }

    /** Returns one table made of rows of XML. */
    static String table(String name, String rows) {
        return "<table:table table:name=\"" + name + "\"><table:table-column/>" + rows + "</table:table>";
    }

    /** Returns a string cell as LibreOffice writes it. */
    static String textCell(String value) {
        return "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>"
                + value + "</text:p></table:table-cell>";
    }

    static String numberCell(String value) {
        return "<table:table-cell office:value-type=\"float\" office:value=\"" + value
                + "\" calcext:value-type=\"float\"><text:p>" + value + "</text:p></table:table-cell>";
    }

    static String row(String... cells) {
        return "<table:table-row>" + String.join("", cells) + "</table:table-row>";
    }

    private static void putStored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        // ODF wants the mimetype first and uncompressed, so that it can be read at a fixed offset
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(bytes);
        zip.closeEntry();
    }
}
