package dev.relance.workbook.ods;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.workbook.RecordingSelector;

class OdsStreamTest {

    @TempDir
    Path dir;

    private final OdsReader reader = new OdsReader();

    /** A float cell whose value cannot be read: building it fails. */
    private static final String BROKEN_CELL = "<table:table-cell office:value-type=\"float\""
            + " office:value=\"abc\"><text:p>abc</text:p></table:table-cell>";

    @Test
    void handsTrailingRepeatedEmptyRowsToNoSink() throws IOException {
        Path file = TestOds.write(dir, "repeated.ods", TestOds.table("Factures",
                TestOds.row(TestOds.textCell("F-1")) + "<table:table-row"
                        + " table:number-rows-repeated=\"1048575\"><table:table-cell"
                        + " table:number-columns-repeated=\"16384\"/></table:table-row>"));
        RecordingSelector selector = new RecordingSelector(Set.of("Factures"), Set.of(), 10);

        reader.stream(file, selector);

        assertThat(selector.events()).containsExactly("Factures 1: F-1", "Factures end");
    }

    @Test
    void skipsTablesNobodySelectsWithoutBuildingTheirCells() throws IOException {
        Path file = TestOds.write(dir, "skipped.ods", TestOds.table("Notes", TestOds.row(BROKEN_CELL))
                + TestOds.table("Clients", TestOds.row(TestOds.textCell("C001"))));
        RecordingSelector selector = new RecordingSelector(Set.of("Clients"), Set.of(), 10);

        reader.stream(file, selector);

        assertThat(selector.events()).containsExactly("Clients 1: C001", "Clients end");
    }

    @Test
    void skipsTheRestOfATableOnceItsSinkIsDone() throws IOException {
        Path file = TestOds.write(dir, "done.ods", TestOds.table("Factures",
                TestOds.row(TestOds.textCell("F-1")) + TestOds.row(BROKEN_CELL)));
        RecordingSelector selector = new RecordingSelector(Set.of("Factures"), Set.of(), 1);

        reader.stream(file, selector);

        assertThat(selector.events()).containsExactly("Factures 1: F-1", "Factures end");
    }

    @Test
    void readsTablesInTabOrderEvenWhenOneIsAskedLast() throws IOException {
        Path file = TestOds.write(dir, "order.ods", TestOds.table("Factures",
                TestOds.row(TestOds.textCell("F-1"))) + TestOds.table("Clients",
                TestOds.row(TestOds.textCell("C001"))));
        RecordingSelector selector =
                new RecordingSelector(Set.of("Factures", "Clients"), Set.of("Factures"), 10);

        reader.stream(file, selector);

        assertThat(selector.events()).containsExactly(
                "Factures 1: F-1", "Factures end", "Clients 1: C001", "Clients end");
    }
}
