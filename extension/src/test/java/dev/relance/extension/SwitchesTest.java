package dev.relance.extension;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SwitchesTest {

    @Test
    void switchesComeFromTheEnvironment() {
        Switches switches = Switches.from(Map.of("RELANCE_NO_DIALOGS", "1", "RELANCE_AS_OF", "2026-12-04"));

        assertThat(switches).isEqualTo(new Switches(true, Optional.of(LocalDate.of(2026, 12, 4))));
    }

    @Test
    void dialogsStayOnWithoutTheVariable() {
        Switches switches = Switches.from(Map.of("RELANCE_NO_DIALOGS", "0"));

        assertThat(switches).isEqualTo(new Switches(false, Optional.empty()));
    }

    @Test
    void nonIsoAsOfDateIsIgnored() {
        Switches switches = Switches.from(Map.of("RELANCE_AS_OF", "04/12/2026"));

        assertThat(switches.asOf()).isEmpty();
    }
}
