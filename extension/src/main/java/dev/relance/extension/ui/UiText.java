package dev.relance.extension.ui;

/** Every text the extension shows, in English and French. */
public enum UiText {
    INFO_TITLE("Relance", "Relance"),
    ERROR_TITLE("Relance: error", "Relance : erreur"),
    UNDO_TITLE("Generate reminders", "Générer les relances"),
    GENERATE_TITLE("Generate reminders", "Générer les relances"),
    PREVIEW_TITLE("Preview plan", "Aperçu du plan"),
    AS_OF("As-of date", "Date d'arrêté"),
    MODE("Level", "Niveau"),
    MODE_AUTO("Automatic, from the history", "Automatique, selon l'historique"),
    MODE_CLIENT("As set in the Clients sheet", "Celui de la fiche client"),
    MODE_FORCED("Forced level %d", "Niveau imposé %d"),
    FILTERS("Filters", "Filtres"),
    NO_PRESET("No preset", "Sans préréglage"),
    LETTERS("Letters to write: %d", "Lettres à écrire : %d"),
    SKIPPED("Not reminded: %d", "Non relancés : %d"),
    PROBLEMS("Problems: %d (click one to select its cell)",
            "Problèmes : %d (cliquez pour sélectionner la cellule)"),
    NO_PROBLEM("No problem found in the workbook.", "Aucun problème dans le classeur."),
    FOLDER("Letters folder: %s", "Dossier des lettres : %s"),
    FOLDER_ASKED("Letters folder: asked when you generate, because the document is not saved yet",
            "Dossier des lettres : demandé à la génération, car le document n'est pas encore enregistré"),
    PLAN_FAILED("No plan: %s", "Pas de plan : %s"),
    GENERATE("Generate", "Générer"),
    CANCEL("Cancel", "Annuler"),
    CLOSE("Close", "Fermer"),
    LEVEL("level %d", "niveau %d"),
    CREDITS("%d credit(s)", "%d avoir(s)"),
    BLOCKED("do not remind", "ne pas relancer"),
    NO_OVERDUE_BALANCE("nothing due after credits", "rien à payer après avoirs"),
    WITHIN_CREDIT_LIMIT("within the credit limit", "dans l'encours autorisé"),
    BELOW_MINIMUM("below the minimum amount", "sous le montant minimum"),
    TOO_SOON("too soon after the last reminder", "trop tôt après la dernière relance"),
    INVALID_LEVEL("invalid level in the Clients sheet", "niveau invalide dans la fiche client"),
    DONE("%d letter(s) written to %s.%n%d history row(s) added to the document; "
            + "Edit > Undo (Ctrl+Z) removes them. The document is not saved.",
            "%d lettre(s) écrite(s) dans %s.%n%d ligne(s) d'historique ajoutée(s) au document ; "
            + "Édition > Annuler (Ctrl+Z) les retire. Le document n'est pas enregistré."),
    PDF_NOT_OPENED("The combined PDF %s did not open, as LibreOffice needs Draw installed to show it;"
            + " open it from that folder.",
            "Le PDF de toutes les lettres, %s, ne s'est pas ouvert, car LibreOffice a besoin de Draw pour"
            + " l'afficher ; ouvrez-le depuis ce dossier."),
    NOTHING_TO_DO("No letter to write on %s; the document was not changed.",
            "Aucune lettre à écrire au %s ; le document n'a pas été modifié."),
    TEMPLATES_EXPORTED("%d template file(s) exported to %s. To use the ones you edit, put them in a folder"
            + " named relance-templates next to the workbook.",
            "%d fichier(s) de modèle exporté(s) dans %s. Pour utiliser ceux que vous modifiez, placez-les dans"
            + " un dossier nommé relance-templates à côté du classeur."),
    CHOOSE_LETTERS_FOLDER("Folder for the letters", "Dossier des lettres"),
    CHOOSE_TEMPLATES_FOLDER("Folder for the templates", "Dossier des modèles"),
    NOT_A_SPREADSHEET("Relance works on a spreadsheet: open the workbook in Calc, then choose the menu again.",
            "Relance travaille sur un classeur : ouvrez-le dans Calc, puis choisissez de nouveau le menu."),
    UNEXPECTED("Relance failed: %s%nDetails are in %s.", "Relance a échoué : %s%nLe détail est dans %s."),
    PROGRESS_READING("Relance: reading the document…", "Relance : lecture du document…"),
    PROGRESS_PLANNING("Relance: planning…", "Relance : préparation du plan…"),
    PROGRESS_LETTERS("Relance: writing the letters…", "Relance : écriture des lettres…"),
    PROGRESS_LETTER_OF("Relance: letter %d of %d", "Relance : lettre %d sur %d"),
    PROGRESS_RECORD("Relance: recording the run in the document…",
            "Relance : enregistrement de la relance dans le document…");

    private final String english;
    private final String french;

    UiText(String english, String french) {
        this.english = english;
        this.french = french;
    }

    /** Returns the text in the language, with {@code arguments} formatted in as by {@link String#format}. */
    public String in(UiLanguage language, Object... arguments) {
        String text = language == UiLanguage.FR ? french : english;
        return arguments.length == 0 ? text : String.format(language.locale(), text, arguments);
    }
}
