package dev.relance.ledger;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.relance.workbook.InvalidValueException;

/**
 * Finds the client an invoice row names: by code first, else by a name that exactly one client
 * has. Both ignore case, accents and extra spaces.
 */
final class ClientDirectory {

    private final Map<String, Client> byKey;
    private final Map<String, List<Client>> byName;
    private final Map<String, Integer> rowsLeftOut;
    private final String clientsSheet;

    /**
     * @param rowsLeftOut  the 0-based rows of client codes whose rows could not be read
     * @param clientsSheet the Clients sheet's name, for messages
     */
    ClientDirectory(List<Client> clients, Map<String, Integer> rowsLeftOut, String clientsSheet) {
        this.byKey = clients.stream().collect(Collectors.toMap(Client::key, client -> client));
        this.byName = clients.stream()
                .collect(Collectors.groupingBy(client -> TextKey.of(client.name())));
        this.rowsLeftOut = Map.copyOf(rowsLeftOut);
        this.clientsSheet = clientsSheet;
    }

    /**
     * Returns the {@link Client#key()} of the client the text names.
     *
     * @throws InvalidValueException when no client, or more than one client by name, matches
     */
    String requireKey(String codeOrName) {
        String key = TextKey.of(codeOrName);
        if (byKey.containsKey(key)) {
            // this key equals the client's key, which would otherwise be built again from the
            // client's code for each invoice row
            return key;
        }

        List<Client> named = byName.getOrDefault(key, List.of());
        if (named.size() == 1) {
            return named.get(0).key();
        }
        if (named.size() > 1) {
            String codes = named.stream().map(Client::code).collect(Collectors.joining(", "));
            throw new InvalidValueException("is the name of several clients (" + codes
                    + "); expected one of their client codes");
        }
        if (rowsLeftOut.containsKey(key)) {
            throw new InvalidValueException("is a client whose row " + (rowsLeftOut.get(key) + 1)
                    + " in " + clientsSheet + " could not be read; fix that row first");
        }
        throw new InvalidValueException("is not a client code or name found in " + clientsSheet
                + "; expected a code such as " + exampleCode());
    }

    private String exampleCode() {
        return byKey.values().stream().map(Client::code).sorted().findFirst().orElse("C001");
    }
}
