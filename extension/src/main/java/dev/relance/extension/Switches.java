package dev.relance.extension;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Switches read from the office process's environment, so that scripts and tests can drive the
 * extension. {@code RELANCE_NO_DIALOGS=1} shows no dialog or message box at all: "Generate"
 * generates with the defaults and the Settings sheet, errors go to the log file only.
 * {@code RELANCE_AS_OF=2026-12-04} replaces today as the default as-of date.
 *
 * @param noDialogs whether to run without any dialog
 * @param asOf      the default as-of date, when set
 */
record Switches(boolean noDialogs, Optional<LocalDate> asOf) {

    static final String NO_DIALOGS = "RELANCE_NO_DIALOGS";
    static final String AS_OF = "RELANCE_AS_OF";

    /** Reads the switches from environment variables; an as-of date that is not ISO is ignored. */
    static Switches from(Map<String, String> environment) {
        boolean noDialogs = "1".equals(environment.getOrDefault(NO_DIALOGS, "").strip());
        Optional<LocalDate> asOf = Optional.ofNullable(environment.get(AS_OF)).flatMap(Switches::parseDate);
        return new Switches(noDialogs, asOf);
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException ignored) {
            // A wrong value must not stop the run; the default, today, is used instead.
            return Optional.empty();
        }
    }
}
