package dev.relance.extension.ui;

import java.util.Locale;

/** The language of the extension's dialogs: French, or English for every other UI language. */
public enum UiLanguage {
    FR(Locale.FRANCE),
    EN(Locale.UK);

    private final Locale locale;

    UiLanguage(Locale locale) {
        this.locale = locale;
    }

    /** Returns the language for a LibreOffice UI locale such as {@code fr}, {@code fr-BE} or {@code en-US}. */
    public static UiLanguage of(String uiLocale) {
        return uiLocale.toLowerCase(Locale.ROOT).startsWith("fr") ? FR : EN;
    }

    /** Returns the locale numbers and dates are shown in. */
    public Locale locale() {
        return locale;
    }
}
