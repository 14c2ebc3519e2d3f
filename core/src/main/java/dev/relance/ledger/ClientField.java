package dev.relance.ledger;

import java.util.List;

/** The columns of the Clients sheet, with the header names accepted for each. */
enum ClientField implements TableField {
    CODE("client code",
            List.of("Code client", "Code", "N° client", "Numéro client"),
            List.of("Client code", "Customer code", "Customer ID", "Customer no", "Code")),
    NAME("name",
            List.of("Nom", "Raison sociale", "Société"),
            List.of("Name", "Company", "Customer name")),
    ADDRESS("address",
            List.of("Adresse", "Adresse 1", "Adresse 2"),
            List.of("Address", "Address line 1", "Address line 2")),
    POSTAL_CODE("postal code",
            List.of("Code postal", "CP"),
            List.of("Postal code", "Postcode", "ZIP")),
    CITY("city", List.of("Ville"), List.of("City", "Town")),
    COUNTRY("country", List.of("Pays"), List.of("Country")),
    EMAIL("e-mail",
            List.of("E-mail", "Email", "Courriel", "Mail"),
            List.of("E-mail", "Email", "Mail")),
    LANGUAGE("language", List.of("Langue"), List.of("Language")),
    CREDIT_LIMIT("credit limit",
            List.of("Encours autorisé", "Encours maximum"),
            List.of("Credit limit")),
    FIXED_LEVEL("reminder level",
            List.of("Niveau de relance"),
            List.of("Reminder level", "Dunning level")),
    BLOCKED("do not remind",
            List.of("Ne pas relancer", "Bloqué"),
            List.of("Do not remind", "Blocked", "On hold")),
    SALES_REP("sales rep",
            List.of("Commercial", "Représentant"),
            List.of("Sales rep", "Salesperson", "Commercial")),
    CATEGORY("category",
            List.of("Famille", "Catégorie"),
            List.of("Category", "Group")),
    LAST_REMINDER("last reminder date", List.of("Dernière relance"), List.of("Last reminder")),
    LAST_LEVEL("last level", List.of("Dernier niveau"), List.of("Last level"));

    /** The columns without which the sheet cannot be read. */
    static final List<List<ClientField>> REQUIRED = List.of(List.of(CODE), List.of(NAME));

    private final String label;
    private final HeaderNames headers;

    ClientField(String label, List<String> french, List<String> english) {
        this.label = label;
        this.headers = HeaderNames.of(french, english);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public HeaderNames headers() {
        return headers;
    }

    @Override
    public boolean allowsSeveralColumns() {
        // Addresses are often split over two or three columns, read as lines in sheet order.
        return this == ADDRESS;
    }
}
