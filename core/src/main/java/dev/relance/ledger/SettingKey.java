package dev.relance.ledger;

import java.util.List;
import java.util.stream.Stream;

/** The keys of the Settings sheet, each with its French and English name. */
enum SettingKey {
    MODE("Mode", "Mode"),
    MAXIMUM_LEVEL("Niveau maximum", "Maximum level"),
    GRACE_DAYS("Délai de grâce", "Grace days"),
    MINIMUM_AMOUNT("Montant minimum", "Minimum amount"),
    USE_CREDIT_LIMIT("Tenir compte de l'encours autorisé", "Use credit limit"),
    DAYS_BETWEEN_REMINDERS("Jours entre deux relances", "Days between reminders"),
    PAYMENT_DAYS("Délai de paiement", "Payment days"),
    CURRENCY("Devise", "Currency"),
    LANGUAGE("Langue", "Language"),
    COMPANY_NAME("Société", "Company"),
    COMPANY_ADDRESS("Adresse", "Address"),
    COMPANY_CITY("Ville", "City"),
    COMPANY_EMAIL("E-mail", "Email", "Courriel"),
    COMPANY_PHONE("Téléphone", "Phone"),
    COMPANY_IBAN("IBAN", "IBAN"),
    COMPANY_SIGNATURE("Signature", "Signature"),
    SMTP_HOST("Serveur SMTP", "SMTP host"),
    SMTP_PORT("Port SMTP", "SMTP port"),
    SMTP_SECURITY("Sécurité SMTP", "SMTP security"),
    SMTP_USER("Utilisateur SMTP", "SMTP user"),
    SMTP_SENDER("E-mail expéditeur", "Sender email", "Email expéditeur", "Sender e-mail"),
    PAPER_SIZE("Format du papier", "Paper size", "Format papier"),
    ADDRESS_LEFT("Fenêtre adresse gauche", "Address window left"),
    ADDRESS_TOP("Fenêtre adresse haut", "Address window top"),
    DEADLINE_LEVEL_1("Délai de règlement niveau 1", "Payment deadline level 1"),
    DEADLINE_LEVEL_2("Délai de règlement niveau 2", "Payment deadline level 2"),
    DEADLINE_LEVEL_3("Délai de règlement niveau 3", "Payment deadline level 3"),
    PAYMENT_REFERENCE("Référence de paiement", "Payment reference"),
    LATE_CHARGES("Pénalités de retard", "Late-payment charges"),
    INTEREST_RATE("Taux des pénalités", "Late-payment interest rate"),
    INDEMNITY_FROM_LEVEL("Indemnité forfaitaire à partir du niveau", "Recovery indemnity from level"),
    FEE_LEVEL_1("Frais de relance niveau 1", "Reminder fee level 1"),
    FEE_LEVEL_2("Frais de relance niveau 2", "Reminder fee level 2"),
    FEE_LEVEL_3("Frais de relance niveau 3", "Reminder fee level 3"),
    LIST_NOT_YET_DUE("Lister les factures non échues", "List invoices not yet due",
            "Factures non échues", "Invoices not yet due");

    private final HeaderNames names;

    /**
     * @param alternatives other spellings accepted in both languages, such as {@code Email} for
     *                     {@code E-mail}
     */
    SettingKey(String french, String english, String... alternatives) {
        List<String> others = List.of(alternatives);
        this.names = HeaderNames.of(concat(french, others), concat(english, others));
    }

    private static List<String> concat(String name, List<String> others) {
        return Stream.concat(Stream.of(name), others.stream()).toList();
    }

    /** Returns the key's name in the given language, as written in the sheet. */
    String name(Language language) {
        return language == Language.FR ? names.french().get(0) : names.english().get(0);
    }

    boolean matches(String key) {
        return names.matches(key);
    }
}
