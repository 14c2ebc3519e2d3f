package dev.relance.extension.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French for the core's most frequent messages about a cell's value. The core writes its messages
 * as English sentences without a code, so they are recognised by their wording. A message not in
 * the table, or whose wording changed, stays in English.
 */
final class FrenchMessages {

    private static final String EXPECTED = "; expected e\\.g\\. (.+)";
    private static final String ATTENDU = " ; attendu par exemple $%d";
    private static final Map<Pattern, String> TABLE = new LinkedHashMap<>();

    static {
        add("is not a date" + EXPECTED, "n'est pas une date" + attendu(1));
        add("is not a date because \"(.+)\" is not a month name" + EXPECTED,
                "n'est pas une date, car « $1 » n'est pas un nom de mois" + attendu(2));
        add("is not a valid date because there is no month (\\d+)" + EXPECTED,
                "n'est pas une date valide, car il n'y a pas de mois $1" + attendu(2));
        add("is not a valid date because there is no day (\\d+)" + EXPECTED,
                "n'est pas une date valide, car il n'y a pas de jour $1" + attendu(2));
        add("is not a date serial number; expected a date cell or e\\.g\\. (.+)",
                "n'est pas un numéro de série de date ; attendu une cellule date ou par exemple $1");
        add("is not an amount" + EXPECTED, "n'est pas un montant" + attendu(1));
        add("is not an amount because its digits are not in groups of three" + EXPECTED,
                "n'est pas un montant, car ses chiffres ne sont pas groupés par trois" + attendu(1));
        add("is not an amount because it mixes thousands separators" + EXPECTED,
                "n'est pas un montant, car il mélange les séparateurs de milliers" + attendu(1));
        add("is not an amount because of separators after the decimal mark" + EXPECTED,
                "n'est pas un montant, car un séparateur suit la virgule décimale" + attendu(1));
        add("is not yes or no; expected e\\.g\\. oui, non, x or a blank cell",
                "n'est ni oui ni non ; attendu par exemple oui, non, x ou une cellule vide");
        add("is not a whole number" + EXPECTED, "n'est pas un nombre entier" + attendu(1));
        add("is not a currency code" + EXPECTED, "n'est pas un code de devise" + attendu(1));
        add("is not a postal code" + EXPECTED, "n'est pas un code postal" + attendu(1));
        add("missing client; expected a client code or name",
                "client manquant ; attendu un code ou un nom de client");
        add("missing due date and invoice date" + EXPECTED,
                "échéance et date de facture manquantes" + attendu(1));
        add("missing amount" + EXPECTED, "montant manquant" + attendu(1));
        add("is not a client code or name found in (.+); expected a code such as (.+)",
                "n'est ni un code ni un nom de client de la feuille $1 ; attendu un code comme $2");
        add("is a client code already used on row (\\d+); only that row is read",
                "est un code client déjà utilisé ligne $1 ; seule cette ligne est lue");
        add("is an invoice number already used for client (.+) on row (\\d+); only that row is read",
                "est un numéro de facture déjà utilisé pour le client $1 ligne $2 ; seule cette ligne est lue");
        add("invalid reminder level; expected a whole number from 1 to (\\d+) \\(the maximum level\\)"
                + " or a blank cell for level 1",
                "niveau de relance invalide ; attendu un nombre entier de 1 à $1 (le niveau maximum)"
                + " ou une cellule vide pour le niveau 1");
    }

    private FrenchMessages() {
    }

    /** Returns the French for an English message of the core, when the table has it. */
    static Optional<String> of(String english) {
        for (Map.Entry<Pattern, String> entry : TABLE.entrySet()) {
            Matcher matcher = entry.getKey().matcher(english);
            if (matcher.matches()) {
                return Optional.of(matcher.replaceFirst(entry.getValue()));
            }
        }
        return Optional.empty();
    }

    private static void add(String english, String french) {
        TABLE.put(Pattern.compile(english), french);
    }

    private static String attendu(int group) {
        return String.format(ATTENDU, group);
    }
}
