package dev.relance.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellRefTest {

    @Test
    void parsesTheFirstAndLastCells() {
        assertThat(CellRef.parse("A1")).isEqualTo(new CellRef(0, 0));
        assertThat(CellRef.parse("xfd1048576")).isEqualTo(new CellRef(1_048_575, 16_383));
    }

    @Test
    void parsesTwoLetterColumns() {
        assertThat(CellRef.parse("AA10")).isEqualTo(new CellRef(9, 26));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XFE1", "A1048577", "ZZZZ1", "mergeCellB1", "A", "12", "A0", "A99999999999"})
    void rejectsReferencesOutsideTheLargestSheet(String reference) {
        assertThatThrownBy(() -> CellRef.parse(reference)).isInstanceOf(IllegalArgumentException.class);
    }
}
