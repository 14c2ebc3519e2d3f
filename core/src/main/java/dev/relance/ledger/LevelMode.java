package dev.relance.ledger;

import java.util.Locale;

/** How a letter's reminder level is chosen. */
public enum LevelMode {
    /** One level more than the invoice's last reminder, up to the maximum level. */
    AUTO,
    /** The level fixed in the client's row. */
    CLIENT;

    /** Returns the code used in the JSON plan and on the command line: {@code auto}, {@code client}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
