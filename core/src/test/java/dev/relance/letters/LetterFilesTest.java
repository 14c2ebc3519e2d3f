package dev.relance.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.relance.ledger.Client;
import dev.relance.plan.LetterPlan;

class LetterFilesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 4);

    private static LetterPlan letter(String clientCode, String currency, int level) {
        Client client = new Client(clientCode, "Dupont SARL", List.of(), "", "", "", "", Optional.empty(),
                Optional.empty(), Optional.empty(), false, "", "", 1);
        return new LetterPlan(client, currency, level, BigDecimal.TEN, List.of(), List.of());
    }

    @Test
    void namesPdfByDateClientCurrencyAndLevel() {
        LetterPlan letter = letter("C001", "EUR", 2);

        String name = LetterFiles.pdfName(AS_OF, letter);

        assertThat(name).isEqualTo("2026-12-04_C001_EUR_level-2.pdf");
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "c001 |2026-12-04_C001_EUR_level-1",
        "../x|2026-12-04_X-24D68D50_EUR_level-1",
        "..\\..\\windows|2026-12-04_WINDOWS-9DA86EE6_EUR_level-1",
        "CON|2026-12-04_CON_EUR_level-1",
        "a/b:c*d|2026-12-04_A-B-C-D-58497F84_EUR_level-1",
        "Société Générale|2026-12-04_SOCIETE-GENERALE-55287D73_EUR_level-1",
        "...|2026-12-04_X-1A43B61B_EUR_level-1",
    })
    void keepsClientCodeSafeInFileName(String clientCode, String expected) {
        LetterPlan letter = letter(clientCode, "EUR", 1);

        String name = LetterFiles.baseName(AS_OF, letter);

        assertThat(name).isEqualTo(expected);
    }

    @Test
    void boundsLongClientCode() {
        LetterPlan letter = letter("C".repeat(100), "EUR", 1);

        String name = LetterFiles.baseName(AS_OF, letter);

        assertThat(name).isEqualTo("2026-12-04_" + "C".repeat(40) + "-663653A7_EUR_level-1");
    }

    @Test
    void codesDifferingOnlyInSeparatorsGetDifferentNames() {
        LetterPlan slash = letter("A/1", "EUR", 1);
        LetterPlan space = letter("A 1", "EUR", 1);
        LetterPlan dash = letter("A-1", "EUR", 1);

        assertThat(LetterFiles.baseName(AS_OF, slash)).isEqualTo("2026-12-04_A-1-CDDB06B2_EUR_level-1");
        assertThat(LetterFiles.baseName(AS_OF, space)).isEqualTo("2026-12-04_A-1-4A431A7D_EUR_level-1");
        assertThat(LetterFiles.baseName(AS_OF, dash)).isEqualTo("2026-12-04_A-1_EUR_level-1");
    }

    @Test
    void sameCodeTypedDifferentlyGivesSameName() {
        LetterPlan typed = letter("C001", "EUR", 3);
        LetterPlan sloppy = letter(" c001 ", "eur", 3);

        String typedName = LetterFiles.pdfName(AS_OF, typed);
        String sloppyName = LetterFiles.pdfName(AS_OF, sloppy);

        assertThat(sloppyName).isEqualTo(typedName);
    }
}
