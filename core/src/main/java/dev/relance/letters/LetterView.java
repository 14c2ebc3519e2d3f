package dev.relance.letters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.relance.ledger.Client;
import dev.relance.ledger.Company;
import dev.relance.ledger.Language;
import dev.relance.ledger.LetterSettings;
import dev.relance.plan.CreditLine;
import dev.relance.plan.InterestLine;
import dev.relance.plan.InvoiceLine;
import dev.relance.plan.LetterCharges;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.NotYetDueLine;

/**
 * The values passed to a letter template, as maps and lists of strings already formatted for the
 * letter's language, so that templates hold wording and markup but no formatting logic. Blank
 * values are empty strings, never missing keys. {@code docs/letters.md} lists every key.
 */
final class LetterView {

    /** The page margins, in mm; the layout writes them into the {@code @page} rule. */
    static final int MARGIN_TOP_MM = 18;
    static final int MARGIN_RIGHT_MM = 18;
    static final int MARGIN_BOTTOM_MM = 20;
    static final int MARGIN_LEFT_MM = 20;

    // The window of a DL envelope is 45 mm high; the header keeps the address clear of the text.
    private static final int WINDOW_HEIGHT_MM = 45;
    private static final int MINIMUM_HEADER_MM = 74;
    // An address window left of this puts the sender's block on the right, out of its way.
    private static final int LEFT_WINDOW_LIMIT_MM = 80;

    private static final String NO_DATE = "—";

    private final LetterFormat format;

    LetterView(Language language) {
        this.format = new LetterFormat(language);
    }

    /** Returns every value a letter or e-mail template receives, by name. */
    Map<String, Object> values(LocalDate asOf, LetterPlan letter, Company company,
            LetterSettings settings) {
        Map<String, Object> values = new HashMap<>();
        values.put("page", page(settings));
        values.put("sender", sender(company));
        values.put("recipient", recipient(letter.client()));
        values.put("letter", letter(asOf, letter, settings));
        values.put("charges", charges(letter));
        return values;
    }

    Map<String, Object> page(LetterSettings settings) {
        int left = settings.addressLeftMm();
        int top = settings.addressTopMm();
        int header = Math.max(MINIMUM_HEADER_MM, top - MARGIN_TOP_MM + WINDOW_HEIGHT_MM + 1);
        return Map.of(
                "paperSize", settings.paperSize().cssName(),
                "margins", MARGIN_TOP_MM + "mm " + MARGIN_RIGHT_MM + "mm " + MARGIN_BOTTOM_MM
                        + "mm " + MARGIN_LEFT_MM + "mm",
                "addressLeft", (left - MARGIN_LEFT_MM) + "mm",
                "addressTop", (top - MARGIN_TOP_MM) + "mm",
                "headerHeight", header + "mm",
                "senderSide", left < LEFT_WINDOW_LIMIT_MM ? "right" : "left");
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
                "country", client.country().strip(),
                "email", client.email().strip());
    }

    Map<String, Object> letter(LocalDate asOf, LetterPlan letter, LetterSettings settings) {
        BigDecimal invoiceTotal = letter.invoices().stream()
                .map(InvoiceLine::balance)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int deadlineDays = settings.deadlineDays(letter.level());
        Map<String, Object> values = new HashMap<>();
        values.put("level", Integer.toString(letter.level()));
        values.put("date", format.longDate(asOf));
        values.put("deadline", deadlineDays == 0 ? "" : format.longDate(asOf.plusDays(deadlineDays)));
        values.put("deadlineDays", deadlineDays == 0 ? "" : Integer.toString(deadlineDays));
        values.put("total", format.amount(letter.total(), letter.currency()));
        values.put("invoiceTotal", format.amount(invoiceTotal, letter.currency()));
        values.put("currency", letter.currency());
        values.put("paymentReference", paymentReference(settings.paymentReference(), letter));
        List<InterestLine> interest = letter.charges().interest();
        values.put("invoices", IntStream.range(0, letter.invoices().size())
                .mapToObj(index -> invoice(letter.invoices().get(index),
                        index < interest.size() ? Optional.of(interest.get(index)) : Optional.empty(),
                        letter.currency()))
                .toList());
        values.put("credits", letter.credits().stream()
                .map(line -> credit(line, letter.currency()))
                .toList());
        values.put("notYetDue", letter.notYetDue().stream()
                .map(line -> notYetDue(line, letter.currency()))
                .toList());
        return values;
    }

    /**
     * Returns the charges of the letter. Each amount is empty when the letter does not claim it,
     * so a template tests it with {@code #if}.
     */
    Map<String, Object> charges(LetterPlan letter) {
        LetterCharges charges = letter.charges();
        String currency = letter.currency();
        Map<String, Object> values = new HashMap<>();
        values.put("any", !charges.isEmpty());
        values.put("rate", charges.interest().isEmpty()
                ? ""
                : format.percent(charges.yearlyRatePercent()));
        values.put("interest", charges.interest().stream()
                .map(line -> interest(line, currency))
                .toList());
        values.put("interestTotal", amountOrBlank(charges.interestTotal(), currency));
        values.put("indemnity", amountOrBlank(charges.indemnity(), currency));
        values.put("indemnityCount", Integer.toString(charges.indemnityCount()));
        values.put("indemnityTotal", amountOrBlank(charges.indemnityTotal(), currency));
        values.put("fee", amountOrBlank(charges.levelFee(), currency));
        values.put("total", amountOrBlank(charges.total(), currency));
        values.put("totalWithCharges", format.amount(letter.total().add(charges.total()), currency));
        return values;
    }

    private String amountOrBlank(BigDecimal amount, String currency) {
        return amount.signum() == 0 ? "" : format.amount(amount, currency);
    }

    private Map<String, Object> interest(InterestLine line, String currency) {
        return Map.of(
                "number", line.number(),
                "balance", format.amount(line.balance(), currency),
                "days", Long.toString(line.days()),
                "interest", format.amount(line.interest(), currency));
    }

    private static List<String> signatureLines(Company company) {
        List<String> signature = lines(company.signature());
        return signature.isEmpty() ? lines(company.name()) : signature;
    }

    /** Returns an invoice's row; its interest is empty when the letter claims none. */
    private Map<String, Object> invoice(InvoiceLine line, Optional<InterestLine> interest,
            String currency) {
        return Map.of(
                "number", line.number(),
                "invoiceDate", optionalDate(line.invoiceDate()),
                "dueDate", format.shortDate(line.dueDate()),
                "daysOverdue", Long.toString(line.daysOverdue()),
                "amount", line.amount().map(amount -> format.amount(amount, currency)).orElse(NO_DATE),
                "paid", format.amount(line.paid(), currency),
                "balance", format.amount(line.balance(), currency),
                "interest", interest.map(value -> format.amount(value.interest(), currency)).orElse(""));
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

    /**
     * Fills the payment reference setting: {@code {client}} becomes the client code and
     * {@code {invoices}} the invoice numbers. The result is data, escaped like any other value.
     */
    private static String paymentReference(Optional<String> pattern, LetterPlan letter) {
        String invoices = letter.invoices().stream()
                .map(InvoiceLine::number)
                .collect(Collectors.joining(", "));
        return pattern.map(text -> text.strip()
                        .replace("{client}", letter.client().code())
                        .replace("{invoices}", invoices))
                .orElse("");
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
