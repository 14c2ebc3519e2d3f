package dev.relance.ledger;

import java.util.Locale;

/** How a letter's reminder level is chosen. */
public enum LevelMode {
    /** One level more than the invoice's last reminder, up to the maximum level. */
    AUTO,
    /** The level fixed in the client's row. */
    CLIENT,
    /** One level chosen for the run (EBP's forced level): every selected letter is at it. */
    FORCED;

    /** Returns the code used in the JSON plan and on the command line: {@code auto}, {@code client}, {@code forced}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
