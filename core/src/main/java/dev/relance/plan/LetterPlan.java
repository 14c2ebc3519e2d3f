package dev.relance.plan;

import java.math.BigDecimal;
import java.util.List;

import dev.relance.ledger.Client;

/**
 * One letter to write: a client, a currency, a level and what it claims.
 *
 * @param client   the client it goes to
 * @param currency the currency of every line
 * @param level    the letter's level, 1 to the maximum level
 * @param total    the sum of the invoices' and credits' balances
 * @param invoices the overdue invoices, by due date then number
 * @param credits  the open credits deducted, by number
 * @param notYetDue the invoices not yet due, listed for information, by due date then number;
 *                  empty unless asked for
 */
public record LetterPlan(Client client, String currency, int level, BigDecimal total,
        List<InvoiceLine> invoices, List<CreditLine> credits, List<NotYetDueLine> notYetDue) {

    public LetterPlan {
        invoices = List.copyOf(invoices);
        credits = List.copyOf(credits);
        notYetDue = List.copyOf(notYetDue);
    }

    /** A letter that lists no invoice not yet due. */
    public LetterPlan(Client client, String currency, int level, BigDecimal total,
            List<InvoiceLine> invoices, List<CreditLine> credits) {
        this(client, currency, level, total, invoices, credits, List.of());
    }
}
