package dev.relance.extension.ui;

/** The texts of "Send by e-mail", in English and French. */
public enum SendText {
    TITLE("Send by e-mail", "Envoyer par e-mail"),
    READY("%d e-mail(s) ready to send through %s:%d (%s), each with its letter attached:",
            "%d e-mail(s) prêt(s) à envoyer par %s:%d (%s), chacun avec sa lettre jointe :"),
    SECURITY_STARTTLS("STARTTLS", "STARTTLS"),
    SECURITY_SSL("SSL/TLS", "SSL/TLS"),
    SECURITY_NONE("not encrypted", "non chiffré"),
    ALREADY_SENT("Already sent, skipped: %d", "Déjà envoyé(s), ignoré(s) : %d"),
    PASSWORD("Password of %s", "Mot de passe de %s"),
    SEND("Send by e-mail", "Envoyer par e-mail"),
    NOT_NOW("Not now", "Plus tard"),
    PROGRESS("Relance: sending %d e-mail(s)…", "Relance : envoi de %d e-mail(s)…"),
    UNDO_TITLE("Send reminders", "Envoyer les relances"),
    SENT("%d e-mail(s) sent.", "%d e-mail(s) envoyé(s)."),
    FAILED("%d not sent: %s", "%d non envoyé(s) : %s"),
    MORE_FAILED("- … and %d more", "- … et %d autre(s)"),
    OTHER_FAILURES("%d more not sent, each with its reason in %s", "%d autre(s) non envoyé(s), chacun avec sa"
            + " raison dans %s"),
    RECORDED("The sending is recorded in the history (Sent at, Sending); Edit > Undo removes that"
            + " record, not the e-mails.",
            "L'envoi est noté dans l'historique (Envoyé le, Envoi) ; Édition > Annuler retire cette"
            + " note, pas les e-mails."),
    RETRY("To retry those not sent, save the workbook and run relance send on it.",
            "Pour renvoyer ceux qui ne sont pas partis, enregistrez le classeur et lancez relance send"
            + " dessus.");

    private final String english;
    private final String french;

    SendText(String english, String french) {
        this.english = english;
        this.french = french;
    }

    /** Returns the text in the language, with {@code arguments} formatted in as by {@link String#format}. */
    public String in(UiLanguage language, Object... arguments) {
        String text = language == UiLanguage.FR ? french : english;
        return arguments.length == 0 ? text : String.format(language.locale(), text, arguments);
    }
}
