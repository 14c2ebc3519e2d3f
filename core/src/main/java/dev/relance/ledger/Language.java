package dev.relance.ledger;

import java.util.Locale;

/** The languages letters and history headers are written in. */
public enum Language {
    FR(Locale.FRANCE),
    EN(Locale.UK);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Returns the two-letter code used in file names and templates: {@code fr}, {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
