package dev.relance.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookEdit.CellWrite;
import dev.relance.workbook.WorkbookEdit.SheetEdit;

/** A save copies the rows it does not write as their bytes, and rewrites only the others. */
class XlsxRowSplicingTest {

    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String DECLARATION =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    @TempDir
    Path dir;

    @Test
    void copiesUnwrittenRowsByteForByte() throws IOException {
        String before = DECLARATION + "<worksheet xmlns=\"" + RawXlsx.MAIN + "\">"
                + "<dimension ref='A1:B3' /><sheetData>\n"
                + "<row r=\"1\" spans=\"1:2\"><c r='A1' t=\"inlineStr\"><is><t>a &amp; b</t></is></c></row>\n"
                + "<!-- <row r=\"2\"> in a comment -->\n"
                + "<row r=\"2\" spans=\"1:2\"><c r=\"A2\"><v>2</v></c></row>\n"
                + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t><![CDATA[</row><row r=\"9\">]]></t></is>"
                + "</c></row>\n<?relance note?></sheetData><rowBreaks count=\"1\"><brk id=\"2\"/></rowBreaks>"
                + "</worksheet>";

        String after = save(before, write("B2", 7));

        assertThat(after).isEqualTo(DECLARATION + "<worksheet xmlns=\"" + RawXlsx.MAIN + "\">"
                + "<dimension ref='A1:B3' /><sheetData>\n"
                + "<row r=\"1\" spans=\"1:2\"><c r='A1' t=\"inlineStr\"><is><t>a &amp; b</t></is></c></row>\n"
                + "<!-- <row r=\"2\"> in a comment -->\n"
                + "<row r=\"2\"><c r=\"A2\"><v>2</v></c><c r=\"B2\"><v>7</v></c></row>\n"
                + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t><![CDATA[</row><row r=\"9\">]]></t></is>"
                + "</c></row>\n<?relance note?></sheetData><rowBreaks count=\"1\"><brk id=\"2\"/></rowBreaks>"
                + "</worksheet>");
    }

    @Test
    void insertsRowsAndWidensDimensionInPlace() throws IOException {
        String before = "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><dimension ref='A2' />"
                + "<sheetData><row r=\"2\"><c r=\"A2\"><v>2</v></c></row><row><c><v>3</v></c></row>"
                + "</sheetData></worksheet>";

        String after = save(before, write("A1", 1), write("B3", 33), write("A5", 5));

        assertThat(after).isEqualTo("<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><dimension ref='A1:B5' />"
                + "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"
                + "<row><c><v>3</v></c><c r=\"B3\"><v>33</v></c></row>"
                + "<row r=\"5\"><c r=\"A5\"><v>5</v></c></row></sheetData></worksheet>");
    }

    @Test
    void fillsAnEmptySheetData() throws IOException {
        String before = "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData/><pageMargins left=\"0.7\"/>"
                + "</worksheet>";

        String after = save(before, write("A1", 1));

        assertThat(after).isEqualTo("<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData><pageMargins left=\"0.7\"/>"
                + "</worksheet>");
    }

    @Test
    void editsRowsPrefixedOnSheetData() throws IOException {
        String before = "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><x:sheetData xmlns:x=\"" + RawXlsx.MAIN
                + "\"><x:row r=\"1\"><x:c r=\"A1\"><x:v>1</x:v></x:c></x:row></x:sheetData></worksheet>";

        String after = save(before, write("A1", 2), write("A2", 3));

        assertThat(after).isEqualTo("<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><x:sheetData xmlns:x=\""
                + RawXlsx.MAIN + "\"><x:row r=\"1\"><x:c r=\"A1\"><x:v>2</x:v></x:c></x:row>"
                + "<x:row r=\"2\"><x:c r=\"A2\"><x:v>3</x:v></x:c></x:row></x:sheetData></worksheet>");
    }

    @Test
    void editsOtherEncodingsEventByEvent() throws IOException {
        String before = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet xmlns=\"" + RawXlsx.MAIN
                + "\"><sheetData><row r=\"1\" spans=\"1:1\"><c r='A1'><v>1</v></c></row></sheetData>"
                + "</worksheet>";

        String after = save(before, write("B2", 2));

        assertThat(after).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<worksheet xmlns=\""
                + RawXlsx.MAIN + "\"><sheetData><row r=\"1\" spans=\"1:1\"><c r=\"A1\"><v>1</v></c></row>"
                + "<row r=\"2\"><c r=\"B2\"><v>2</v></c></row></sheetData></worksheet>");
    }

    @Test
    void splicesOnlyPlainUtf8Parts() throws IOException {
        assertThat(canSplice("<worksheet/>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(canSplice("\uFEFF<?xml version='1.0' encoding='utf-8'?><worksheet/>"
                .getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(canSplice("<?xml version=\"1.0\" encoding=\"windows-1252\"?><worksheet/>"
                .getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(canSplice("<?xml version=\"1.0\"?><worksheet/>".getBytes(StandardCharsets.UTF_16)))
                .isFalse();
        assertThat(canSplice("<?xml version=\"1.0\"?><worksheet/>".getBytes(StandardCharsets.UTF_16LE)))
                .isFalse();
        assertThat(canSplice("<!DOCTYPE worksheet [<!ENTITY e \"x\">]><worksheet/>"
                .getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void marksRecalculationForCopiedFormula() throws IOException {
        String before = "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\"><f>B1*2</f><v>0</v></c></row></sheetData></worksheet>";
        Path source = RawXlsx.withSheetData("").part(SHEET, before).writeTo(dir.resolve("formula.xlsx"));
        Path target = dir.resolve("target.xlsx");

        new XlsxWriter().write(source, edit(write("B2", 1)), target);

        assertThat(entryText(target, "xl/workbook.xml")).contains("<calcPr fullCalcOnLoad=\"1\"/>");
    }

    @Test
    void marksRecalculationForFormulaAfterLastWrite() throws IOException {
        // The rows after the last written one are copied without being scanned tag by tag.
        String before = "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><x:f xmlns:x=\"" + RawXlsx.MAIN + "\">A1*2</x:f>"
                + "<v>2</v></c></row></sheetData></worksheet>";
        Path source = RawXlsx.withSheetData("").part(SHEET, before).writeTo(dir.resolve("formula.xlsx"));
        Path target = dir.resolve("target.xlsx");

        new XlsxWriter().write(source, edit(write("B1", 1)), target);

        assertThat(entryText(target, "xl/workbook.xml")).contains("<calcPr fullCalcOnLoad=\"1\"/>");
        assertThat(entryText(target, SHEET)).endsWith("<row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><x:f xmlns:x=\"" + RawXlsx.MAIN + "\">A1*2</x:f>"
                + "<v>2</v></c></row></sheetData></worksheet>");
    }

    @Test
    void leavesCalculationAloneWithoutFormula() throws IOException {
        String before = "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>if</t></is></c></row>"
                + "</sheetData></worksheet>";
        Path source = RawXlsx.withSheetData("").part(SHEET, before).writeTo(dir.resolve("plain.xlsx"));
        Path target = dir.resolve("target.xlsx");

        new XlsxWriter().write(source, edit(write("B1", 1)), target);

        assertThat(entryText(target, "xl/workbook.xml")).doesNotContain("fullCalcOnLoad");
    }

    private String save(String sheet, CellWrite... writes) throws IOException {
        Path source = RawXlsx.withSheetData("").part(SHEET, sheet).writeTo(dir.resolve("source.xlsx"));
        Path target = dir.resolve("target.xlsx");
        new XlsxWriter().write(source, edit(writes), target);
        return entryText(target, SHEET);
    }

    private static boolean canSplice(byte[] part) throws IOException {
        return SheetSplicer.canSplice(new ByteArrayInputStream(part));
    }

    private static WorkbookEdit edit(CellWrite... writes) {
        return new WorkbookEdit(List.of(new SheetEdit("Sheet1", false, List.of(writes))));
    }

    private static CellWrite write(String ref, int number) {
        return new CellWrite(CellRef.parse(ref), new CellValue.Number(BigDecimal.valueOf(number)));
    }

    private static String entryText(Path file, String name) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(file).get();
                InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
