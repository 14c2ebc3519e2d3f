package dev.relance.extension.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.relance.RelanceException;
import dev.relance.plan.Problem;

/**
 * The core's problems and errors as the user reads them in LibreOffice's language. In English
 * they are the core's own lines ({@code Factures!D7: "31/02/2026" is not a date; ...}). In French
 * the place is written out ({@code Feuille Factures, cellule D7 : « 31/02/2026 » n'est pas une
 * date ; ...}) and the most frequent messages are translated; the others stay in English after
 * the French place.
 */
public final class MessageText {

    private final UiLanguage language;

    public MessageText(UiLanguage language) {
        this.language = language;
    }

    /** Returns one line for a problem, starting with its sheet and cell. */
    public String problem(Problem problem) {
        if (language != UiLanguage.FR) {
            return problem.describe();
        }
        return place(Optional.empty(), Optional.of(problem.sheet()), Optional.of(problem.cell()))
                + " : " + valueAndMessage(problem.value(), problem.message());
    }

    /** Returns the one-line message of an error, naming its file, sheet and cell. */
    public String error(RelanceException error) {
        if (language != UiLanguage.FR) {
            return error.userMessage();
        }
        String place = place(error.file().map(file -> String.valueOf(file.getFileName())), error.sheet(),
                error.cell());
        String message = FrenchMessages.of(error.getMessage()).orElse(error.getMessage());
        return place.isEmpty() ? message : place + " : " + message;
    }

    private static String place(Optional<String> file, Optional<String> sheet, Optional<String> cell) {
        List<String> parts = new ArrayList<>();
        file.ifPresent(name -> parts.add("fichier " + name));
        sheet.ifPresent(name -> parts.add("feuille " + name));
        // As in the English message, a cell is named only together with its sheet.
        sheet.flatMap(name -> cell).ifPresent(name -> parts.add("cellule " + name));
        String joined = String.join(", ", parts);
        return joined.isEmpty() ? joined : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    private static String valueAndMessage(String value, String message) {
        Optional<String> french = FrenchMessages.of(message);
        if (value.isEmpty()) {
            return french.orElse(message);
        }
        String quoted = "« " + value + " »";
        // A sentence about the value follows it ("« x » n'est pas une date"). Any other message,
        // and every untranslated one, is set apart by a colon.
        return french.filter(text -> text.startsWith("n'") || text.startsWith("est "))
                .map(text -> quoted + " " + text)
                .orElseGet(() -> quoted + " : " + french.orElse(message));
    }
}
