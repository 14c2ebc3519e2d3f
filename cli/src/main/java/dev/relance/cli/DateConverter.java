package dev.relance.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --as-of}: ISO ({@code 2026-12-04}) or day first ({@code 04/12/2026}). */
final class DateConverter implements ITypeConverter<LocalDate> {

    private static final DateTimeFormatter DAY_FIRST =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate convert(String value) {
        try {
            return value.contains("/") ? LocalDate.parse(value, DAY_FIRST) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a valid date; expected e.g. 2026-12-04");
        }
    }
}
