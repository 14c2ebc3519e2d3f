package dev.relance.workbook.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes workbooks made to hurt a reader: zip bombs, entity expansion, huge repeats, deep
 * nesting, long texts, thousands of sheets. Parts are streamed into the zip, so that a file
 * that inflates to gigabytes is written without holding them in memory.
 */
public final class HostileFiles {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** The content of one part, written to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private HostileFiles() {
    }

    /** Returns content made of the given text. */
    public static Content text(String text) {
        return out -> out.write(text);
    }

    /** Returns content made of {@code unit} written {@code times} times. */
    public static Content repeat(String unit, long times) {
        return out -> {
            for (long i = 0; i < times; i++) {
                out.write(unit);
            }
        };
    }

    /** Returns the contents one after the other. */
    public static Content concat(Content... parts) {
        return out -> {
            for (Content part : parts) {
                part.writeTo(out);
            }
        };
    }

    /** Returns a document type declaring ten levels of entities, each ten times the one below. */
    public static String billionLaughs(String rootName) {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE " + rootName
                + " [<!ENTITY lol0 \"lol\">");
        for (int level = 1; level < 10; level++) {
            dtd.append("<!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
        }
        return dtd.append("]>").toString();
    }

    /** Returns a worksheet part whose {@code <sheetData>} is the content. */
    public static Content worksheet(Content sheetData) {
        return concat(text("<worksheet xmlns=\"" + MAIN + "\"><sheetData>"), sheetData,
                text("</sheetData></worksheet>"));
    }

    /** Starts an XLSX package. */
    public static Xlsx xlsx() {
        return new Xlsx();
    }

    /** Writes an ODS package whose content.xml is given, and optionally its styles.xml. */
    public static Path ods(Path file, Content contentXml) throws IOException {
        return ods(file, contentXml, text("<office:document-styles xmlns:office="
                + "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"));
    }

    public static Path ods(Path file, Content contentXml, Content stylesXml) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            putStored(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet");
            put(zip, "META-INF/manifest.xml", text("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:"
                    + "opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\"><manifest:file-entry "
                    + "manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument."
                    + "spreadsheet\"/></manifest:manifest>"));
            put(zip, "content.xml", contentXml);
            put(zip, "styles.xml", stylesXml);
        }
        return file;
    }

    /** Returns a content.xml around the tables given, with the usual namespaces. */
    public static Content odsContent(Content tables) {
        return concat(text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
                + "<office:body><office:spreadsheet>"), tables,
                text("</office:spreadsheet></office:body></office:document-content>"));
    }

    /** An XLSX package built part by part; sheets are named Sheet1, Sheet2 and so on. */
    public static final class Xlsx {
        private final List<Content> sheets = new ArrayList<>();
        private final Map<String, Content> extraParts = new LinkedHashMap<>();
        private Content workbook;

        public Xlsx sheet(Content part) {
            sheets.add(part);
            return this;
        }

        public Xlsx sharedStrings(Content part) {
            extraParts.put("sharedStrings", part);
            return this;
        }

        public Xlsx styles(Content part) {
            extraParts.put("styles", part);
            return this;
        }

        /** Replaces the workbook part, which by default lists the sheets. */
        public Xlsx workbook(Content part) {
            workbook = part;
            return this;
        }

        public Path writeTo(Path file) throws IOException {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                put(zip, "[Content_Types].xml", text("<Types xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                        + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                        + "ContentType=\"application/xml\"/></Types>"));
                put(zip, "_rels/.rels", text("<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" "
                        + "Target=\"xl/workbook.xml\"/></Relationships>"));
                put(zip, "xl/workbook.xml", workbook != null ? workbook : this::writeWorkbook);
                put(zip, "xl/_rels/workbook.xml.rels", this::writeWorkbookRelationships);
                for (int i = 0; i < sheets.size(); i++) {
                    put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheets.get(i));
                }
                for (Map.Entry<String, Content> part : extraParts.entrySet()) {
                    put(zip, "xl/" + part.getKey() + ".xml", part.getValue());
                }
            }
            return file;
        }

        private void writeWorkbook(Writer out) throws IOException {
            out.write("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>");
            for (int i = 1; i <= sheets.size(); i++) {
                out.write("<sheet name=\"Sheet" + i + "\" sheetId=\"" + i + "\" r:id=\"rId" + i + "\"/>");
            }
            out.write("</sheets></workbook>");
        }

        private void writeWorkbookRelationships(Writer out) throws IOException {
            out.write("<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">");
            for (int i = 1; i <= sheets.size(); i++) {
                out.write("<Relationship Id=\"rId" + i + "\" Type=\"" + RELATIONSHIPS + "/worksheet\" "
                        + "Target=\"worksheets/sheet" + i + ".xml\"/>");
            }
            for (String type : extraParts.keySet()) {
                out.write("<Relationship Id=\"r" + type + "\" Type=\"" + RELATIONSHIPS + "/" + type
                        + "\" Target=\"" + type + ".xml\"/>");
            }
            out.write("</Relationships>");
        }
    }

    private static void put(ZipOutputStream zip, String name, Content content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer out = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        content.writeTo(out);
        out.flush();
        zip.closeEntry();
    }

    private static void putStored(ZipOutputStream zip, String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
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

    /** Keeps the zip open when a part's writer is done with it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
