package dev.relance.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.relance.ledger.LetterSettings.ChargeSettings;
import dev.relance.ledger.LetterSettings.PaperSize;

/** Collects setting values over a base {@link Settings}, one key at a time. */
final class SettingsBuilder {

    private LevelMode mode;
    private int maximumLevel;
    private int graceDays;
    private BigDecimal minimumAmount;
    private boolean useCreditLimit;
    private int daysBetweenReminders;
    private int paymentDays;
    private String currency;
    private final Language language;
    private boolean usSlashDates;
    private String companyName;
    private String companyAddress;
    private String companyCity;
    private String companyEmail;
    private String companyPhone;
    private String companyIban;
    private String companySignature;
    private Settings.Smtp smtp;
    private PaperSize paperSize;
    private int addressLeftMm;
    private int addressTopMm;
    private final List<Integer> deadlineDays;
    private Optional<String> paymentReference;
    private boolean lateCharges;
    private BigDecimal interestRate;
    private int indemnityFromLevel;
    private final List<BigDecimal> levelFees;
    private boolean listNotYetDue;
    private final List<FilterPreset> presets = new ArrayList<>();

    SettingsBuilder(Settings base) {
        mode = base.mode();
        maximumLevel = base.maximumLevel();
        graceDays = base.graceDays();
        minimumAmount = base.minimumAmount();
        useCreditLimit = base.useCreditLimit();
        daysBetweenReminders = base.daysBetweenReminders();
        paymentDays = base.paymentDays();
        currency = base.currency();
        language = base.language();
        usSlashDates = base.usSlashDates();
        Company company = base.company();
        companyName = company.name();
        companyAddress = company.address();
        companyCity = company.city();
        companyEmail = company.email();
        companyPhone = company.phone();
        companyIban = company.iban();
        companySignature = company.signature();
        smtp = base.smtp();
        LetterSettings letters = base.letters();
        paperSize = letters.paperSize();
        addressLeftMm = letters.addressLeftMm();
        addressTopMm = letters.addressTopMm();
        deadlineDays = new ArrayList<>(letters.deadlineDays());
        paymentReference = letters.paymentReference();
        lateCharges = letters.charges().enabled();
        interestRate = letters.charges().yearlyRatePercent();
        indemnityFromLevel = letters.charges().indemnityFromLevel();
        levelFees = new ArrayList<>(letters.charges().levelFees());
        listNotYetDue = base.listNotYetDue();
        presets.addAll(base.presets());
    }

    SettingsBuilder listNotYetDue(boolean value) {
        listNotYetDue = value;
        return this;
    }

    SettingsBuilder preset(FilterPreset preset) {
        presets.add(preset);
        return this;
    }

    SettingsBuilder mode(LevelMode value) {
        mode = value;
        return this;
    }

    SettingsBuilder maximumLevel(int value) {
        maximumLevel = value;
        return this;
    }

    SettingsBuilder graceDays(int value) {
        graceDays = value;
        return this;
    }

    SettingsBuilder minimumAmount(BigDecimal value) {
        minimumAmount = value;
        return this;
    }

    SettingsBuilder useCreditLimit(boolean value) {
        useCreditLimit = value;
        return this;
    }

    SettingsBuilder daysBetweenReminders(int value) {
        daysBetweenReminders = value;
        return this;
    }

    SettingsBuilder paymentDays(int value) {
        paymentDays = value;
        return this;
    }

    SettingsBuilder currency(String value) {
        currency = value;
        return this;
    }

    SettingsBuilder usSlashDates(boolean value) {
        usSlashDates = value;
        return this;
    }

    SettingsBuilder smtpPort(int value) {
        smtp = new Settings.Smtp(smtp.host(), Optional.of(value), smtp.security(), smtp.user(),
                smtp.sender());
        return this;
    }

    SettingsBuilder smtpSecurity(String value) {
        smtp = new Settings.Smtp(smtp.host(), smtp.port(), Optional.of(value), smtp.user(),
                smtp.sender());
        return this;
    }

    SettingsBuilder paperSize(PaperSize value) {
        paperSize = value;
        return this;
    }

    SettingsBuilder addressLeftMm(int value) {
        addressLeftMm = value;
        return this;
    }

    SettingsBuilder addressTopMm(int value) {
        addressTopMm = value;
        return this;
    }

    SettingsBuilder deadlineDays(int level, int days) {
        deadlineDays.set(LetterSettings.levelIndex(level), days);
        return this;
    }

    SettingsBuilder paymentReference(String value) {
        paymentReference = Optional.of(value);
        return this;
    }

    SettingsBuilder lateCharges(boolean value) {
        lateCharges = value;
        return this;
    }

    SettingsBuilder interestRate(BigDecimal percent) {
        interestRate = percent;
        return this;
    }

    SettingsBuilder indemnityFromLevel(int level) {
        indemnityFromLevel = level;
        return this;
    }

    SettingsBuilder levelFee(int level, BigDecimal fee) {
        levelFees.set(LetterSettings.levelIndex(level), fee);
        return this;
    }

    /** Sets a free-text key: the company's details, the SMTP host, user and sender. */
    SettingsBuilder text(SettingKey key, String value) {
        switch (key) {
            case COMPANY_NAME -> companyName = value;
            case COMPANY_ADDRESS -> companyAddress = value;
            case COMPANY_CITY -> companyCity = value;
            case COMPANY_EMAIL -> companyEmail = value;
            case COMPANY_PHONE -> companyPhone = value;
            case COMPANY_IBAN -> companyIban = value;
            case COMPANY_SIGNATURE -> companySignature = value;
            case SMTP_HOST -> smtp = new Settings.Smtp(Optional.of(value), smtp.port(),
                    smtp.security(), smtp.user(), smtp.sender());
            case SMTP_USER -> smtp = new Settings.Smtp(smtp.host(), smtp.port(), smtp.security(),
                    Optional.of(value), smtp.sender());
            case SMTP_SENDER -> smtp = new Settings.Smtp(smtp.host(), smtp.port(), smtp.security(),
                    smtp.user(), Optional.of(value));
            default -> throw new IllegalArgumentException("not a text setting: " + key);
        }
        return this;
    }

    Settings build() {
        Company company = new Company(companyName, companyAddress, companyCity, companyEmail,
                companyPhone, companyIban, companySignature);
        ChargeSettings charges =
                new ChargeSettings(lateCharges, interestRate, indemnityFromLevel, levelFees);
        LetterSettings letters = new LetterSettings(paperSize, addressLeftMm, addressTopMm,
                deadlineDays, paymentReference, charges);
        return new Settings(mode, maximumLevel, graceDays, minimumAmount, useCreditLimit,
                daysBetweenReminders, paymentDays, currency, language, usSlashDates, company, smtp,
                listNotYetDue, presets, letters);
    }
}
