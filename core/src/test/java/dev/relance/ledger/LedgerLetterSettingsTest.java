package dev.relance.ledger;

import static dev.relance.ledger.TestWorkbooks.row;
import static dev.relance.ledger.TestWorkbooks.sheet;
import static dev.relance.ledger.TestWorkbooks.workbook;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.relance.ledger.LetterSettings.ChargeSettings;
import dev.relance.ledger.LetterSettings.PaperSize;
import dev.relance.plan.Problem;
import dev.relance.workbook.Row;

/** The Settings keys of the letters' layout and late-payment charges. */
class LedgerLetterSettingsTest {

    private static Ledger readFrench(Row... settingRows) {
        return new LedgerReader().read(workbook(
                sheet("Clients", row(1, "Code client", "Nom"), row(2, "C001", "Dupont")),
                sheet("Factures", row(1, "N° facture", "Code client", "Échéance", "Montant")),
                sheet("Paramètres", settingRows)));
    }

    private static Ledger readEnglish(Row... settingRows) {
        return new LedgerReader().read(workbook(
                sheet("Customers", row(1, "Customer code", "Name"), row(2, "C001", "Dupont")),
                sheet("Invoices", row(1, "Invoice", "Customer", "Due date", "Amount")),
                sheet("Settings", settingRows)));
    }

    @Test
    void defaultsAreA4FrenchWindowAndNoCharges() {
        Ledger ledger = readFrench(row(1, "Mode", "auto"));

        assertThat(ledger.settings().letters()).isEqualTo(new LetterSettings(PaperSize.A4, 100, 46,
                List.of(0, 8, 8), Optional.empty(), new ChargeSettings(false, BigDecimal.ZERO, 3,
                        List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO))));
    }

    @Test
    void readsEveryFrenchLetterKey() {
        Ledger ledger = readFrench(
                row(1, "Format du papier", "Letter"),
                row(2, "Fenêtre adresse gauche", 110),
                row(3, "Fenêtre adresse haut", "50"),
                row(4, "Délai de règlement niveau 1", 15),
                row(5, "Délai de règlement niveau 2", 10),
                row(6, "Délai de règlement niveau 3", 5),
                row(7, "Référence de paiement", "RELANCE {client}"),
                row(8, "Pénalités de retard", "oui"),
                row(9, "Taux des pénalités", "12,15 %"),
                row(10, "Indemnité forfaitaire à partir du niveau", 2),
                row(11, "Frais de relance niveau 1", 0),
                row(12, "Frais de relance niveau 2", "15,00 €"),
                row(13, "Frais de relance niveau 3", "25"));

        assertThat(ledger.problems()).isEmpty();
        assertThat(ledger.settings().letters()).isEqualTo(new LetterSettings(PaperSize.LETTER, 110, 50,
                List.of(15, 10, 5), Optional.of("RELANCE {client}"),
                new ChargeSettings(true, new BigDecimal("12.15"), 2,
                        List.of(BigDecimal.ZERO, new BigDecimal("15.00"), new BigDecimal("25")))));
    }

    @Test
    void readsEveryEnglishLetterKey() {
        Ledger ledger = readEnglish(
                row(1, "Paper size", "A4"),
                row(2, "Address window left", 20),
                row(3, "Address window top", 55),
                row(4, "Payment deadline level 2", 14),
                row(5, "Payment reference", "{invoices}"),
                row(6, "Late-payment charges", "yes"),
                row(7, "Late-payment interest rate", "12.15%"),
                row(8, "Recovery indemnity from level", 3),
                row(9, "Reminder fee level 3", "30.00"));

        assertThat(ledger.problems()).isEmpty();
        LetterSettings letters = ledger.settings().letters();
        assertThat(letters.addressLeftMm()).isEqualTo(20);
        assertThat(letters.addressTopMm()).isEqualTo(55);
        assertThat(letters.deadlineDays()).containsExactly(0, 14, 8);
        assertThat(letters.paymentReference()).contains("{invoices}");
        assertThat(letters.charges().yearlyRatePercent()).isEqualByComparingTo("12.15");
        assertThat(letters.charges().levelFee(3)).isEqualByComparingTo("30.00");
    }

    @ParameterizedTest(name = "{0} reads as {1} %")
    @CsvSource(delimiter = '|', value = {
        "12,15 %|12.15",
        "12,15|12.15",
        "10%|10",
        "0,1215|12.150",
    })
    void readsRatesTypedAsText(String typed, String percent) {
        Ledger ledger = readFrench(row(1, "Taux des pénalités", typed));

        assertThat(ledger.settings().letters().charges().yearlyRatePercent()).isEqualByComparingTo(percent);
    }

    @Test
    void readsPercentFormattedCellAsFraction() {
        Ledger ledger = readFrench(row(1, "Taux des pénalités", new BigDecimal("0.1215")));

        assertThat(ledger.settings().letters().charges().yearlyRatePercent()).isEqualByComparingTo("12.15");
    }

    @Test
    void levelsAboveThreeUseLevelThreeValues() {
        Ledger ledger = readFrench(row(1, "Délai de règlement niveau 3", 4));

        assertThat(ledger.settings().letters().deadlineDays(5)).isEqualTo(4);
    }

    @Test
    void reportsUnreadableValuesAndKeepsDefaults() {
        Ledger ledger = readFrench(
                row(1, "Format du papier", "A5"),
                row(2, "Fenêtre adresse gauche", 180),
                row(3, "Taux des pénalités", "douze"),
                row(4, "Frais de relance niveau 2", "-5"));

        assertThat(ledger.problems()).containsExactly(
                new Problem("Paramètres", "B1", "A5", "is not a paper size; expected A4 or Letter"),
                new Problem("Paramètres", "B2", "180",
                        "is too far right; expected millimetres from the left edge, e.g. 100"),
                new Problem("Paramètres", "B3", "douze", "is not an amount; expected e.g. 1 234,56"),
                new Problem("Paramètres", "B4", "-5", "is negative; expected an amount of 0 or more"));
        assertThat(ledger.settings().letters()).isEqualTo(LetterSettings.DEFAULTS);
    }
}
