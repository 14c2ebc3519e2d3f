package dev.relance.ledger;

/**
 * The sender of the letters, from the Settings sheet. Blank fields are empty strings.
 */
public record Company(String name, String address, String city, String email, String phone,
        String iban, String signature) {

    public static final Company BLANK = new Company("", "", "", "", "", "", "");
}
