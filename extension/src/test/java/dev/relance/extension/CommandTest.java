package dev.relance.extension;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandTest {

    @ParameterizedTest
    @CsvSource({"generate, GENERATE", "preview, PREVIEW", "export-templates, EXPORT_TEMPLATES", "'', GENERATE"})
    void urlArgumentNamesTheCommand(String argument, Command expected) {
        assertThat(Command.of(argument)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"send", "Generate"})
    void unknownArgumentIsNoCommand(String argument) {
        assertThat(Command.of(argument)).isEmpty();
    }
}
