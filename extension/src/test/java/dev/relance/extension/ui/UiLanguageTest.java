package dev.relance.extension.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UiLanguageTest {

    @ParameterizedTest
    @CsvSource({"fr, FR", "fr-FR, FR", "fr-BE, FR", "en-US, EN", "de, EN", "'', EN"})
    void frenchUiLocalesGiveFrenchOthersEnglish(String uiLocale, UiLanguage expected) {
        UiLanguage language = UiLanguage.of(uiLocale);

        assertThat(language).isEqualTo(expected);
    }
}
