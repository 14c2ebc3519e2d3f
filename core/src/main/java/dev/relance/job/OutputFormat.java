package dev.relance.job;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The files a run writes per letter, as named by {@code --format}. */
public enum OutputFormat {
    /** One PDF per letter, and one PDF of all letters to print. */
    PDF,
    /** An e-mail draft ({@code .eml}) per letter whose client has an e-mail address. */
    EML,
    /** The XHTML each PDF is laid out from, to preview or check a template in a browser. */
    HTML;

    /** Returns the formats a run writes by default: PDF letters and e-mail drafts. */
    public static Set<OutputFormat> defaults() {
        return EnumSet.of(PDF, EML);
    }

    /** Returns the format's name as typed on the command line and used as file extension. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
