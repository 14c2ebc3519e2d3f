package dev.relance.plan;

/**
 * A row or cell that could not be used, reported to the user while the rest of the run goes on.
 *
 * @param sheet   the sheet's name as in the workbook
 * @param cell    the cell in A1 notation
 * @param value   the cell's content as the user sees it
 * @param message what is wrong and what was expected
 */
public record Problem(String sheet, String cell, String value, String message) {

    /**
     * Formats the problem as one line: {@code Factures!D7: "31/02/2026" is not a date; expected
     * e.g. 04/03/2026}. A message that does not go on from the value, such as {@code invalid
     * reminder level}, follows it after a colon.
     */
    public String describe() {
        String separator = message.startsWith("is ") ? " " : ": ";
        String quoted = value.isEmpty() ? "" : "\"" + value + "\"" + separator;
        return sheet + "!" + cell + ": " + quoted + message;
    }
}
