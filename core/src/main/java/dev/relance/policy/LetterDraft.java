package dev.relance.policy;

import java.math.BigDecimal;
import java.util.List;

import dev.relance.ledger.Client;
import dev.relance.ledger.Invoice;

/**
 * A client and currency with at least one overdue invoice, before the skip rules decide whether it
 * becomes a letter. Disputed and settled rows are already left out.
 *
 * @param client    the client
 * @param currency  the currency, upper case
 * @param overdue   the overdue invoices
 * @param credits   the open credits
 * @param openItems every open invoice and credit of the client in that currency, overdue or not
 * @param notYetDue the open invoices due on or after the as-of date
 */
record LetterDraft(Client client, String currency, List<Invoice> overdue, List<Invoice> credits,
        List<Invoice> openItems, List<Invoice> notYetDue) {

    LetterDraft {
        overdue = List.copyOf(overdue);
        credits = List.copyOf(credits);
        openItems = List.copyOf(openItems);
        notYetDue = List.copyOf(notYetDue);
    }

    /** Returns the letter's total: the overdue invoices' balances plus the credits' balances. */
    BigDecimal total() {
        return sum(overdue).add(sum(credits));
    }

    /** Returns the net balance of all open items, the amount compared with the credit limit. */
    BigDecimal openBalance() {
        return sum(openItems);
    }

    private static BigDecimal sum(List<Invoice> rows) {
        return rows.stream()
                .map(OpenItems::balance)
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
    }
}
