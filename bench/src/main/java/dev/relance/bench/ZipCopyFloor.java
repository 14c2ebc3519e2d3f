package dev.relance.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The write-back floor: copies every entry of a workbook's zip without inflating or deflating it
 * (commons-compress raw entries), then adds one new deflated sheet part of 1,000 rows. Saving a
 * run into a workbook cannot cost less than this. The result is a valid zip but not a valid
 * workbook, because workbook.xml and the relationships do not name the new sheet.
 *
 * <p>{@code java -cp bench/target/relance-bench.jar dev.relance.bench.ZipCopyFloor IN OUT}
 */
public final class ZipCopyFloor {

    static final int NEW_ROWS = 1_000;

    private ZipCopyFloor() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ZipCopyFloor IN OUT");
            System.exit(2);
        }
        long start = System.nanoTime();
        int copied = 0;
        try (ZipFile in = ZipFile.builder().setPath(Path.of(args[0])).get();
                ZipArchiveOutputStream out = new ZipArchiveOutputStream(Path.of(args[1]))) {
            for (ZipArchiveEntry entry : Collections.list(in.getEntriesInPhysicalOrder())) {
                out.addRawArchiveEntry(entry, in.getRawInputStream(entry));
                copied++;
            }
            out.putArchiveEntry(new ZipArchiveEntry("xl/worksheets/sheet-added.xml"));
            writeSheet(out);
            out.closeArchiveEntry();
        }
        System.out.printf(Locale.ROOT, "copied %d entries, added %d rows in %.3f s%n", copied, NEW_ROWS,
                (System.nanoTime() - start) / 1e9);
    }

    /** Writes a history-like sheet: a date, a run id, a client, an invoice, a level and a balance per row. */
    private static void writeSheet(ZipArchiveOutputStream zip) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int row = 1; row <= NEW_ROWS; row++) {
            out.write("<row r=\"" + row + "\"><c r=\"A" + row + "\" s=\"1\"><v>46360</v></c>"
                    + "<c r=\"B" + row + "\" t=\"inlineStr\"><is><t>2026-12-04-1</t></is></c>"
                    + "<c r=\"C" + row + "\" t=\"inlineStr\"><is><t>C" + Cells.padded(row, 5) + "</t></is></c>"
                    + "<c r=\"D" + row + "\" t=\"inlineStr\"><is><t>F-2026-" + Cells.padded(row, 7)
                    + "</t></is></c><c r=\"E" + row + "\"><v>1</v></c><c r=\"F" + row + "\"><v>"
                    + Cells.decimal(12_345L + row) + "</v></c></row>");
        }
        out.write("</sheetData></worksheet>");
        out.flush();
    }
}
