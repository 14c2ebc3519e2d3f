package dev.relance.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.workbook.CellValue;
import dev.relance.workbook.RecordingSelector;
import dev.relance.workbook.Row;

/**
 * A sheet the byte scanner leaves to the XML parser, even part way through, reads with the same
 * rows as one the scanner reads.
 */
class XlsxScannerFallbackTest {

    private static final String HEADER = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Code client</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>Montant</t></is></c></row>";
    private static final String FIRST = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>C001</t></is></c>"
            + "<c r=\"B2\"><v>1250.5</v></c></row>";
    private static final String SECOND = "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>C002</t></is></c>"
            + "<c r=\"B3\"><v>-350</v></c></row>";
    /** A comment among the rows, which the scanner does not read. */
    private static final String COMMENT = "<!-- saisi à la main -->";

    @TempDir
    Path dir;

    private final XlsxReader reader = new XlsxReader();

    @Test
    void readsASheetTheScannerLeavesPartWayThrough() throws IOException {
        Path scanned = RawXlsx.withSheetData(HEADER + FIRST + SECOND).writeTo(dir.resolve("scanned.xlsx"));
        Path parsed = RawXlsx.withSheetData(HEADER + FIRST + COMMENT + SECOND).writeTo(dir.resolve("parsed.xlsx"));
        List<Row> expected = List.of(
                new Row(0, List.of(new CellValue.Text("Code client"), new CellValue.Text("Montant"))),
                new Row(1, List.of(new CellValue.Text("C001"), new CellValue.Number(new BigDecimal("1250.5")))),
                new Row(2, List.of(new CellValue.Text("C002"), new CellValue.Number(new BigDecimal("-350")))));

        assertThat(reader.read(scanned).sheets().get(0).rows()).isEqualTo(expected);
        assertThat(reader.read(parsed).sheets().get(0).rows()).isEqualTo(expected);
    }

    @Test
    void restartsStreamWhenScannerGivesUp() throws IOException {
        Path file = RawXlsx.withSheetData(HEADER + FIRST + COMMENT + SECOND).writeTo(dir.resolve("comment.xlsx"));
        RecordingSelector selector = new RecordingSelector(Set.of("Sheet1"), Set.of(), 10);

        reader.stream(file, selector);

        // row 2 was still being assembled when the scanner gave up: only row 1 had been handed on
        assertThat(selector.events()).containsExactly("Sheet1 1: Code client|Montant", "Sheet1 restart",
                "Sheet1 1: Code client|Montant", "Sheet1 2: C001|1250.5", "Sheet1 3: C002|-350", "Sheet1 end");
    }

    @Test
    void fillsMergedRangesOnBothPaths() throws IOException {
        String merges = "<mergeCells count=\"2\"><mergeCell ref=\"B1:C1\"/><mergeCell ref=\"A2:A3\"/></mergeCells>";
        String rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Client</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Libellé</t></is></c><c r=\"C1\"/></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>C001</t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>F-1</t></is></c><c r=\"C2\"><v>100</v></c></row>";
        String lastRow = "<row r=\"3\"><c r=\"A3\"/><c r=\"B3\" t=\"inlineStr\"><is><t>F-2</t></is></c>"
                + "<c r=\"C3\"><v>200</v></c></row>";
        Path scanned = RawXlsx.withSheetData("")
                .part("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>" + rows
                        + lastRow + "</sheetData>" + merges + "</worksheet>")
                .writeTo(dir.resolve("merged-scanned.xlsx"));
        Path parsed = RawXlsx.withSheetData("")
                .part("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>" + rows
                        + COMMENT + lastRow + "</sheetData>" + merges + "</worksheet>")
                .writeTo(dir.resolve("merged-parsed.xlsx"));
        CellValue label = new CellValue.Text("Libellé");
        CellValue client = new CellValue.Text("C001");
        List<Row> expected = List.of(
                new Row(0, List.of(new CellValue.Text("Client"), label, label)),
                new Row(1, List.of(client, new CellValue.Text("F-1"), new CellValue.Number(new BigDecimal("100")))),
                new Row(2, List.of(client, new CellValue.Text("F-2"), new CellValue.Number(new BigDecimal("200")))));

        assertThat(reader.read(scanned).sheets().get(0).rows()).isEqualTo(expected);
        assertThat(reader.read(parsed).sheets().get(0).rows()).isEqualTo(expected);
    }
}
