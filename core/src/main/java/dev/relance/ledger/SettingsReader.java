package dev.relance.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.relance.plan.Problem;
import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.InvalidValueException;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;

/**
 * Reads the Settings sheet: a key in the first filled cell of each row, its value in the next
 * cell to the right. A first row such as {@code Paramètre | Valeur} is a header and skipped, and
 * blank rows are skipped. An unknown key, a key given twice and a value that cannot be read are
 * problems, and the default is kept for them. A blank value keeps the default too.
 */
final class SettingsReader {

    private static final Set<String> HEADER_KEYS =
            Set.of("parametre", "parametres", "cle", "setting", "settings", "key");
    private static final Set<String> HEADER_VALUES = Set.of("valeur", "value", "");
    private static final Set<String> SMTP_SECURITIES = Set.of("starttls", "ssl", "none");
    private static final int MAXIMUM_PORT = 65_535;
    private static final Pattern PRESET_KEY =
            Pattern.compile("(?iu)\\s*(?:filtre|filter)\\s+(\\S.*?)\\s*");

    private final Optional<Sheet> sheet;
    private final Language detectedLanguage;
    private final boolean date1904;
    private final List<Problem> problems = new ArrayList<>();
    private final List<FilterPreset> presets = new ArrayList<>();

    /**
     * @param detectedLanguage the workbook's language from its sheet names and headers, which the
     *                         Language key overrides
     */
    SettingsReader(Optional<Sheet> sheet, Language detectedLanguage, boolean date1904) {
        this.sheet = sheet;
        this.detectedLanguage = detectedLanguage;
        this.date1904 = date1904;
    }

    /** The settings over the defaults, and the problems found. */
    record Result(Settings settings, List<Problem> problems) {
    }

    /** A known key found in the sheet, with its row and the column of its value. */
    private record Entry(String sheet, Row row, int valueColumn) {

        RowCells cells(ValueReader values) {
            return new RowCells(sheet, row, values);
        }

        Optional<Integer> column() {
            return Optional.of(valueColumn);
        }
    }

    Result read() {
        Map<SettingKey, Entry> entries = sheet.map(this::collectEntries).orElse(Map.of());

        // The language decides how amounts and dates parse, so it is read before the other keys.
        SettingsBuilder settings = new SettingsBuilder(languageSettings(entries));
        ValueReader values = ValueReader.forSettings(settings.build(), date1904);
        entries.forEach((key, entry) -> apply(key, entry.cells(values), entry.column(), settings));
        presets.forEach(settings::preset);
        return new Result(settings.build(), inSheetOrder(problems));
    }

    /** Returns the problems sorted by cell, since the language key is read out of turn. */
    private static List<Problem> inSheetOrder(List<Problem> problems) {
        return problems.stream()
                .sorted(Comparator.comparing(problem -> CellRef.parse(problem.cell())))
                .toList();
    }

    /** Collects the known keys of the sheet; unknown and repeated keys are reported. */
    private Map<SettingKey, Entry> collectEntries(Sheet settingsSheet) {
        Map<SettingKey, Entry> entries = new EnumMap<>(SettingKey.class);
        List<Row> rows = settingsSheet.rows().stream().filter(row -> !row.isBlank()).toList();
        for (Row row : rows) {
            int keyColumn = firstFilledColumn(row);
            String key = HeaderKey.of(row.cell(keyColumn).display());
            if (row == rows.get(0) && isHeader(key, row.cell(keyColumn + 1))) {
                continue;
            }

            Optional<SettingKey> known = Stream.of(SettingKey.values())
                    .filter(candidate -> candidate.matches(key))
                    .findFirst();
            Matcher preset = PRESET_KEY.matcher(row.cell(keyColumn).display());
            if (known.isEmpty() && preset.matches()) {
                addPreset(settingsSheet, row, keyColumn, preset.group(1));
            } else if (known.isEmpty()) {
                report(settingsSheet, row, keyColumn,
                        "is not a setting; accepted settings: " + acceptedKeys());
            } else if (entries.containsKey(known.get())) {
                int firstRow = entries.get(known.get()).row().index() + 1;
                report(settingsSheet, row, keyColumn,
                        "is a setting already given on row " + firstRow + "; only that row is read");
            } else {
                entries.put(known.get(), new Entry(settingsSheet.name(), row, keyColumn + 1));
            }
        }
        return entries;
    }

    /**
     * Keeps a filter preset ({@code Filtre Export | clients=C001-C099}). Its text is read when
     * the preset is used; a blank one is left out, a second one of the same name is a problem.
     */
    private void addPreset(Sheet settingsSheet, Row row, int keyColumn, String name) {
        Optional<FilterPreset> earlier = presets.stream()
                .filter(preset -> preset.isNamed(name))
                .findFirst();
        if (earlier.isPresent()) {
            report(settingsSheet, row, keyColumn, "is a preset already given in "
                    + earlier.get().cell() + "; only that one is read");
            return;
        }
        String text = row.cell(keyColumn + 1).display().strip();
        if (!text.isEmpty()) {
            String cell = new CellRef(row.index(), keyColumn + 1).toString();
            presets.add(new FilterPreset(name, text, settingsSheet.name(), cell));
        }
    }

    private void report(Sheet settingsSheet, Row row, int column, String message) {
        RowCells cells = new RowCells(settingsSheet.name(), row, textReader());
        cells.report(column, message);
        problems.addAll(cells.problems());
    }

    private static int firstFilledColumn(Row row) {
        int column = 0;
        while (row.cell(column).isBlank()) {
            column++;
        }
        return column;
    }

    private static boolean isHeader(String key, CellValue value) {
        return HEADER_KEYS.contains(key) && HEADER_VALUES.contains(HeaderKey.of(value.display()));
    }

    private String acceptedKeys() {
        return Stream.of(SettingKey.values())
                .map(key -> key.name(detectedLanguage))
                .collect(Collectors.joining(", "));
    }

    /**
     * Returns the defaults in the workbook's language: the Language key's when given and valid,
     * else the detected one. {@code en-US} also reads slash dates month first.
     */
    private Settings languageSettings(Map<SettingKey, Entry> entries) {
        Entry entry = entries.get(SettingKey.LANGUAGE);
        if (entry == null) {
            return Settings.defaults(detectedLanguage);
        }

        RowCells cells = entry.cells(textReader());
        Optional<Language> language = cells.textAs(entry.column(), SettingsReader::language);
        problems.addAll(cells.problems());
        boolean unitedStates = language.isPresent()
                && LanguageNames.isUnitedStates(entry.row().cell(entry.valueColumn()).display());
        return new SettingsBuilder(Settings.defaults(language.orElse(detectedLanguage)))
                .usSlashDates(unitedStates)
                .build();
    }

    /** Returns a reader for the keys read before the workbook's language is known: text only. */
    private ValueReader textReader() {
        return ValueReader.forSettings(Settings.defaults(detectedLanguage), date1904);
    }

    private void apply(SettingKey key, RowCells cells, Optional<Integer> value,
            SettingsBuilder settings) {
        int column = value.orElseThrow();
        switch (key) {
            case MODE -> cells.textAs(value, SettingsReader::mode).ifPresent(settings::mode);
            case MAXIMUM_LEVEL -> cells.wholeNumber(value)
                    .filter(level -> cells.check(level >= 1, column,
                            "is not a level; expected e.g. 3"))
                    .ifPresent(settings::maximumLevel);
            case GRACE_DAYS -> cells.wholeNumber(value).ifPresent(settings::graceDays);
            case MINIMUM_AMOUNT -> cells.amount(value)
                    .filter(amount -> cells.check(amount.signum() >= 0, column,
                            "is negative; expected an amount of 0 or more"))
                    .ifPresent(settings::minimumAmount);
            case USE_CREDIT_LIMIT -> cells.flag(value).ifPresent(settings::useCreditLimit);
            case DAYS_BETWEEN_REMINDERS -> cells.wholeNumber(value)
                    .ifPresent(settings::daysBetweenReminders);
            case PAYMENT_DAYS -> cells.wholeNumber(value).ifPresent(settings::paymentDays);
            case CURRENCY -> cells.textAs(value, CurrencyCodes::of).ifPresent(settings::currency);
            case LANGUAGE -> {
                // Already read by languageSettings.
            }
            case SMTP_PORT -> cells.wholeNumber(value)
                    .filter(port -> cells.check(port >= 1 && port <= MAXIMUM_PORT, column,
                            "is not a port number; expected e.g. 587"))
                    .ifPresent(settings::smtpPort);
            case LIST_NOT_YET_DUE -> cells.flag(value).ifPresent(settings::listNotYetDue);
            case SMTP_SECURITY -> cells.textAs(value, SettingsReader::smtpSecurity)
                    .ifPresent(settings::smtpSecurity);
            default -> {
                if (LetterSettingsReader.handles(key)) {
                    LetterSettingsReader.apply(key, cells, value, settings);
                } else {
                    cells.text(value).ifPresent(text -> settings.text(key, text));
                }
            }
        }
        problems.addAll(cells.problems());
    }

    private static Language language(String text) {
        return LanguageNames.find(text).orElseThrow(
                () -> new InvalidValueException("is not a language; expected fr, en or en-US"));
    }

    private static LevelMode mode(String text) {
        switch (TextKey.of(text)) {
            case "auto", "automatique", "automatic":
                return LevelMode.AUTO;
            case "client", "fiche client":
                return LevelMode.CLIENT;
            default:
                throw new InvalidValueException("is not a mode; expected auto or client");
        }
    }

    private static String smtpSecurity(String text) {
        String security = TextKey.of(text);
        if (!SMTP_SECURITIES.contains(security)) {
            throw new InvalidValueException(
                    "is not an SMTP security; expected starttls, ssl or none");
        }
        return security;
    }
}
