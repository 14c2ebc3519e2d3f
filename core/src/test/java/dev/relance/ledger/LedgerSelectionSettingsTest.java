package dev.relance.ledger;

import static dev.relance.ledger.TestWorkbooks.date;
import static dev.relance.ledger.TestWorkbooks.row;
import static dev.relance.ledger.TestWorkbooks.sheet;
import static dev.relance.ledger.TestWorkbooks.workbook;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.relance.plan.Problem;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;

/** Filter presets and the not-yet-due key of the Settings sheet, and the history's Mode column. */
class LedgerSelectionSettingsTest {

    private static Ledger read(Sheet... extraSheets) {
        Sheet[] sheets = new Sheet[extraSheets.length + 2];
        sheets[0] = sheet("Clients", row(1, "Code client", "Nom"), row(2, "C001", "Dupont"));
        sheets[1] = sheet("Factures", row(1, "N° facture", "Code client", "Échéance", "Montant"),
                row(2, "F-1", "C001", "02/01/2026", "1,500"));
        System.arraycopy(extraSheets, 0, sheets, 2, extraSheets.length);
        return new LedgerReader().read(workbook(sheets));
    }

    private static Ledger readSettings(Row... rows) {
        return read(sheet("Paramètres", rows));
    }

    @Test
    void readsPresetsUnderFrenchAndEnglishKeys() {
        Ledger ledger = readSettings(
                row(1, "Filtre Export", "category=Export; min-days=30"),
                row(2, "filter  Lyon et environs ", "departement=69"));

        assertThat(ledger.problems()).isEmpty();
        assertThat(ledger.settings().presets()).containsExactly(
                new FilterPreset("Export", "category=Export; min-days=30", "Paramètres", "B1"),
                new FilterPreset("Lyon et environs", "departement=69", "Paramètres", "B2"));
        assertThat(ledger.settings().findPreset("lyon ET environs")).isPresent();
    }

    @Test
    void reportsAPresetNamedTwice() {
        Ledger ledger = readSettings(
                row(1, "Filtre Export", "category=Export"),
                row(2, "Filter export", "category=Overseas"));

        assertThat(ledger.settings().presets()).extracting(FilterPreset::text)
                .containsExactly("category=Export");
        assertThat(ledger.problems()).containsExactly(new Problem("Paramètres", "A2",
                "Filter export", "is a preset already given in B1; only that one is read"));
    }

    @Test
    void readsTheNotYetDueKey() {
        Ledger ledger = readSettings(row(1, "Lister les factures non échues", "oui"));

        assertThat(ledger.problems()).isEmpty();
        assertThat(ledger.settings().listNotYetDue()).isTrue();
    }

    @Test
    void readsTheHistoryModeAndTakesAutoWhenBlank() {
        Ledger ledger = read(sheet("Relances",
                row(1, "Date", "Lot", "Client", "Facture", "Niveau", "Solde", "Devise", "Lettre",
                        "Mode"),
                row(2, date("2026-03-01"), "r1", "C001", "F-1", 1, 100, "EUR", "a.pdf", "auto"),
                row(3, date("2026-04-01"), "r2", "C001", "F-1", 3, 100, "EUR", "b.pdf", "forcé"),
                row(4, date("2026-05-01"), "r3", "C001", "F-1", 2, 100, "EUR", "c.pdf", null),
                row(5, date("2026-06-01"), "r4", "C001", "F-1", 3, 100, "EUR", "d.pdf",
                        "Fiche client")));

        assertThat(ledger.problems()).isEmpty();
        assertThat(ledger.history()).extracting(HistoryEntry::mode).containsExactly(
                LevelMode.AUTO, LevelMode.FORCED, LevelMode.AUTO, LevelMode.CLIENT);
    }

    @Test
    void reportsAnUnknownHistoryMode() {
        Ledger ledger = read(sheet("Relances",
                row(1, "Date", "Lot", "Client", "Facture", "Niveau", "Mode"),
                row(2, date("2026-03-01"), "r1", "C001", "F-1", 1, "manuel")));

        assertThat(ledger.history()).isEmpty();
        assertThat(ledger.problems()).containsExactly(new Problem("Relances", "F2", "manuel",
                "is not a reminder mode; expected auto, client or forced"));
    }
}
