package dev.relance.selection;

import java.util.Locale;
import java.util.Set;

import dev.relance.UsageException;
import dev.relance.ledger.TextKey;

/**
 * A French département, matched on the client's five-digit postal code: {@code 01} to
 * {@code 95} by its first two digits, the overseas départements {@code 971} to {@code 976} by
 * their first three. Corsica's postal codes all start with {@code 20}: {@code 2A}
 * (Corse-du-Sud) holds 20000 to 20199 and {@code 2B} (Haute-Corse) 20200 to 20999; {@code 20}
 * holds both.
 *
 * <p>Only clients whose country is blank or France (or an overseas département's name) match,
 * so that a German {@code 69115} is not taken for the Rhône.
 *
 * @param code the département as written, upper case: {@code 69}, {@code 2A}, {@code 974}
 */
public record Departement(String code) {

    private static final Set<String> FRENCH_COUNTRIES = Set.of("", "france", "fr", "fra",
            "guadeloupe", "martinique", "guyane", "guyane francaise", "french guiana", "reunion",
            "la reunion", "mayotte");
    private static final int CORSICA_SOUTH_END = 20_199;

    /**
     * Reads a département code.
     *
     * @throws UsageException when it is none of 01 to 95, 2A, 2B or 971 to 976
     */
    public static Departement parse(String option, String item) {
        String code = item.strip().toUpperCase(Locale.ROOT);
        if (!isKnown(code)) {
            throw new UsageException(option, "\"" + item.strip() + "\" is not a French"
                    + " département; expected 01 to 95, 2A, 2B or 971 to 976");
        }
        return new Departement(code);
    }

    /** Returns whether a client with this postal code and country is in this département. */
    public boolean matches(String postalCode, String country) {
        String postcode = PostcodeRange.compact(postalCode);
        if (!FRENCH_COUNTRIES.contains(TextKey.of(country))
                || !postcode.matches("\\d{5}")) {
            return false;
        }
        return switch (code) {
            case "2A" -> postcode.startsWith("20")
                    && Integer.parseInt(postcode) <= CORSICA_SOUTH_END;
            case "2B" -> postcode.startsWith("20")
                    && Integer.parseInt(postcode) > CORSICA_SOUTH_END;
            default -> postcode.startsWith(code);
        };
    }

    private static boolean isKnown(String code) {
        if (code.equals("2A") || code.equals("2B")) {
            return true;
        }
        if (code.matches("\\d{2}")) {
            int number = Integer.parseInt(code);
            return number >= 1 && number <= 95;
        }
        return code.matches("97[1-6]");
    }
}
