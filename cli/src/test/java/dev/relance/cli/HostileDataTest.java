package dev.relance.cli;

import static dev.relance.cli.samples.SampleWorkbookWriter.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.cli.samples.SampleWorkbookWriter;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.Workbooks;

/**
 * Client codes, names and invoice numbers made to hurt: formula starts, template syntax, HTML,
 * control characters, right-to-left marks, emoji, path separators and device names. A run writes
 * them back as text, renders them as text and keeps every letter inside the output folder.
 */
class HostileDataTest {

    private static final String AS_OF = "2026-03-01";

    /** Code, name and invoice number of each client; each has one overdue invoice. */
    private static final List<List<String>> CLIENTS = List.of(
            List.of("=HYPERLINK(\"http://example.invalid\",\"x\")", "=1+1", "=cmd|' /C calc'!A0"),
            List.of("+33 6 12", "<script>alert(1)</script> & Cie", "+F-2"),
            List.of("-C3", "$client.name #set($x = 1) ${x} {{name}}", "-F-3"),
            List.of("@SUM(A1)", "Café ☕ 🧾 \u202Eتجربة\u202C", "@F-4\u200F"),
            List.of("../../etc/passwd", "a/b\\c", "F/5\\..\\x"),
            List.of("CON", "NUL", "AUX"));

    @TempDir
    Path folder;

    @Test
    void xlsxRunWritesHostileValuesBackAsText() throws IOException {
        List<List<String>> clients = withControlCharacter(CLIENTS);
        Path workbook = xlsx(folder.resolve("hostile.xlsx"), clients);

        CliRun run = run(workbook);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(historyTexts(workbook)).containsExactlyElementsOf(codesAndNumbers(clients));
        assertThat(poiHistoryCellTypes(workbook)).containsOnly(CellType.STRING);
        assertLettersStayInOutputFolder(workbook);
    }

    @Test
    void odsRunWritesHostileValuesBackAsText() throws IOException {
        Path workbook = ods(folder.resolve("hostile.ods"), CLIENTS);

        CliRun run = run(workbook);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(historyTexts(workbook)).containsExactlyElementsOf(codesAndNumbers(CLIENTS));
        assertThat(content(workbook)).doesNotContain("table:formula");
        assertLettersStayInOutputFolder(workbook);
    }

    @Test
    void lettersShowTemplateSyntaxAndHtmlAsTyped() throws IOException {
        Path workbook = xlsx(folder.resolve("hostile.xlsx"), CLIENTS);

        CliRun run = run(workbook);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(letterText("C3")).contains("$client.name #set($x = 1) ${x} {{name}}");
        assertThat(letterText("33-6-12")).contains("<script>alert(1)</script> & Cie");
    }

    private CliRun run(Path workbook) {
        return CliRun.of("run", workbook.toString(), "--as-of", AS_OF, "--out", folder.resolve("out").toString());
    }

    private String letterText(String codePart) throws IOException {
        try (Stream<Path> letters = Files.list(folder.resolve("out"))) {
            // A code changed to fit a file name carries a hash of the code after it.
            Pattern name = Pattern.compile(".*_" + Pattern.quote(codePart) + "(-[0-9A-F]{8})?_.*");
            Path letter = letters.filter(file -> name.matcher(file.getFileName().toString()).matches())
                    .findFirst().orElseThrow();
            try (PDDocument pdf = Loader.loadPDF(letter.toFile())) {
                return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            }
        }
    }

    private void assertLettersStayInOutputFolder(Path workbook) throws IOException {
        Path out = folder.resolve("out");
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> written = files.filter(Files::isRegularFile).filter(file -> !file.equals(workbook)).toList();
            assertThat(written).allSatisfy(file -> assertThat(file.getParent()).isEqualTo(out));
            assertThat(written).filteredOn(file -> file.getFileName().toString()
                    .matches("2026-03-01_[A-Z0-9.-]+_EUR_level-1\\.pdf")).hasSize(CLIENTS.size());
        }
    }

    /**
     * Adds a tab to the first client's code and a line feed to its invoice number. Other control
     * characters cannot be typed into a test workbook: POI writes them as {@code ?}, and XML
     * cannot hold them in ODS. The XLSX reader and writer tests cover their {@code _xHHHH_} form.
     */
    private static List<List<String>> withControlCharacter(List<List<String>> clients) {
        List<List<String>> changed = new ArrayList<>(clients);
        List<String> first = clients.get(0);
        changed.set(0, List.of(first.get(0) + "\tX", first.get(1), first.get(2) + "\nY"));
        return changed;
    }

    private static List<String> codesAndNumbers(List<List<String>> clients) {
        return clients.stream().map(client -> client.get(0) + " | " + client.get(2)).toList();
    }

    /** Returns the client and invoice cells of each history row, after the header. */
    private static List<String> historyTexts(Path workbook) {
        List<Row> rows = Workbooks.read(workbook).findSheet("Relances").orElseThrow().rows();
        return rows.subList(1, rows.size()).stream().map(row -> {
            assertThat(row.cell(2)).isInstanceOf(CellValue.Text.class);
            assertThat(row.cell(3)).isInstanceOf(CellValue.Text.class);
            return row.cell(2).display() + " | " + row.cell(3).display();
        }).sorted((a, b) -> Integer.compare(indexOf(a), indexOf(b))).toList();
    }

    private static int indexOf(String codeAndNumber) {
        for (int i = 0; i < CLIENTS.size(); i++) {
            if (codeAndNumber.contains(" | " + CLIENTS.get(i).get(2))) {
                return i;
            }
        }
        return -1;
    }

    private static List<CellType> poiHistoryCellTypes(Path workbook) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook poi = new XSSFWorkbook(in)) {
            XSSFSheet history = poi.getSheet("Relances");
            List<CellType> types = new ArrayList<>();
            for (int r = 1; r <= history.getLastRowNum(); r++) {
                types.add(history.getRow(r).getCell(2).getCellType());
                types.add(history.getRow(r).getCell(3).getCellType());
            }
            return types;
        }
    }

    private static Path xlsx(Path file, List<List<String>> clients) throws IOException {
        List<List<Object>> clientRows = new ArrayList<>(List.of(row("Code client", "Nom")));
        List<List<Object>> invoiceRows = new ArrayList<>(List.of(
                row("N° facture", "Code client", "Date", "Échéance", "Montant")));
        for (List<String> client : clients) {
            clientRows.add(row(client.get(0), client.get(1)));
            invoiceRows.add(row(client.get(2), client.get(0), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                    new BigDecimal("100.00")));
        }
        try (SampleWorkbookWriter writer = new SampleWorkbookWriter()) {
            writer.sheet("Clients", quoted(clientRows)).sheet("Factures", quoted(invoiceRows)).save(file);
        }
        return file;
    }

    /** Keeps cells that start with {@code =} as text, as a user who typed them after a quote would. */
    private static List<List<Object>> quoted(List<List<Object>> rows) {
        return rows.stream().map(values -> values.stream()
                .map(value -> value instanceof String text && text.startsWith("=") ? (Object) new Quoted(text) : value)
                .toList()).toList();
    }

    /** A text that the sample writer must not take for a formula. */
    private record Quoted(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private static Path ods(Path file, List<List<String>> clients) throws IOException {
        StringBuilder clientRows = new StringBuilder(odsRow("Code client", "Nom"));
        StringBuilder invoiceRows = new StringBuilder(odsRow("N° facture", "Code client", "Date", "Échéance",
                "Montant"));
        for (List<String> client : clients) {
            clientRows.append(odsRow(client.get(0), client.get(1)));
            invoiceRows.append("<table:table-row>").append(odsText(client.get(2))).append(odsText(client.get(0)))
                    .append(odsDate("2026-01-01")).append(odsDate("2026-01-31"))
                    .append("<table:table-cell office:value-type=\"float\" office:value=\"100\"><text:p>100</text:p>"
                            + "</table:table-cell></table:table-row>");
        }
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office="
                + "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:"
                + "opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " office:version=\"1.3\"><office:body><office:spreadsheet>"
                + "<table:table table:name=\"Clients\">" + clientRows + "</table:table>"
                + "<table:table table:name=\"Factures\">" + invoiceRows + "</table:table>"
                + "</office:spreadsheet></office:body></office:document-content>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static String odsRow(String... texts) {
        StringBuilder row = new StringBuilder("<table:table-row>");
        for (String text : texts) {
            row.append(odsText(text));
        }
        return row.append("</table:table-row>").toString();
    }

    private static String odsText(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<table:table-cell office:value-type=\"string\"><text:p>" + escaped + "</text:p></table:table-cell>";
    }

    private static String odsDate(String iso) {
        return "<table:table-cell office:value-type=\"date\" office:date-value=\"" + iso + "\"><text:p>" + iso
                + "</text:p></table:table-cell>";
    }

    private static String content(Path ods) throws IOException {
        try (ZipFile zip = new ZipFile(ods.toFile());
                InputStream in = zip.getInputStream(zip.getEntry("content.xml"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
