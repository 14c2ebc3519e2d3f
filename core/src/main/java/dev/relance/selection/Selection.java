package dev.relance.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.relance.UsageException;
import dev.relance.ledger.Client;
import dev.relance.ledger.TextKey;

/**
 * Which clients, currencies and invoices a plan covers, before the reminder rules apply. Each
 * filter left empty lets everything through; the filters given combine (a client must pass all
 * of them), and the values listed for one filter are alternatives (it must match one of them).
 * A client filtered out appears nowhere in the plan.
 *
 * <p>Names (sales rep, category) are compared ignoring case, accents and extra spaces; codes as
 * client codes. {@code minDaysOverdue} filters invoices, not clients: a letter lists only the
 * invoices at least that many days overdue, and a client left without one gets no letter.
 *
 * @param clients        client codes and ranges
 * @param salesReps      sales reps' names
 * @param categories     categories
 * @param postcodes      postal codes and ranges
 * @param departements   French départements
 * @param currencies     currency codes, upper case
 * @param minDaysOverdue the fewest days overdue an invoice must be to be claimed
 * @param clientList     an explicit list of client codes, read from a file
 * @param preset         the name of the Settings preset these filters started from
 */
public record Selection(List<CodeRange> clients, List<String> salesReps, List<String> categories,
        List<PostcodeRange> postcodes, List<Departement> departements, List<String> currencies,
        Optional<Integer> minDaysOverdue, Optional<ClientList> clientList,
        Optional<String> preset) {

    /** The selection that lets every client, currency and invoice through. */
    public static final Selection ALL = new Selection(List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

    public Selection {
        clients = List.copyOf(clients);
        salesReps = List.copyOf(salesReps);
        categories = List.copyOf(categories);
        postcodes = List.copyOf(postcodes);
        departements = List.copyOf(departements);
        currencies = List.copyOf(currencies);
    }

    /**
     * Returns this selection with one filter set from text as typed on the command line or in a
     * preset: a comma-separated list ({@code C001-C099,C150}), or a whole number of days for
     * {@link Filter#MIN_DAYS}. A blank text clears the filter.
     *
     * @throws UsageException when a value cannot be read, naming the option and the value
     */
    public Selection with(Filter filter, String text) {
        String option = filter.option();
        return switch (filter) {
            case CLIENTS -> withClients(items(option, text, item -> CodeRange.parse(option, item)));
            case SALES_REP -> new Selection(clients, items(option, text, String::strip), categories,
                    postcodes, departements, currencies, minDaysOverdue, clientList, preset);
            case CATEGORY -> new Selection(clients, salesReps, items(option, text, String::strip),
                    postcodes, departements, currencies, minDaysOverdue, clientList, preset);
            case POSTCODE -> new Selection(clients, salesReps, categories,
                    items(option, text, item -> PostcodeRange.parse(option, item)), departements,
                    currencies, minDaysOverdue, clientList, preset);
            case DEPARTEMENT -> new Selection(clients, salesReps, categories, postcodes,
                    items(option, text, item -> Departement.parse(option, item)), currencies,
                    minDaysOverdue, clientList, preset);
            case CURRENCY -> new Selection(clients, salesReps, categories, postcodes,
                    departements, items(option, text, item -> currency(option, item)), minDaysOverdue,
                    clientList, preset);
            case MIN_DAYS -> new Selection(clients, salesReps, categories, postcodes,
                    departements, currencies, days(option, text), clientList, preset);
        };
    }

    /** Returns this selection limited to the clients of a list file. */
    public Selection withClientList(ClientList list) {
        return new Selection(clients, salesReps, categories, postcodes, departements, currencies,
                minDaysOverdue, Optional.of(list), preset);
    }

    /**
     * Returns these filters over a preset's: each filter set here wins, each filter left empty
     * here is the preset's. The result names the preset.
     */
    public Selection over(String presetName, Selection base) {
        return new Selection(
                clients.isEmpty() ? base.clients : clients,
                salesReps.isEmpty() ? base.salesReps : salesReps,
                categories.isEmpty() ? base.categories : categories,
                postcodes.isEmpty() ? base.postcodes : postcodes,
                departements.isEmpty() ? base.departements : departements,
                currencies.isEmpty() ? base.currencies : currencies,
                minDaysOverdue.or(base::minDaysOverdue),
                clientList.or(base::clientList),
                Optional.of(presetName));
    }

    /**
     * Returns the values of one filter as text, as a preset would write them: the items as the
     * user typed them, the currencies upper case, the days as a number. Empty when not set.
     */
    public List<String> values(Filter filter) {
        return switch (filter) {
            case CLIENTS -> clients.stream().map(CodeRange::text).toList();
            case SALES_REP -> salesReps;
            case CATEGORY -> categories;
            case POSTCODE -> postcodes.stream().map(PostcodeRange::text).toList();
            case DEPARTEMENT -> departements.stream().map(Departement::code).toList();
            case CURRENCY -> currencies;
            case MIN_DAYS -> minDaysOverdue.map(days -> List.of(days.toString())).orElse(List.of());
        };
    }

    /**
     * Returns the filters in use as one line in the preset syntax, e.g.
     * {@code preset Export: clients=C001-C099,C150; min-days=30; clients-file=list.txt}; empty
     * text when none is set.
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (Filter filter : Filter.values()) {
            List<String> shown = values(filter);
            if (!shown.isEmpty()) {
                parts.add(filter.presetName() + "=" + String.join(",", shown));
            }
        }
        clientList.ifPresent(list -> parts.add("clients-file=" + list.source()));
        String filters = String.join("; ", parts);
        return preset.map(name -> "preset " + name + (filters.isEmpty() ? "" : ": " + filters))
                .orElse(filters);
    }

    /** Returns whether no filter is set: everything goes through. */
    public boolean isEmpty() {
        return equals(new Selection(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), Optional.empty(), Optional.empty(), preset));
    }

    /** Returns whether the client passes the client filters: codes, names and places. */
    public boolean includesClient(Client client) {
        return anyOrNone(clients, range -> range.matches(client.code()))
                && anyOrNone(salesReps, name -> sameName(name, client.salesRep()))
                && anyOrNone(categories, name -> sameName(name, client.category()))
                && anyOrNone(postcodes, range -> range.matches(client.postalCode()))
                && anyOrNone(departements,
                        departement -> departement.matches(client.postalCode(), client.country()))
                && clientList.map(list -> list.contains(client.code())).orElse(true);
    }

    /** Returns whether letters in this currency (upper case) are selected. */
    public boolean includesCurrency(String currency) {
        return currencies.isEmpty() || currencies.contains(currency.toUpperCase(Locale.ROOT));
    }

    /** Returns whether an invoice this many days overdue may be claimed. */
    public boolean includesDaysOverdue(long daysOverdue) {
        return minDaysOverdue.map(minimum -> daysOverdue >= minimum).orElse(true);
    }

    private Selection withClients(List<CodeRange> ranges) {
        return new Selection(ranges, salesReps, categories, postcodes, departements, currencies,
                minDaysOverdue, clientList, preset);
    }

    private static <T> boolean anyOrNone(List<T> values, Predicate<T> test) {
        return values.isEmpty() || values.stream().anyMatch(test);
    }

    private static boolean sameName(String filter, String value) {
        return TextKey.of(filter).equals(TextKey.of(value));
    }

    private static <T> List<T> items(String option, String text, Function<String, T> parse) {
        List<T> items = Arrays.stream(text.split(","))
                .filter(item -> !item.isBlank())
                .map(parse)
                .toList();
        if (items.isEmpty() && !text.isBlank()) {
            throw new UsageException(option, "\"" + text + "\" has no value;"
                    + " expected one or more values separated by commas");
        }
        return items;
    }

    private static String currency(String option, String item) {
        String code = item.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new UsageException(option, "\"" + item.strip() + "\" is not a currency code;"
                    + " expected three letters, e.g. USD");
        }
        return code;
    }

    private static Optional<Integer> days(String option, String text) {
        String days = text.strip();
        if (days.isEmpty()) {
            return Optional.empty();
        }
        if (!days.matches("\\d{1,5}")) {
            throw new UsageException(option, "\"" + days + "\" is not a number of days;"
                    + " expected a whole number of 0 or more, e.g. 30");
        }
        return Optional.of(Integer.parseInt(days));
    }
}
