package dev.relance.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The run settings: the Settings sheet's values over the defaults, before command-line overrides.
 *
 * @param mode                 how levels are chosen (default auto)
 * @param maximumLevel         the highest level (default 3)
 * @param graceDays            days after the due date before an invoice counts as overdue (default 0)
 * @param minimumAmount        letters below this total are skipped (default 0)
 * @param useCreditLimit       skip clients whose open items stay within their credit limit (default no)
 * @param daysBetweenReminders minimum days since the client's last letter (default 0)
 * @param paymentDays          days from invoice date to due date when the due date is blank (default 30)
 * @param currency             the default currency (default EUR)
 * @param language             the workbook's language: the Settings value, else from sheet and header names
 * @param usSlashDates         true when the language is {@code en-US}: slash dates are read month first
 * @param company              the sender
 * @param smtp                 the e-mail server settings, all optional
 * @param listNotYetDue        letters also list the client's invoices not yet due, for
 *                             information (default no)
 * @param presets              the named filter presets, in sheet order
 * @param letters              the letters' layout and late-payment charges
 */
public record Settings(LevelMode mode, int maximumLevel, int graceDays, BigDecimal minimumAmount,
        boolean useCreditLimit, int daysBetweenReminders, int paymentDays, String currency,
        Language language, boolean usSlashDates, Company company, Smtp smtp,
        boolean listNotYetDue, List<FilterPreset> presets, LetterSettings letters) {

    public Settings {
        presets = List.copyOf(presets);
    }

    /**
     * Settings without the not-yet-due list, without presets, with the default letter layout and
     * no late-payment charges.
     */
    public Settings(LevelMode mode, int maximumLevel, int graceDays, BigDecimal minimumAmount,
            boolean useCreditLimit, int daysBetweenReminders, int paymentDays, String currency,
            Language language, boolean usSlashDates, Company company, Smtp smtp) {
        this(mode, maximumLevel, graceDays, minimumAmount, useCreditLimit, daysBetweenReminders,
                paymentDays, currency, language, usSlashDates, company, smtp, false, List.of());
    }

    /** Settings with the default letter layout and no late-payment charges. */
    public Settings(LevelMode mode, int maximumLevel, int graceDays, BigDecimal minimumAmount,
            boolean useCreditLimit, int daysBetweenReminders, int paymentDays, String currency,
            Language language, boolean usSlashDates, Company company, Smtp smtp,
            boolean listNotYetDue, List<FilterPreset> presets) {
        this(mode, maximumLevel, graceDays, minimumAmount, useCreditLimit, daysBetweenReminders,
                paymentDays, currency, language, usSlashDates, company, smtp, listNotYetDue, presets,
                LetterSettings.DEFAULTS);
    }

    /** Settings without the not-yet-due list and without presets. */
    public Settings(LevelMode mode, int maximumLevel, int graceDays, BigDecimal minimumAmount,
            boolean useCreditLimit, int daysBetweenReminders, int paymentDays, String currency,
            Language language, boolean usSlashDates, Company company, Smtp smtp,
            LetterSettings letters) {
        this(mode, maximumLevel, graceDays, minimumAmount, useCreditLimit, daysBetweenReminders,
                paymentDays, currency, language, usSlashDates, company, smtp, false, List.of(),
                letters);
    }

    /** The defaults of the contract, for a workbook in the given language. */
    public static Settings defaults(Language language) {
        return new Settings(LevelMode.AUTO, 3, 0, BigDecimal.ZERO, false, 0, 30, "EUR", language,
                false, Company.BLANK, Smtp.NONE);
    }

    /** Returns these settings with another level mode (a command-line override). */
    public Settings withMode(LevelMode newMode) {
        return new Settings(newMode, maximumLevel, graceDays, minimumAmount, useCreditLimit,
                daysBetweenReminders, paymentDays, currency, language, usSlashDates, company, smtp,
                listNotYetDue, presets, letters);
    }

    /** Returns these settings with another letter layout and charges. */
    public Settings withLetters(LetterSettings newLetters) {
        return new Settings(mode, maximumLevel, graceDays, minimumAmount, useCreditLimit,
                daysBetweenReminders, paymentDays, currency, language, usSlashDates, company, smtp,
                listNotYetDue, presets, newLetters);
    }

    /** Returns these settings listing, or not, the invoices not yet due (an override). */
    public Settings withListNotYetDue(boolean list) {
        return new Settings(mode, maximumLevel, graceDays, minimumAmount, useCreditLimit,
                daysBetweenReminders, paymentDays, currency, language, usSlashDates, company, smtp,
                list, presets, letters);
    }

    /** Finds the preset of that name, case, accents and spaces ignored. */
    public Optional<FilterPreset> findPreset(String name) {
        return presets.stream().filter(preset -> preset.isNamed(name)).findFirst();
    }

    /** The e-mail server settings; the password is never read from the workbook. */
    public record Smtp(Optional<String> host, Optional<Integer> port, Optional<String> security,
            Optional<String> user, Optional<String> sender) {

        public static final Smtp NONE =
                new Smtp(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
