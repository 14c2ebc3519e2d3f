package dev.relance.cli.samples;

import static dev.relance.cli.samples.SampleWorkbookWriter.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample workbooks shipped with the command line (for {@code relance demo}) and the empty
 * ones of {@code relance init}. They are generated, then committed as resources; regenerate them
 * with {@code mvn -pl cli test -Dtest=SampleWorkbooksGenerator -Drelance.samples=DIR}.
 *
 * <p>The French sample is meant for an as-of date of 2026-12-04 and exercises every rule: two
 * currencies, an English client, a blocked client, a disputed invoice, a credit limit, a
 * minimum amount, days between reminders, a credit that cancels the debt, escalation from the
 * history up to the maximum level, grace days and invoices not yet due.
 */
public final class SampleWorkbooks {

    private SampleWorkbooks() {
    }

    /** Writes the French sample workbook. */
    public static void writeFrench(Path file) throws IOException {
        try (SampleWorkbookWriter writer = new SampleWorkbookWriter()) {
            writer.sheet("Clients", frenchClients())
                    .sheet("Factures", frenchInvoices())
                    .sheet("Relances", frenchHistory())
                    .sheet("Paramètres", frenchSettings())
                    .save(file);
        }
    }

    /** Writes the English sample workbook, meant for an as-of date of 2026-12-04. */
    public static void writeEnglish(Path file) throws IOException {
        try (SampleWorkbookWriter writer = new SampleWorkbookWriter()) {
            writer.sheet("Customers", englishCustomers())
                    .sheet("Invoices", englishInvoices())
                    .sheet("Reminders", englishHistory())
                    .sheet("Settings", englishSettings())
                    .save(file);
        }
    }

    /** Writes an empty workbook with the sheets and headers, in French or English. */
    public static void writeEmpty(Path file, boolean french) throws IOException {
        try (SampleWorkbookWriter writer = new SampleWorkbookWriter()) {
            if (french) {
                writer.sheet("Clients", List.of(frenchClients().get(0)))
                        .sheet("Factures", List.of(frenchInvoices().get(0)))
                        .sheet("Paramètres", blankSettings(true));
            } else {
                writer.sheet("Customers", List.of(englishCustomers().get(0)))
                        .sheet("Invoices", List.of(englishInvoices().get(0)))
                        .sheet("Settings", blankSettings(false));
            }
            writer.save(file);
        }
    }

    private static List<List<Object>> frenchClients() {
        return List.of(
                row("Code client", "Raison sociale", "Adresse", "Code postal", "Ville", "Pays", "E-mail", "Langue",
                        "Encours autorisé", "Niveau de relance", "Ne pas relancer", "Commercial", "Famille"),
                row("C001", "Boulangerie Dupont SARL", "3 place Bellecour", "69002", "Lyon", "France",
                        "compta@dupont-boulangerie.fr", "fr", null, 1, null, "Julie", "Commerce"),
                row("C002", "Garage des Alpes", "Zone artisanale des Vennes", "01000", "Bourg-en-Bresse", "France",
                        "contact@garage-alpes.fr", null, null, 2, null, "Marc", "Artisan"),
                row("C003", "Cabinet Leroy Avocats", "18 boulevard Haussmann", "75009", "Paris", "France",
                        "facturation@leroy-avocats.fr", "fr", null, 1, null, "Julie", "Services"),
                row("C004", "Harbour Trading Ltd", "12 Wharf Street", "E14 5AB", "London", "United Kingdom",
                        "accounts@harbour-trading.co.uk", "en", null, 2, null, "Marc", "Export"),
                row("C005", "Menuiserie Petit", "7 chemin des Saules", "38000", "Grenoble", "France",
                        null, null, null, null, "oui", "Marc", "Artisan"),
                row("C006", "Imprimerie Moreau", "25 rue de la République", "42000", "Saint-Étienne", "France",
                        "moreau@imprimerie-moreau.fr", null, null, 1, null, "Julie", "Services"),
                row("C007", "Transports Girard", "4 avenue de l'Europe", "69500", "Bron", "France",
                        "compta@girard-transports.fr", null, 10000, 1, null, "Marc", "Transport"),
                row("C008", "Pharmacie Bernard", "2 rue Victor Hugo", "73000", "Chambéry", "France",
                        "pharmacie.bernard@orange.fr", null, null, 3, null, "Julie", "Commerce"),
                row("C009", "Fleuriste Roux", "11 quai Saint-Antoine", "69002", "Lyon", "France",
                        null, null, null, 1, null, "Julie", "Commerce"),
                row("C010", "Librairie Fournier", "30 rue Mercière", "69002", "Lyon", "France",
                        "librairie.fournier@free.fr", null, null, 2, null, "Marc", "Commerce"),
                row("C011", "Café du Port", "1 quai des Pêcheurs", "74200", "Thonon-les-Bains", "France",
                        null, null, null, 1, null, "Julie", "Restauration"),
                row("C012", "Hôtel Lambert", "9 rue Royale", "74000", "Annecy", "France",
                        "direction@hotel-lambert.fr", null, null, 3, null, "Marc", "Restauration"));
    }

    private static List<List<Object>> frenchInvoices() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("N° facture", "Code client", "Date facture", "Échéance", "Montant TTC", "Réglé", "Reste dû",
                "Devise", "Litige"));
        // C001: two overdue invoices, one partly paid, and one not yet due.
        invoice(rows, "F-2026-101", "C001", "2026-09-15", "2026-10-15", "1250.00", "0", "EUR", null);
        invoice(rows, "F-2026-115", "C001", "2026-10-02", "2026-11-01", "860.40", "300", "EUR", null);
        invoice(rows, "F-2026-140", "C001", "2026-11-20", "2026-12-20", "420.00", null, "EUR", null);
        invoice(rows, "F-2026-088", "C001", "2026-08-01", "2026-08-31", "990.00", "990", "EUR", null);
        // C002: reminded once on 2026-11-04 for F-2026-060; a second invoice fell due since.
        invoice(rows, "F-2026-060", "C002", "2026-08-20", "2026-09-19", "2340.00", "0", "EUR", null);
        invoice(rows, "F-2026-112", "C002", "2026-10-01", "2026-10-31", "615.00", "0", "EUR", null);
        // C003: a letter in euros and another in US dollars.
        invoice(rows, "F-2026-071", "C003", "2026-09-01", "2026-10-01", "3600.00", "0", "EUR", null);
        invoice(rows, "F-2026-072", "C003", "2026-09-01", "2026-10-01", "1800.00", "0", "USD", null);
        invoice(rows, "F-2026-119", "C003", "2026-10-10", "2026-11-09", "950.00", "0", "USD", null);
        // C004: an English client, with a credit note deducted.
        invoice(rows, "F-2026-090", "C004", "2026-09-10", "2026-10-10", "4200.00", "0", "EUR", null);
        invoice(rows, "AV-2026-007", "C004", "2026-10-20", "2026-10-20", "-350.00", null, "EUR", null);
        // C005: blocked client.
        invoice(rows, "F-2026-050", "C005", "2026-08-05", "2026-09-04", "780.00", "0", "EUR", null);
        // C006: one invoice in dispute, left out; the other is claimed.
        invoice(rows, "F-2026-081", "C006", "2026-09-05", "2026-10-05", "1450.00", "0", "EUR", "oui");
        invoice(rows, "F-2026-097", "C006", "2026-09-25", "2026-10-25", "530.00", "0", "EUR", null);
        // C007: 3,000 open against a 10,000 credit limit.
        invoice(rows, "F-2026-083", "C007", "2026-09-08", "2026-10-08", "1800.00", "0", "EUR", null);
        invoice(rows, "F-2026-131", "C007", "2026-11-10", "2026-12-10", "1200.00", "0", "EUR", null);
        // C008: reminded at levels 1 and 2, now a formal notice.
        invoice(rows, "F-2026-041", "C008", "2026-07-10", "2026-08-09", "2875.50", "500", "EUR", null);
        // C009: below the minimum amount.
        invoice(rows, "F-2026-099", "C009", "2026-09-28", "2026-10-28", "35.00", "0", "EUR", null);
        // C010: reminded on 2026-11-25, fewer than 15 days ago.
        invoice(rows, "F-2026-077", "C010", "2026-09-03", "2026-10-03", "690.00", "0", "EUR", null);
        // C011: an overpayment credit larger than the overdue invoice.
        invoice(rows, "F-2026-105", "C011", "2026-10-05", "2026-11-04", "400.00", "0", "EUR", null);
        invoice(rows, "AV-2026-009", "C011", "2026-11-12", "2026-11-12", "-450.00", null, "EUR", null);
        // C012: already at the maximum level; one invoice still within the 5 grace days.
        invoice(rows, "F-2026-030", "C012", "2026-06-15", "2026-07-15", "5120.00", "1000", "EUR", null);
        invoice(rows, "F-2026-128", "C012", "2026-11-01", "2026-12-01", "760.00", "0", "EUR", null);
        // Settled and future invoices, as a real ledger has.
        String[][] others = {
            {"F-2026-102", "C002", "2026-09-16", "2026-10-16", "480.00", "480.00"},
            {"F-2026-103", "C003", "2026-09-17", "2026-10-17", "1320.00", "1320.00"},
            {"F-2026-107", "C004", "2026-09-22", "2026-10-22", "2150.00", "2150.00"},
            {"F-2026-109", "C006", "2026-09-24", "2026-10-24", "275.00", "275.00"},
            {"F-2026-111", "C007", "2026-09-30", "2026-10-30", "990.00", "990.00"},
            {"F-2026-116", "C008", "2026-10-05", "2026-11-04", "145.20", "145.20"},
            {"F-2026-118", "C009", "2026-10-08", "2026-11-07", "62.00", "62.00"},
            {"F-2026-121", "C010", "2026-10-12", "2026-11-11", "318.00", "318.00"},
            {"F-2026-124", "C012", "2026-10-15", "2026-11-14", "1240.00", "1240.00"},
            {"F-2026-133", "C002", "2026-11-14", "2026-12-14", "730.00", "0"},
            {"F-2026-135", "C003", "2026-11-16", "2026-12-16", "1900.00", "0"},
            {"F-2026-137", "C004", "2026-11-18", "2026-12-18", "640.00", "0"},
            {"F-2026-142", "C008", "2026-11-24", "2026-12-24", "212.40", "0"},
            {"F-2026-144", "C011", "2026-11-26", "2026-12-26", "98.00", "0"},
            {"F-2026-146", "C012", "2026-11-28", "2026-12-28", "1875.00", "0"},
            {"F-2026-148", "C006", "2026-11-30", "2026-12-30", "315.00", "0"},
        };
        for (String[] other : others) {
            invoice(rows, other[0], other[1], other[2], other[3], other[4], other[5], "EUR", null);
        }
        return rows;
    }

    private static void invoice(List<List<Object>> rows, String number, String client, String date, String due,
            String amount, String paid, String currency, String disputed) {
        int excelRow = rows.size() + 1;
        rows.add(row(number, client, LocalDate.parse(date), LocalDate.parse(due), new BigDecimal(amount),
                paid == null ? null : new BigDecimal(paid), "=E" + excelRow + "-F" + excelRow, currency, disputed));
    }

    private static List<List<Object>> frenchHistory() {
        return List.of(
                row("Date", "Lot", "Client", "Facture", "Niveau", "Solde", "Devise", "Lettre"),
                history("2026-09-03", "C012", "F-2026-030", 1, "4120.00"),
                history("2026-10-05", "C008", "F-2026-041", 1, "2375.50"),
                history("2026-10-05", "C012", "F-2026-030", 2, "4120.00"),
                history("2026-11-04", "C002", "F-2026-060", 1, "2340.00"),
                history("2026-11-05", "C008", "F-2026-041", 2, "2375.50"),
                history("2026-11-05", "C012", "F-2026-030", 3, "4120.00"),
                history("2026-11-25", "C010", "F-2026-077", 1, "690.00"));
    }

    private static List<Object> history(String date, String client, String invoice, int level, String balance) {
        String letter = date + "_" + client + "_EUR_level-" + level + ".pdf";
        return row(LocalDate.parse(date), date, client, invoice, level, new BigDecimal(balance), "EUR", letter);
    }

    private static List<List<Object>> frenchSettings() {
        return List.of(
                row("Paramètre", "Valeur"),
                row("Société", "Atelier Martin SARL"),
                row("Adresse", "12 rue des Tanneurs"),
                row("Ville", "69001 Lyon"),
                row("E-mail", "compta@atelier-martin.fr"),
                row("Téléphone", "04 78 00 12 34"),
                row("IBAN", "FR76 3000 4000 0500 0012 3456 789"),
                row("Signature", "Claire Martin, gérante"),
                row("Mode", "auto"),
                row("Niveau maximum", 3),
                row("Délai de grâce", 5),
                row("Montant minimum", 50),
                row("Tenir compte de l'encours autorisé", "oui"),
                row("Jours entre deux relances", 15),
                row("Délai de paiement", 30),
                row("Devise", "EUR"));
    }

    /**
     * Returns the settings of an empty workbook: every key the user is likely to fill, with a
     * blank value, so the contract's defaults apply and no sender or bank account is made up.
     */
    private static List<List<Object>> blankSettings(boolean french) {
        String[] keys = french
                ? new String[] {"Paramètre", "Société", "Adresse", "Ville", "E-mail", "Téléphone", "IBAN",
                    "Signature", "Mode", "Niveau maximum", "Délai de grâce", "Montant minimum",
                    "Tenir compte de l'encours autorisé", "Jours entre deux relances", "Délai de paiement",
                    "Devise"}
                : new String[] {"Setting", "Company", "Address", "City", "Email", "Phone", "IBAN", "Signature",
                    "Mode", "Maximum level", "Grace days", "Minimum amount", "Use credit limit",
                    "Days between reminders", "Payment days", "Currency"};
        List<List<Object>> rows = new ArrayList<>();
        for (String key : keys) {
            rows.add(row(key, rows.isEmpty() ? (french ? "Valeur" : "Value") : null));
        }
        return rows;
    }

    private static List<List<Object>> englishCustomers() {
        return List.of(
                row("Customer code", "Company", "Address line 1", "Address line 2", "Postcode", "City", "Country",
                        "Email", "Language", "Credit limit", "Reminder level", "On hold", "Sales rep", "Category"),
                row("A100", "Northwind Supplies Ltd", "Unit 4, Riverside Park", "Mill Lane", "LS1 4AB", "Leeds",
                        "United Kingdom", "ap@northwind.example", "en", null, 1, null, "Sam", "Wholesale"),
                row("A200", "Blue Fjord AS", "Strandgata 12", null, "5013", "Bergen", "Norway",
                        "invoices@bluefjord.example", "en", null, 2, null, "Alex", "Export"),
                row("A300", "Dubois & Fils", "8 rue du Port", null, "13002", "Marseille", "France",
                        "compta@dubois.example", "fr", null, 1, null, "Sam", "Export"),
                row("A400", "Kestrel Design", "22 King Street", null, "M2 4LQ", "Manchester", "United Kingdom",
                        null, null, null, 1, "yes", "Alex", "Services"),
                row("A500", "Orchard Cafe", "3 High Street", null, "OX1 4AA", "Oxford", "United Kingdom",
                        null, null, null, 1, null, "Sam", "Hospitality"));
    }

    private static List<List<Object>> englishInvoices() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Invoice no", "Customer code", "Invoice date", "Due date", "Amount", "Paid", "Balance",
                "Currency", "Disputed"));
        invoice(rows, "INV-1001", "A100", "2026-09-01", "2026-10-01", "1480.00", "0", "GBP", null);
        invoice(rows, "INV-1007", "A100", "2026-10-06", "2026-11-05", "320.00", "0", "GBP", null);
        invoice(rows, "INV-1002", "A200", "2026-08-15", "2026-09-14", "5200.00", "2000", "EUR", null);
        invoice(rows, "INV-1003", "A300", "2026-09-20", "2026-10-20", "890.00", "0", "EUR", null);
        invoice(rows, "CN-0004", "A300", "2026-10-30", "2026-10-30", "-90.00", null, "EUR", null);
        invoice(rows, "INV-1004", "A400", "2026-09-10", "2026-10-10", "640.00", "0", "GBP", null);
        invoice(rows, "INV-1005", "A500", "2026-09-12", "2026-10-12", "25.00", "0", "GBP", null);
        invoice(rows, "INV-1006", "A500", "2026-10-01", "2026-10-31", "410.00", "0", "GBP", "yes");
        invoice(rows, "INV-1008", "A100", "2026-11-20", "2026-12-20", "700.00", "0", "GBP", null);
        return rows;
    }

    private static List<List<Object>> englishHistory() {
        return List.of(
                row("Date", "Run", "Client", "Invoice", "Level", "Balance", "Currency", "Letter"),
                row(LocalDate.parse("2026-11-02"), "2026-11-02", "A200", "INV-1002", 1, new BigDecimal("3200.00"),
                        "EUR", "2026-11-02_A200_EUR_level-1.pdf"));
    }

    private static List<List<Object>> englishSettings() {
        return List.of(
                row("Setting", "Value"),
                row("Company", "Greenleaf Studio Ltd"),
                row("Address", "40 Canal Street"),
                row("City", "Manchester M1 3HE"),
                row("Email", "accounts@greenleaf.example"),
                row("Phone", "+44 161 000 0000"),
                row("IBAN", "GB29 NWBK 6016 1331 9268 19"),
                row("Signature", "Jordan Price, Finance"),
                row("Minimum amount", 50),
                row("Currency", "GBP"));
    }
}
