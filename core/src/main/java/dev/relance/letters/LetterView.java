package dev.relance.letters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.relance.ledger.Client;
import dev.relance.ledger.Company;
import dev.relance.ledger.Language;
import dev.relance.plan.CreditLine;
import dev.relance.plan.InvoiceLine;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.NotYetDueLine;

/**
 * The values passed to a letter template, as maps and lists of strings already formatted for the
 * letter's language, so that templates hold wording and markup but no formatting logic.
 *
 * <p>The template context gets three maps. {@code $sender} has name, addressLines, city, place,
 * email, phone, iban and signatureLines (the signature, else the company name).
 * {@code $recipient} has code, name, addressLines, cityLine and country. {@code $letter} has
 * date, deadline, total, invoiceTotal, invoices, credits and notYetDue. Each invoice has
 * number, invoiceDate, dueDate, daysOverdue and balance; each credit has number, invoiceDate
 * and balance; each invoice not yet due has number, invoiceDate, dueDate and balance. Blank
 * values are empty strings, never missing keys.
 */
final class LetterView {

    /** Days to pay given by the firm reminder and the formal notice, from the letter's date. */
    static final int PAYMENT_DEADLINE_DAYS = 8;

    private static final String NO_DATE = "—";

    private final LetterFormat format;

    LetterView(Language language) {
        this.format = new LetterFormat(language);
    }

    Map<String, Object> sender(Company company) {
        return Map.of(
                "name", company.name().strip(),
                "addressLines", lines(company.address()),
                "city", company.city().strip(),
                "place", placeName(company.city()),
                "email", company.email().strip(),
                "phone", company.phone().strip(),
                "iban", groupedIban(company.iban()),
                "signatureLines", signatureLines(company));
    }

    Map<String, Object> recipient(Client client) {
        String cityLine = (client.postalCode().strip() + " " + client.city().strip()).strip();
        return Map.of(
                "code", client.code(),
                "name", client.name().strip(),
                "addressLines", client.addressLines().stream()
                        .flatMap(line -> lines(line).stream())
                        .toList(),
                "cityLine", cityLine,
                "country", client.country().strip());
    }

    Map<String, Object> letter(LocalDate asOf, LetterPlan letter) {
        BigDecimal invoiceTotal = letter.invoices().stream()
                .map(InvoiceLine::balance)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Map.of(
                "date", format.longDate(asOf),
                "deadline", format.longDate(asOf.plusDays(PAYMENT_DEADLINE_DAYS)),
                "total", format.amount(letter.total(), letter.currency()),
                "invoiceTotal", format.amount(invoiceTotal, letter.currency()),
                "invoices", letter.invoices().stream()
                        .map(line -> invoice(line, letter.currency()))
                        .toList(),
                "credits", letter.credits().stream()
                        .map(line -> credit(line, letter.currency()))
                        .toList(),
                "notYetDue", letter.notYetDue().stream()
                        .map(line -> notYetDue(line, letter.currency()))
                        .toList());
    }

    private static List<String> signatureLines(Company company) {
        List<String> signature = lines(company.signature());
        return signature.isEmpty() ? lines(company.name()) : signature;
    }

    private Map<String, Object> invoice(InvoiceLine line, String currency) {
        return Map.of(
                "number", line.number(),
                "invoiceDate", optionalDate(line.invoiceDate()),
                "dueDate", format.shortDate(line.dueDate()),
                "daysOverdue", Long.toString(line.daysOverdue()),
                "balance", format.amount(line.balance(), currency));
    }

    private Map<String, Object> credit(CreditLine line, String currency) {
        return Map.of(
                "number", line.number(),
                "invoiceDate", optionalDate(line.invoiceDate()),
                "balance", format.amount(line.balance(), currency));
    }

    private Map<String, Object> notYetDue(NotYetDueLine line, String currency) {
        return Map.of(
                "number", line.number(),
                "invoiceDate", optionalDate(line.invoiceDate()),
                "dueDate", format.shortDate(line.dueDate()),
                "balance", format.amount(line.balance(), currency));
    }

    private String optionalDate(Optional<LocalDate> date) {
        return date.map(format::shortDate).orElse(NO_DATE);
    }

    /** Splits a cell typed on several lines (Alt+Enter in a spreadsheet) into address lines. */
    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /**
     * Returns the town for the date line. The City setting often contains the postal code too
     * ({@code 75002 Paris}), which a date line leaves out ({@code Paris, le 4 décembre 2026}).
     */
    private static String placeName(String city) {
        return city.strip().replaceFirst("^[0-9][0-9 ]*\\s+(?=\\D)", "");
    }

    /** Writes an IBAN in the groups of four it is printed in, whatever spacing the cell has. */
    private static String groupedIban(String iban) {
        String compact = iban.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
