package dev.relance.extension.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.relance.RelanceException;
import dev.relance.plan.Problem;
import dev.relance.workbook.AmountParser;
import dev.relance.workbook.DateParser;
import dev.relance.workbook.InvalidValueException;

class MessageTextTest {

    private final MessageText french = new MessageText(UiLanguage.FR);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            is not a date; expected e.g. 04/03/2026 | n'est pas une date ; attendu par exemple 04/03/2026
            is not an amount; expected e.g. 1 234,56 | n'est pas un montant ; attendu par exemple 1 234,56
            is not yes or no; expected e.g. oui, non, x or a blank cell \
            | n'est ni oui ni non ; attendu par exemple oui, non, x ou une cellule vide
            is not a currency code; expected e.g. EUR | n'est pas un code de devise ; attendu par exemple EUR
            is an invoice number already used for client C001 on row 12; only that row is read \
            | est un numéro de facture déjà utilisé pour le client C001 ligne 12 ; seule cette ligne est lue
            """)
    void frequentMessagesAboutAValueAreTranslated(String english, String expected) {
        Problem problem = new Problem("Factures", "E9", "abc", english);

        String line = french.problem(problem);

        assertThat(line).isEqualTo("Feuille Factures, cellule E9 : « abc » " + expected);
    }

    @Test
    void missingValueIsTranslatedWithoutQuote() {
        Problem problem = new Problem("Factures", "B4", "", "missing client; expected a client code or name");

        String line = french.problem(problem);

        assertThat(line).isEqualTo(
                "Feuille Factures, cellule B4 : client manquant ; attendu un code ou un nom de client");
    }

    @Test
    void untranslatedMessageStaysEnglishAfterTheFrenchPlace() {
        Problem problem = new Problem("Paramètres", "B3", "weekly", "is not a mode; expected auto or client");

        String line = french.problem(problem);

        assertThat(line).isEqualTo(
                "Feuille Paramètres, cellule B3 : « weekly » : is not a mode; expected auto or client");
    }

    @Test
    void englishProblemIsTheCoreLine() {
        Problem problem = new Problem("Factures", "D7", "abc", "is not a date; expected e.g. 04/03/2026");

        String line = new MessageText(UiLanguage.EN).problem(problem);

        assertThat(line).isEqualTo("Factures!D7: \"abc\" is not a date; expected e.g. 04/03/2026");
    }

    @Test
    void frenchErrorNamesFileSheetAndCell() {
        RelanceException error = new RelanceException("is not a whole number; expected e.g. 30",
                Path.of("/data/relances.xlsx"), "Paramètres", "B7", "trente", null);

        String message = french.error(error);

        assertThat(message).isEqualTo(
                "Fichier relances.xlsx, feuille Paramètres, cellule B7 : n'est pas un nombre entier ; "
                        + "attendu par exemple 30");
    }

    @Test
    void frenchErrorWithoutPlaceIsTheMessageAlone() {
        RelanceException error = new RelanceException("cannot create the letters folder /x: denied");

        String message = french.error(error);

        assertThat(message).isEqualTo("cannot create the letters folder /x: denied");
    }

    @Test
    void theCoreDateAndAmountWordingIsStillRecognised() {
        DateParser dates = new DateParser(DateParser.SlashOrder.DAY_FIRST);
        AmountParser amounts = new AmountParser(AmountParser.DecimalMark.COMMA);

        String date = catchThrowableOfType(() -> dates.parse("abc"), InvalidValueException.class).getMessage();
        String month = catchThrowableOfType(() -> dates.parse("04/13/2026"), InvalidValueException.class)
                .getMessage();
        String amount = catchThrowableOfType(() -> amounts.parse("12x"), InvalidValueException.class).getMessage();

        assertThat(FrenchMessages.of(date)).contains("n'est pas une date ; attendu par exemple 04/03/2026");
        assertThat(FrenchMessages.of(month))
                .contains("n'est pas une date valide, car il n'y a pas de mois 13 ; attendu par exemple 04/03/2026");
        assertThat(FrenchMessages.of(amount)).hasValueSatisfying(text -> assertThat(text)
                .startsWith("n'est pas un montant ; attendu par exemple "));
    }
}
