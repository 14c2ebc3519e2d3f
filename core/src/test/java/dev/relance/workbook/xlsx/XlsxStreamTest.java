package dev.relance.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.workbook.RecordingSelector;

class XlsxStreamTest {

    @TempDir
    Path dir;

    private final XlsxReader reader = new XlsxReader();

    /** Two sheets, Factures then Clients, the second given as the XML of its sheet data. */
    private Path twoSheets(String facturesRows, String clientsRows) throws IOException {
        return RawXlsx.withSheetData(facturesRows)
                .part("xl/workbook.xml", "<workbook xmlns=\"" + RawXlsx.MAIN + "\" xmlns:r=\""
                        + RawXlsx.RELATIONSHIPS + "\"><sheets><sheet name=\"Factures\" sheetId=\"1\""
                        + " r:id=\"rId1\"/><sheet name=\"Clients\" sheetId=\"2\" r:id=\"rId2\"/>"
                        + "</sheets></workbook>")
                .part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas."
                        + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
                        + " Type=\"" + RawXlsx.RELATIONSHIPS + "/worksheet\" Target=\"worksheets/"
                        + "sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + RawXlsx.RELATIONSHIPS
                        + "/worksheet\" Target=\"worksheets/sheet2.xml\"/></Relationships>")
                .part("xl/worksheets/sheet2.xml", "<worksheet xmlns=\"" + RawXlsx.MAIN
                        + "\"><sheetData>" + clientsRows + "</sheetData></worksheet>")
                .writeTo(dir.resolve("two-sheets.xlsx"));
    }

    private static String textRow(int row, String text) {
        return "<row r=\"" + row + "\"><c r=\"A" + row + "\" t=\"inlineStr\"><is><t>" + text
                + "</t></is></c></row>";
    }

    @Test
    void readsASheetAskedLastAfterTheOthers() throws IOException {
        Path file = twoSheets(textRow(1, "F-1"), textRow(1, "C001"));
        RecordingSelector selector =
                new RecordingSelector(Set.of("Factures", "Clients"), Set.of("Factures"), 10);

        reader.stream(file, selector);

        assertThat(selector.events()).containsExactly(
                "Clients 1: C001", "Clients end", "Factures 1: F-1", "Factures end");
    }

    @Test
    void neverOpensASheetNobodySelects() throws IOException {
        Path file = twoSheets("<row r=\"1\"><c r=\"A1\"><v>not closed", textRow(1, "C001"));
        RecordingSelector selector = new RecordingSelector(Set.of("Clients"), Set.of(), 10);

        reader.stream(file, selector);

        assertThat(selector.events()).containsExactly("Clients 1: C001", "Clients end");
    }

    @Test
    void startsASheetAgainWhenItsMergedRangesCoverCells() throws IOException {
        Path file = RawXlsx.withSheetData(textRow(1, "Relevé") + textRow(3, "F-1"))
                .part("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + RawXlsx.MAIN
                        + "\"><sheetData>" + textRow(1, "Relevé") + "<row r=\"3\"><c r=\"A3\""
                        + " t=\"inlineStr\"><is><t>F-1</t></is></c><c r=\"B3\"><v>5</v></c></row>"
                        + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:B2\"/>"
                        + "</mergeCells></worksheet>")
                .writeTo(dir.resolve("merged.xlsx"));
        RecordingSelector selector = new RecordingSelector(Set.of("Sheet1"), Set.of(), 10);

        reader.stream(file, selector);

        assertThat(selector.events()).containsExactly("Sheet1 1: Relevé", "Sheet1 3: F-1|5",
                "Sheet1 restart", "Sheet1 1: Relevé|Relevé", "Sheet1 2: Relevé|Relevé",
                "Sheet1 3: F-1|5", "Sheet1 end");
    }
}
