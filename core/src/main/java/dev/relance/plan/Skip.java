package dev.relance.plan;

/**
 * A client and currency that would have had a letter but gets none.
 *
 * @param client   the client code as typed in the Clients sheet
 * @param name     the client's name
 * @param currency the currency
 * @param reason   the first rule that stopped the letter
 */
public record Skip(String client, String name, String currency, SkipReason reason) {
}
