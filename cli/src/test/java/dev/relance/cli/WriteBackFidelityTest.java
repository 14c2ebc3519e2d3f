package dev.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.Workbooks;

/**
 * Runs Relance on workbooks that use what users keep in their files (see {@link Corpus}) and
 * checks that nothing but the run's cells changed: every zip entry other than the parts a run
 * rewrites is byte for byte the original, the rewritten parts read back with only the run's cells
 * changed, the features POI can see are all still there, and LibreOffice reads every sheet as
 * before except the history and the clients' last reminder columns.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteBackFidelityTest {

    private static final String AS_OF = "2026-12-04";
    private static final List<String> ODS_REWRITTEN = List.of("content.xml", "meta.xml");

    @TempDir
    static Path dir;

    private Optional<Soffice> soffice;
    private Map<String, Path> originals;
    private final Map<String, Path> written = new LinkedHashMap<>();
    private final Map<String, CliRun> runs = new LinkedHashMap<>();

    @BeforeAll
    void runOnEveryWorkbookOfTheCorpus() throws Exception {
        soffice = Soffice.find(dir.resolve("libreoffice-profile"));
        if (soffice.isEmpty()) {
            System.out.println("LibreOffice (soffice) is not installed: the corpus has no file saved by"
                    + " LibreOffice and the LibreOffice checks are skipped");
        }
        originals = Corpus.build(dir.resolve("corpus"), soffice);
        for (Map.Entry<String, Path> original : originals.entrySet()) {
            Path copy = Files.copy(original.getValue(),
                    Files.createDirectories(dir.resolve("runs")).resolve(original.getKey()));
            runs.put(original.getKey(), CliRun.of("run", copy.toString(), "--as-of", AS_OF, "--out",
                    dir.resolve("letters").resolve(original.getKey()).toString()));
            written.put(original.getKey(), copy);
        }
        if (soffice.isPresent()) {
            soffice.get().convert(Soffice.CSV_EVERY_SHEET, dir.resolve("csv-before"),
                    List.copyOf(originals.values()));
            soffice.get().convert(Soffice.CSV_EVERY_SHEET, dir.resolve("csv-after"),
                    List.copyOf(written.values()));
        }
    }

    Stream<String> corpus() {
        return originals.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void entriesOtherThanTheRewrittenPartsAreByteIdentical(String name) throws Exception {
        Map<String, byte[]> before = ZipEntries.raw(originals.get(name));
        Map<String, byte[]> after = ZipEntries.raw(written.get(name));
        Set<String> rewritable = rewritableParts(name);

        assertThat(runs.get(name).exitCode()).as(runs.get(name).toString()).isZero();
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        List<String> changed = new ArrayList<>();
        before.forEach((entry, bytes) -> {
            if (!Arrays.equals(bytes, after.get(entry))) {
                changed.add(entry);
            }
        });
        assertThat(rewritable).as("parts changed by the run").containsAll(changed);
        if (name.endsWith(".ods")) {
            ZipArchiveEntry first = ZipEntries.entry(written.get(name), 0);
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipArchiveEntry.STORED);
        }
        if (name.startsWith("poi-")) {
            // The history is an Excel table that grows, and a formula reads the Clients sheet.
            assertThat(changed).contains(historyTablePart(name), "xl/workbook.xml");
        }
        if (name.equals(Corpus.MACRO)) {
            assertThat(before.get("xl/vbaProject.bin")).isEqualTo(after.get("xl/vbaProject.bin"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void sheetsReadBackWithOnlyTheRunsCellsChanged(String name) {
        Workbook before = Workbooks.read(originals.get(name));
        Workbook after = Workbooks.read(written.get(name));

        assertThat(after.sheets()).extracting(Sheet::name)
                .containsExactlyElementsOf(before.sheets().stream().map(Sheet::name).toList());
        for (Sheet sheet : before.sheets()) {
            if (!sheet.name().equals("Clients") && !sheet.name().equals("Relances")) {
                assertThat(after.findSheet(sheet.name())).as(sheet.name()).contains(sheet);
            }
        }
        assertThat(withoutLastColumns(after)).isEqualTo(withoutLastColumns(before));
        assertThat(lastColumns(after)).containsExactly(
                List.of(text("Dernière relance"), text("Dernier niveau")),
                List.of(date(AS_OF), number("2")),
                List.of(date(AS_OF), number("1")));
        List<Row> oldHistory = rows(before, "Relances");
        List<Row> newHistory = rows(after, "Relances");
        assertThat(newHistory).startsWith(oldHistory.toArray(Row[]::new))
                .hasSize(oldHistory.size() + FeatureWorkbook.NEW_HISTORY_ROWS);
        assertThat(newHistory.subList(oldHistory.size(), newHistory.size()))
                .extracting(row -> row.cell(2).display(), row -> row.cell(3).display(),
                        row -> row.cell(8).display(), row -> row.cell(9).display())
                .containsExactly(
                        tuple("C001", "F-101", "1", "2026-11-04"),
                        tuple("C001", "F-102", "1", "2026-11-04"),
                        tuple("C002", "F-103", "0", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void featuresOfTheWorkbookSurvive(String name) throws Exception {
        assumeTrue(!name.endsWith(".ods"), "POI reads XLSX only; the ODS features are checked below");

        Map<String, String> before = features(originals.get(name));
        Map<String, String> after = features(written.get(name));

        String historyTable = "table Relances/Historique";
        assertThat(after).containsEntry(historyTable, "A1:J5").containsEntry("fullCalcOnLoad", "true");
        before.remove(historyTable);
        after.remove(historyTable);
        before.remove("fullCalcOnLoad");
        after.remove("fullCalcOnLoad");
        assertThat(after).isEqualTo(before);
        if (name.startsWith("poi-")) {
            assertThat(before).containsEntry("comments Clients", "1")
                    .containsEntry("validations Clients", "1")
                    .containsEntry("conditional formats Clients", "1")
                    .containsEntry("frozen Clients", "1")
                    .containsEntry("protected Factures", "true")
                    .containsEntry("hidden Interne", "true")
                    .containsEntry("charts Synthèse", "1")
                    .containsEntry("pivot tables Pivot", "1")
                    .containsEntry("name ListeClients", "Clients!$A$2:$A$4")
                    .containsEntry("pictures", "1")
                    .containsEntry("date1904", Boolean.toString(name.equals(Corpus.DATES_1904)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void odsKeepsItsStylesMergedCellsAndImage(String name) throws Exception {
        assumeTrue(name.endsWith(".ods"), "an ODS check");

        String before = ZipEntries.text(originals.get(name), "content.xml");
        String after = ZipEntries.text(written.get(name), "content.xml");

        assertThat(ZipEntries.raw(written.get(name)).keySet()).anyMatch(entry -> entry.startsWith("Pictures/"));
        for (String marker : List.of("table:number-columns-spanned", "<draw:frame", "<draw:image",
                "table:content-validation", "<office:annotation", "calcext:conditional-format")) {
            assertThat(count(after, marker)).as(marker).isEqualTo(count(before, marker)).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void libreOfficeReadsEverySheetAsBefore(String name) throws IOException {
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed");

        Map<String, List<String>> before = csvSheets(dir.resolve("csv-before"), name);
        Map<String, List<String>> after = csvSheets(dir.resolve("csv-after"), name);

        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet()).contains("Clients", "Relances");
        for (String sheet : before.keySet()) {
            if (sheet.equals("Relances")) {
                assertThat(after.get(sheet)).startsWith(before.get(sheet).toArray(String[]::new))
                        .hasSize(before.get(sheet).size() + FeatureWorkbook.NEW_HISTORY_ROWS);
            } else if (sheet.equals("Clients")) {
                assertThat(dropLastColumns(after.get(sheet))).isEqualTo(dropLastColumns(before.get(sheet)));
            } else {
                assertThat(after.get(sheet)).as(sheet).isEqualTo(before.get(sheet));
            }
        }
    }

    /** Returns the parts a run may rewrite: the two sheets it writes and what they depend on. */
    private Set<String> rewritableParts(String name) throws Exception {
        if (name.endsWith(".ods")) {
            return Set.copyOf(ODS_REWRITTEN);
        }
        Set<String> parts = new HashSet<>();
        try (OPCPackage opc = OPCPackage.open(originals.get(name).toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(opc)) {
            parts.add(partName(workbook.getPackagePart().getPartName().getName()));
            parts.add(partName(workbook.getStylesSource().getPackagePart().getPartName().getName()));
            for (String sheet : List.of("Clients", "Relances")) {
                XSSFSheet part = workbook.getSheet(sheet);
                parts.add(partName(part.getPackagePart().getPartName().getName()));
                part.getTables().forEach(table -> parts.add(partName(table.getPackagePart().getPartName().getName())));
            }
            opc.revert();
        }
        return parts;
    }

    private String historyTablePart(String name) throws Exception {
        try (OPCPackage opc = OPCPackage.open(originals.get(name).toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(opc)) {
            String part = workbook.getSheet("Relances").getTables().get(0).getPackagePart().getPartName().getName();
            opc.revert();
            return partName(part);
        }
    }

    /** Returns what POI sees of the features of an XLSX workbook, by feature and sheet. */
    private static Map<String, String> features(Path file) throws Exception {
        Map<String, String> features = new TreeMap<>();
        try (OPCPackage opc = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(opc)) {
            features.put("date1904", Boolean.toString(workbook.isDate1904()));
            features.put("pictures", Integer.toString(workbook.getAllPictures().size()));
            features.put("fullCalcOnLoad", Boolean.toString(workbook.getCTWorkbook().isSetCalcPr()
                    && workbook.getCTWorkbook().getCalcPr().getFullCalcOnLoad()));
            workbook.getAllNames().forEach(name -> features.put("name " + name.getNameName(),
                    name.getRefersToFormula()));
            for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
                sheetFeatures(workbook.getSheetAt(index), workbook, features);
            }
            opc.revert();
        }
        return features;
    }

    private static void sheetFeatures(XSSFSheet sheet, XSSFWorkbook workbook, Map<String, String> features) {
        String name = sheet.getSheetName();
        features.put("hidden " + name, Boolean.toString(workbook.isSheetHidden(workbook.getSheetIndex(sheet))));
        features.put("protected " + name, Boolean.toString(sheet.getProtect()));
        features.put("comments " + name, Integer.toString(sheet.getCellComments().size()));
        features.put("validations " + name, Integer.toString(sheet.getDataValidations().size()));
        features.put("conditional formats " + name,
                Integer.toString(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()));
        features.put("frozen " + name, sheet.getPaneInformation() == null ? "none"
                : Integer.toString(sheet.getPaneInformation().getHorizontalSplitPosition()));
        features.put("merged " + name, Integer.toString(sheet.getNumMergedRegions()));
        features.put("pivot tables " + name, Integer.toString(sheet.getPivotTables().size()));
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        features.put("charts " + name, Integer.toString(drawing == null ? 0 : drawing.getCharts().size()));
        for (XSSFTable table : sheet.getTables()) {
            features.put("table " + name + "/" + table.getName(), table.getArea().formatAsString()
                    .replace(name + "!", "").replace("$", ""));
        }
    }

    /** Reads the CSV files LibreOffice wrote for each sheet of a workbook, by sheet name. */
    private static Map<String, List<String>> csvSheets(Path folder, String workbook) throws IOException {
        String prefix = workbook.substring(0, workbook.lastIndexOf('.')) + "-";
        Map<String, List<String>> sheets = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String fileName = file.getFileName().toString();
                if (fileName.startsWith(prefix) && fileName.endsWith(".csv")) {
                    sheets.put(fileName.substring(prefix.length(), fileName.length() - 4), Files.readAllLines(file));
                }
            }
        }
        return sheets;
    }

    /** Drops the last reminder and last level columns (E and F) of the Clients sheet's CSV lines. */
    private static List<String> dropLastColumns(List<String> lines) {
        return lines.stream().map(line -> {
            List<String> fields = new ArrayList<>(List.of(line.split(",", -1)));
            return fields.size() > 5 ? String.join(",", fields.subList(0, 4)) : line;
        }).toList();
    }

    private static List<List<String>> withoutLastColumns(Workbook workbook) {
        return rows(workbook, "Clients").stream()
                .map(row -> Stream.of(0, 1, 2, 3).map(column -> row.cell(column).display()).toList())
                .toList();
    }

    private static List<List<CellValue>> lastColumns(Workbook workbook) {
        return rows(workbook, "Clients").stream().limit(3)
                .map(row -> List.of(row.cell(4), row.cell(5)))
                .toList();
    }

    private static List<Row> rows(Workbook workbook, String sheet) {
        return workbook.findSheet(sheet).orElseThrow().rows();
    }

    private static int count(String text, String marker) {
        return text.split(Pattern.quote(marker), -1).length - 1;
    }

    private static String partName(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }

    private static CellValue text(String text) {
        return new CellValue.Text(text);
    }

    private static CellValue date(String iso) {
        return new CellValue.DateValue(LocalDate.parse(iso));
    }

    private static CellValue number(String value) {
        return new CellValue.Number(new BigDecimal(value));
    }
}
