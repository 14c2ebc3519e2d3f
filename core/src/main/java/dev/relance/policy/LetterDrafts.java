package dev.relance.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.relance.ledger.Client;
import dev.relance.ledger.Invoice;
import dev.relance.ledger.Ledger;
import dev.relance.selection.Selection;

/** Groups open items by client and currency. Each group with an overdue invoice is a draft. */
final class LetterDrafts {

    /** The order of letters and skips: client code (case ignored), then currency. */
    static final Comparator<LetterDraft> ORDER = Comparator
            .comparing((LetterDraft draft) -> draft.client().key())
            .thenComparing(draft -> draft.client().code())
            .thenComparing(LetterDraft::currency);

    private LetterDrafts() {
    }

    /**
     * Returns one draft per selected client and currency that has a selected overdue invoice, in
     * letter order. The selection applies first: a client or currency it leaves out gets no
     * draft, and an invoice fewer days overdue than its minimum is not claimed.
     *
     * @throws IllegalArgumentException when an invoice names a client the ledger does not contain,
     *                                  which the ledger reader reports as a problem instead
     */
    static List<LetterDraft> collect(Ledger ledger, LocalDate asOf, Selection selection) {
        Map<String, Client> clients = clientsByKey(ledger.clients());
        Map<String, List<Invoice>> groups = openItemsByClientAndCurrency(ledger.invoices());
        int graceDays = ledger.settings().graceDays();

        List<LetterDraft> drafts = new ArrayList<>();
        for (List<Invoice> openItems : groups.values()) {
            Client client = requireClient(clients, openItems.get(0));
            String currency = OpenItems.currency(openItems.get(0).currency());
            if (!selection.includesClient(client) || !selection.includesCurrency(currency)) {
                continue;
            }
            List<Invoice> overdue = openItems.stream()
                    .filter(row -> OpenItems.isOverdue(row, asOf, graceDays))
                    .filter(row -> selection.includesDaysOverdue(OpenItems.daysOverdue(row, asOf)))
                    .toList();
            if (!overdue.isEmpty()) {
                List<Invoice> credits = openItems.stream().filter(OpenItems::isOpenCredit).toList();
                List<Invoice> notYetDue = openItems.stream()
                        .filter(row -> OpenItems.isNotYetDue(row, asOf))
                        .toList();
                drafts.add(new LetterDraft(client, currency, overdue, credits, openItems,
                        notYetDue));
            }
        }
        drafts.sort(ORDER);
        return drafts;
    }

    private static Map<String, Client> clientsByKey(List<Client> clients) {
        Map<String, Client> byKey = new LinkedHashMap<>();
        for (Client client : clients) {
            byKey.putIfAbsent(client.key(), client);
        }
        return byKey;
    }

    private static Map<String, List<Invoice>> openItemsByClientAndCurrency(List<Invoice> rows) {
        Map<String, List<Invoice>> groups = new LinkedHashMap<>();
        for (Invoice row : rows) {
            if (OpenItems.isOpen(row)) {
                String group = Client.keyOf(row.clientKey()) + '\u0000'
                        + OpenItems.currency(row.currency());
                groups.computeIfAbsent(group, ignored -> new ArrayList<>()).add(row);
            }
        }
        return groups;
    }

    private static Client requireClient(Map<String, Client> clients, Invoice row) {
        Client client = clients.get(Client.keyOf(row.clientKey()));
        if (client == null) {
            throw new IllegalArgumentException("invoice " + row.number() + " names client "
                    + row.clientKey() + ", which is not in the ledger's clients");
        }
        return client;
    }
}
