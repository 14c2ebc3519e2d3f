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
 * @param charges  the late-payment charges stated beside the total, not included in it
 */
public record LetterPlan(Client client, String currency, int level, BigDecimal total,
        List<InvoiceLine> invoices, List<CreditLine> credits, List<NotYetDueLine> notYetDue,
        LetterCharges charges) {

    public LetterPlan {
        invoices = List.copyOf(invoices);
        credits = List.copyOf(credits);
        notYetDue = List.copyOf(notYetDue);
    }

    /** A letter that lists no invoice not yet due and states no late-payment charge. */
    public LetterPlan(Client client, String currency, int level, BigDecimal total,
            List<InvoiceLine> invoices, List<CreditLine> credits) {
        this(client, currency, level, total, invoices, credits, List.of(), LetterCharges.NONE);
    }

    /** A letter that states no late-payment charge. */
    public LetterPlan(Client client, String currency, int level, BigDecimal total,
            List<InvoiceLine> invoices, List<CreditLine> credits, List<NotYetDueLine> notYetDue) {
        this(client, currency, level, total, invoices, credits, notYetDue, LetterCharges.NONE);
    }

    /** A letter that lists no invoice not yet due. */
    public LetterPlan(Client client, String currency, int level, BigDecimal total,
            List<InvoiceLine> invoices, List<CreditLine> credits, LetterCharges charges) {
        this(client, currency, level, total, invoices, credits, List.of(), charges);
    }

    /** Returns this letter with the given charges. */
    public LetterPlan withCharges(LetterCharges newCharges) {
        return new LetterPlan(client, currency, level, total, invoices, credits, notYetDue, newCharges);
    }
}
