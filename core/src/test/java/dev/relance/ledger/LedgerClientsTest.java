package dev.relance.ledger;

import static dev.relance.ledger.TestWorkbooks.date;
import static dev.relance.ledger.TestWorkbooks.error;
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
import org.junit.jupiter.params.provider.ValueSource;

import dev.relance.plan.Problem;
import dev.relance.workbook.Row;

class LedgerClientsTest {

    private static final Row INVOICES_HEADER = row(1, "Invoice", "Customer", "Due date", "Amount");

    private static Ledger read(Row... clientRows) {
        return new LedgerReader().read(workbook(sheet("Customers", clientRows),
                sheet("Invoices", INVOICES_HEADER)));
    }

    private static Client onlyClient(Ledger ledger) {
        assertThat(ledger.problems()).isEmpty();
        assertThat(ledger.clients()).hasSize(1);
        return ledger.clients().get(0);
    }

    @Test
    void readsEveryClientField() {
        Ledger ledger = read(
                row(1, "Customer code", "Customer name", "Address line 1", "Address line 2", "Postcode",
                        "City", "Country", "Email", "Language", "Credit limit", "Reminder level",
                        "On hold", "Sales rep", "Category"),
                row(2, " C001 ", "Dupont SARL", "12 rue des Lilas", "Bâtiment B", "01000", "Bourg",
                        "France", "compta@dupont.example", "fr", "5,000.00", 2, "yes", "Alice", "Retail"));

        Client client = onlyClient(ledger);

        assertThat(client).isEqualTo(new Client("C001", "Dupont SARL",
                List.of("12 rue des Lilas", "Bâtiment B"), "01000", "Bourg", "France",
                "compta@dupont.example", Optional.of(Language.FR), Optional.of(new BigDecimal("5000.00")),
                Optional.of(new Client.FixedLevel("Customers", "K2", "2", Optional.of(2))), true,
                "Alice", "Retail", 1));
    }

    @Test
    void leavesOptionalFieldsEmptyWhenBlankOrAbsent() {
        Ledger ledger = read(row(1, "Code", "Nom", "Adresse", "Ville"), row(2, "C001", "Dupont", null, null));

        Client client = onlyClient(ledger);

        assertThat(client).isEqualTo(new Client("C001", "Dupont", List.of(), "", "", "", "",
                Optional.empty(), Optional.empty(), Optional.empty(), false, "", "", 1));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1000, 01000", "75001, 75001", "1000.0, 01000", "974, 974"})
    void padsFourDigitPostalCodeNumbers(BigDecimal cell, String expected) {
        Ledger ledger = read(row(1, "Code client", "Nom", "CP"), row(2, "C001", "Dupont", cell));

        assertThat(onlyClient(ledger).postalCode()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"fr, FR", "FR, FR", "français, FR", "francais, FR", "french, FR", "fr-FR, FR",
        "en, EN", "anglais, EN", "English, EN", "en-US, EN", "en_GB, EN"})
    void readsLanguageCells(String cell, Language expected) {
        Ledger ledger = read(row(1, "Code client", "Nom", "Langue"), row(2, "C001", "Dupont", cell));

        assertThat(onlyClient(ledger).language()).contains(expected);
    }

    @Test
    void reportsUnknownLanguage() {
        Ledger ledger = read(row(1, "Code client", "Nom", "Langue"), row(2, "C001", "Dupont", "de"));

        assertThat(ledger.clients()).isEmpty();
        assertThat(ledger.problems()).containsExactly(new Problem("Customers", "C2", "de",
                "is not a language; expected fr, en or a blank cell"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"yes", "Oui", "x", "1", "true", "VRAI", "✓"})
    void readsBlockedFlags(String cell) {
        Ledger ledger = read(row(1, "Code client", "Nom", "Ne pas relancer"), row(2, "C001", "Dupont", cell));

        assertThat(onlyClient(ledger).blocked()).isTrue();
    }

    @Test
    void readsBooleanCellAsBlocked() {
        Ledger ledger = read(row(1, "Code client", "Nom", "Bloqué"), row(2, "C001", "Dupont", true));

        assertThat(onlyClient(ledger).blocked()).isTrue();
    }

    @Test
    void keepsLevelCellThatIsNotWholeNumber() {
        Ledger ledger = read(row(1, "Code client", "Nom", "Niveau de relance"),
                row(2, "C001", "Dupont", "2,5"),
                row(3, "C002", "Martin", error("#N/A")));

        assertThat(ledger.problems()).isEmpty();
        assertThat(ledger.clients()).extracting(Client::fixedLevel).containsExactly(
                Optional.of(new Client.FixedLevel("Customers", "C2", "2,5", Optional.empty())),
                Optional.of(new Client.FixedLevel("Customers", "C3", "#N/A", Optional.empty())));
    }

    @Test
    void reportsDuplicateClientCodeOnSecondRow() {
        Ledger ledger = read(row(1, "Code client", "Nom"),
                row(2, "C001", "Dupont"),
                row(3, "c001", "Dupond"));

        assertThat(ledger.clients()).extracting(Client::name).containsExactly("Dupont");
        assertThat(ledger.problems()).containsExactly(new Problem("Customers", "A3", "c001",
                "is a client code already used on row 2; only that row is read"));
    }

    @Test
    void reportsMissingName() {
        Ledger ledger = read(row(1, "Code client", "Nom", "Ville"), row(2, "C001", null, "Lyon"));

        assertThat(ledger.problems()).containsExactly(
                new Problem("Customers", "B2", "", "missing client name"));
    }

    @Test
    void reportsInvoiceOfClientWhoseRowWasLeftOut() {
        Ledger ledger = new LedgerReader().read(workbook(
                sheet("Clients", row(1, "Code client", "Nom", "Encours autorisé"),
                        row(2, "C001", "Dupont", "beaucoup")),
                sheet("Factures", row(1, "N° facture", "Client", "Échéance", "Montant"),
                        row(2, "F-1", "C001", date("2026-02-01"), 100))));

        assertThat(ledger.problems()).extracting(Problem::describe).containsExactly(
                "Clients!C2: \"beaucoup\" is not an amount; expected e.g. 1 234,56",
                "Factures!B2: \"C001\" is a client whose row 2 in Clients could not be read;"
                        + " fix that row first");
    }

    @Test
    void readsNumberCellCodeAsText() {
        Ledger ledger = read(row(1, "Code client", "Nom"), row(2, 1001, "Dupont"));

        assertThat(onlyClient(ledger).code()).isEqualTo("1001");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Code client", "Code", "N° client", "Numéro client", "Client code",
        "Customer code", "Customer ID", "Customer no", "CODE CLIENT", " n°client ", "Nº client"})
    void findsCodeColumnByAnySynonym(String header) {
        Ledger ledger = read(row(1, header, "Nom"), row(2, "C001", "Dupont"));

        assertThat(onlyClient(ledger).code()).isEqualTo("C001");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "Nom | name", "Raison sociale | name", "Société | name", "Name | name", "Company | name",
        "Customer name | name",
        "Adresse | address", "Adresse 1 | address", "Adresse 2 | address", "Address | address",
        "Address line 1 | address", "Address line 2 | address",
        "Code postal | postalCode", "CP | postalCode", "Postal code | postalCode", "Postcode | postalCode",
        "ZIP | postalCode",
        "Ville | city", "City | city", "Town | city", "Pays | country", "Country | country",
        "E-mail | email", "Email | email", "Courriel | email", "Mail | email",
        "Commercial | salesRep", "Représentant | salesRep", "Sales rep | salesRep",
        "Salesperson | salesRep",
        "Famille | category", "Catégorie | category", "Category | category", "Group | category",
    })
    void findsTextColumnsByAnySynonym(String header, String field) {
        boolean isName = field.equals("name");
        Row headerRow = isName ? row(1, "Code client", header) : row(1, "Code client", "Nom", header);
        Row data = isName ? row(2, "C001", "value") : row(2, "C001", "Dupont", "value");

        Client client = onlyClient(read(headerRow, data));

        String actual = switch (field) {
            case "name" -> client.name();
            case "address" -> String.join("/", client.addressLines());
            case "postalCode" -> client.postalCode();
            case "city" -> client.city();
            case "country" -> client.country();
            case "email" -> client.email();
            case "salesRep" -> client.salesRep();
            default -> client.category();
        };
        assertThat(actual).isEqualTo("value");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Encours autorisé", "Encours maximum", "Credit limit"})
    void findsCreditLimitBySynonym(String header) {
        Ledger ledger = read(row(1, "Code client", "Nom", header), row(2, "C001", "Dupont", 1500));

        assertThat(onlyClient(ledger).creditLimit()).contains(new BigDecimal("1500"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Niveau de relance", "Reminder level", "Dunning level"})
    void findsFixedLevelBySynonym(String header) {
        Ledger ledger = read(row(1, "Code client", "Nom", header), row(2, "C001", "Dupont", 3));

        assertThat(onlyClient(ledger).fixedLevel()).map(Client.FixedLevel::level).contains(Optional.of(3));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ne pas relancer", "Bloqué", "Do not remind", "Blocked", "On hold"})
    void findsBlockedBySynonym(String header) {
        Ledger ledger = read(row(1, "Code client", "Nom", header), row(2, "C001", "Dupont", "x"));

        assertThat(onlyClient(ledger).blocked()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Langue", "Language"})
    void findsLanguageBySynonym(String header) {
        Ledger ledger = read(row(1, "Code client", "Nom", header), row(2, "C001", "Dupont", "en"));

        assertThat(onlyClient(ledger).language()).contains(Language.EN);
    }

    @Test
    void joinsAddressColumnsInSheetOrderWithoutBlankOnes() {
        Ledger ledger = read(row(1, "Code client", "Nom", "Adresse 1", "Ville", "Adresse 2", "Adresse 3"),
                row(2, "C001", "Dupont", "12 rue des Lilas", "Lyon", null, "CS 20001"));

        assertThat(onlyClient(ledger).addressLines()).containsExactly("12 rue des Lilas");
    }
}
