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

    /** Formats the problem as one line: {@code Factures!D7: "31/02/2026" is not a date}. */
    public String describe() {
        String quoted = value.isEmpty() ? "" : "\"" + value + "\": ";
        return sheet + "!" + cell + ": " + quoted + message;
    }
}
