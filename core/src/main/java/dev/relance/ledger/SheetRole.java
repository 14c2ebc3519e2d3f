package dev.relance.ledger;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.relance.RelanceException;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;

/** The sheets the ledger reads, each found by one of its accepted names. */
enum SheetRole {
    CLIENTS("Clients", List.of("Clients", "Customers", "Client", "Customer"), List.of()),
    INVOICES("Invoices", List.of("Factures", "Invoices", "Facture", "Invoice", "Échéances"),
            List.of("Factures", "Facture", "Échéances")),
    HISTORY("history", List.of("Relances", "Reminders"), List.of("Relances")),
    SETTINGS("Settings", List.of("Paramètres", "Settings"), List.of("Paramètres"));

    private final String label;
    private final List<String> names;
    private final List<String> frenchOnlyNames;

    SheetRole(String label, List<String> names, List<String> frenchOnlyNames) {
        this.label = label;
        this.names = names;
        this.frenchOnlyNames = frenchOnlyNames;
    }

    /**
     * Finds the sheet of this role. A visible sheet wins over a hidden one, because workbooks
     * often keep an old copy or a list of values in a hidden sheet; otherwise tab order decides.
     */
    Optional<Sheet> find(Workbook workbook) {
        return workbook.sheets().stream()
                .filter(sheet -> hasName(names, sheet.name()))
                .min(Comparator.comparing(Sheet::hidden));
    }

    /** Returns the sheet of this role, or fails naming the accepted names and the sheets found. */
    Sheet require(Workbook workbook) {
        return find(workbook).orElseThrow(() -> new RelanceException("missing " + label
                + " sheet; expected a sheet named " + String.join(", ", names)
                + "; found " + sheetNames(workbook)));
    }

    /** Finds the role a sheet's name gives it, among all the names of every role. */
    static Optional<SheetRole> of(String sheetName) {
        return Stream.of(values()).filter(role -> hasName(role.names, sheetName)).findFirst();
    }

    /** Returns whether any sheet of the workbook has a name only a French workbook uses. */
    static boolean hasFrenchOnlySheet(Workbook workbook) {
        return workbook.sheets().stream().anyMatch(sheet -> isFrenchOnlyName(sheet.name()));
    }

    private static boolean isFrenchOnlyName(String name) {
        return Stream.of(values()).anyMatch(role -> hasName(role.frenchOnlyNames, name));
    }

    private static boolean hasName(List<String> accepted, String name) {
        String key = HeaderKey.of(name);
        return accepted.stream().anyMatch(candidate -> HeaderKey.of(candidate).equals(key));
    }

    private static String sheetNames(Workbook workbook) {
        if (workbook.sheets().isEmpty()) {
            return "no sheets";
        }
        return workbook.sheets().stream().map(Sheet::name).collect(Collectors.joining(", "));
    }
}
