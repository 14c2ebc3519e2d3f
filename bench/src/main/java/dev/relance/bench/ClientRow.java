package dev.relance.bench;

/**
 * One row of the generated Clients sheet, in the sample workbook's thirteen columns; the last
 * three fields are not written but decide the client's invoices. A negative credit limit is blank.
 */
record ClientRow(
        String code,
        String name,
        String address,
        String postcode,
        String city,
        String country,
        String email,
        String language,
        long creditLimitCents,
        boolean blocked,
        String salesRep,
        String category,
        String currency,
        int paymentDays,
        boolean latePayer) {

    static final String[] HEADERS = {
        "Code client", "Raison sociale", "Adresse", "Code postal", "Ville", "Pays", "E-mail",
        "Langue", "Encours autorisé", "Niveau de relance", "Ne pas relancer", "Commercial", "Famille"
    };
}
