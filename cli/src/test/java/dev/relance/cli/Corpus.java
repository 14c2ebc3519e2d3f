package dev.relance.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workbooks the fidelity tests run on, built from {@link FeatureWorkbook}: as POI saves it,
 * with a custom XML part; as a macro-enabled {@code .xlsm}; with 1904 dates; and, when LibreOffice
 * is installed, as LibreOffice saves it in XLSX and in ODS (which keeps the styles, the merged
 * cells and the image).
 */
final class Corpus {

    static final String POI = "poi-features.xlsx";
    static final String MACRO = "poi-macro.xlsm";
    static final String DATES_1904 = "poi-1904.xlsx";
    static final String LIBREOFFICE_XLSX = "libreoffice-saved.xlsx";
    static final String LIBREOFFICE_ODS = "libreoffice-saved.ods";

    /** The bytes of the synthetic macro part: Relance must copy them without reading them. */
    static final byte[] MACRO_BYTES = "synthetic vbaProject.bin: not a real VBA project\u0000\u0001\u00ff"
            .getBytes(StandardCharsets.ISO_8859_1);

    private Corpus() {
    }

    /** Builds the corpus in {@code dir}, returning its files by name. */
    static Map<String, Path> build(Path dir, Optional<Soffice> soffice) throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path plain = FeatureWorkbook.write(work.resolve("features.xlsx"), false);
        Map<String, Path> files = new LinkedHashMap<>();
        files.put(POI, withCustomXml(plain, dir.resolve(POI)));
        files.put(MACRO, withMacro(files.get(POI), dir.resolve(MACRO)));
        files.put(DATES_1904, FeatureWorkbook.write(dir.resolve(DATES_1904), true));
        if (soffice.isPresent()) {
            Path converted = work.resolve("libreoffice");
            soffice.get().convert("xlsx:Calc MS Excel 2007 XML", converted, List.of(plain));
            soffice.get().convert("ods", converted, List.of(plain));
            files.put(LIBREOFFICE_XLSX, Files.move(converted.resolve("features.xlsx"),
                    dir.resolve(LIBREOFFICE_XLSX)));
            files.put(LIBREOFFICE_ODS, Files.move(converted.resolve("features.ods"),
                    dir.resolve(LIBREOFFICE_ODS)));
        }
        return files;
    }

    static List<String> names(boolean withLibreOffice) {
        List<String> names = new ArrayList<>(List.of(POI, MACRO, DATES_1904));
        if (withLibreOffice) {
            names.addAll(List.of(LIBREOFFICE_XLSX, LIBREOFFICE_ODS));
        }
        return names;
    }

    /** Adds a custom XML part, as SharePoint or a document management system adds one. */
    private static Path withCustomXml(Path source, Path target) throws IOException {
        Map<String, byte[]> added = new LinkedHashMap<>();
        added.put("customXml/item1.xml", bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<dossier xmlns=\"urn:example:archives\"><cote>2026/FAC/17</cote></dossier>"));
        added.put("customXml/itemProps1.xml", bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<ds:datastoreItem ds:itemID=\"{6A1F4E2C-8D3B-4F0A-9C57-2B1E0D6F3A10}\" xmlns:ds="
                + "\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\"/>"));
        added.put("customXml/_rels/item1.xml.rels", bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/customXmlProps\" Target=\"itemProps1.xml\"/></Relationships>"));
        Map<String, byte[]> replaced = Map.of(
                "[Content_Types].xml", bytes(ZipEntries.text(source, "[Content_Types].xml").replace("</Types>",
                        "<Override PartName=\"/customXml/itemProps1.xml\" ContentType=\"application/"
                                + "vnd.openxmlformats-officedocument.customXmlProperties+xml\"/></Types>")),
                "xl/_rels/workbook.xml.rels", bytes(relationshipAdded(source, "rIdCustom1",
                        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
                        "../customXml/item1.xml")));
        return ZipEntries.rewrite(source, target, replaced, added);
    }

    /** Makes a macro-enabled workbook: a VBA project part, its content type and relationship. */
    private static Path withMacro(Path source, Path target) throws IOException {
        String contentTypes = ZipEntries.text(source, "[Content_Types].xml")
                .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/"
                        + "vnd.ms-office.vbaProject\"/></Types>");
        Map<String, byte[]> replaced = Map.of("[Content_Types].xml", bytes(contentTypes),
                "xl/_rels/workbook.xml.rels", bytes(relationshipAdded(source, "rIdVba1",
                        "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
                        "vbaProject.bin")));
        return ZipEntries.rewrite(source, target, replaced, Map.of("xl/vbaProject.bin", MACRO_BYTES));
    }

    private static String relationshipAdded(Path source, String id, String type, String target)
            throws IOException {
        return ZipEntries.text(source, "xl/_rels/workbook.xml.rels").replace("</Relationships>",
                "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target
                        + "\"/></Relationships>");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
