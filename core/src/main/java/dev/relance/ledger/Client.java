package dev.relance.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A client row of the Clients sheet.
 *
 * @param code         the client code as typed, trimmed (compare with {@link #key()})
 * @param name         the client's name
 * @param addressLines the address columns, in sheet order, blank ones left out
 * @param postalCode   the postal code as text, leading zeros kept
 * @param city         the city, or empty
 * @param country      the country, or empty
 * @param email        the e-mail address, or empty
 * @param language     the client's language, empty for the workbook's
 * @param creditLimit  the credit limit, in the workbook's default currency
 * @param fixedLevel   the level cell used in client mode, when filled
 * @param blocked      true when the client must not be reminded
 * @param salesRep     the sales rep, or empty
 * @param category     the category, or empty
 * @param rowIndex     the 0-based row of the client in the Clients sheet
 */
public record Client(String code, String name, List<String> addressLines, String postalCode,
        String city, String country, String email, Optional<Language> language,
        Optional<BigDecimal> creditLimit, Optional<FixedLevel> fixedLevel, boolean blocked,
        String salesRep, String category, int rowIndex) {

    public Client {
        addressLines = List.copyOf(addressLines);
    }

    /** Returns the code as compared: {@code C001} and {@code c001 } are the same client. */
    public String key() {
        return keyOf(code);
    }

    /** Returns the comparison key of a client code. */
    public static String keyOf(String code) {
        return TextKey.of(code);
    }

    /**
     * The client's fixed reminder level cell, as read.
     *
     * @param sheet the sheet's name
     * @param cell  the cell in A1 notation
     * @param raw   the cell's content as the user sees it
     * @param level the level when the cell holds a whole number, else empty
     */
    public record FixedLevel(String sheet, String cell, String raw, Optional<Integer> level) {
    }
}
