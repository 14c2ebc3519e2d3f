package dev.relance.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The content of a benchmark workbook, the same for every format: {@code invoices} rows over ten
 * years ending on {@link #LAST_DAY}, one client per twenty invoices. Everything is drawn from one
 * seeded generator in a fixed order, so a seed gives the same workbook on every machine.
 *
 * <p>About 95% of the invoices are settled. One client in ten pays late: about a third of its
 * invoices past their due date stay open or part paid. Other clients leave open only the invoices
 * not yet due and one in five hundred older ones. One row in two thousand is a credit note.
 */
final class Ledgers {

    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);
    static final long LAST_DAY_MILLIS = LAST_DAY.atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond() * 1000;
    static final int YEARS = 10;

    private static final String[] NAME_KINDS = {
        "Boulangerie", "Garage", "Cabinet", "Menuiserie", "Imprimerie", "Transports", "Pharmacie",
        "Fleuriste", "Librairie", "Café", "Hôtel", "Plomberie", "Électricité", "Studio", "Atelier"
    };
    private static final String[] FAMILY_NAMES = {
        "Dupont", "Martin", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent",
        "Lefèvre", "Michel", "Garcia", "Roux", "Fournier", "Girard", "Lambert", "Bonnet", "Faure"
    };
    private static final String[] STREETS = {
        "rue de la République", "avenue Jean Jaurès", "place Bellecour", "chemin des Saules",
        "boulevard Haussmann", "quai Saint-Antoine", "rue Victor Hugo", "allée des Tilleuls"
    };
    private static final String[][] CITIES = {
        {"69002", "Lyon"}, {"75009", "Paris"}, {"38000", "Grenoble"}, {"42000", "Saint-Étienne"},
        {"73000", "Chambéry"}, {"74000", "Annecy"}, {"13001", "Marseille"}, {"01000", "Bourg-en-Bresse"},
        {"31000", "Toulouse"}, {"44000", "Nantes"}, {"67000", "Strasbourg"}, {"59000", "Lille"}
    };
    private static final String[] SALES_REPS = {"Julie", "Marc", "Sophie", "Karim", "Élodie", ""};
    private static final String[] CATEGORIES = {"Commerce", "Artisan", "Services", "Restauration", ""};
    private static final String[] LABELS = {
        "Fournitures de bureau", "Maintenance annuelle", "Prestation de conseil",
        "Livraison marchandises", "Abonnement mensuel", "Réparation sur site", "Transport",
        "Formation du personnel", "Location de matériel", "Travaux d'installation"
    };
    private static final String[] PAYMENT_METHODS = {
        "Virement", "Chèque", "Prélèvement", "Carte bancaire", "LCR", "Virement"
    };
    private static final String[] NOTES = {
        "Relancé par téléphone", "Paiement en deux fois accordé", "Adresse de facturation modifiée",
        "Escompte 2 % accordé", "Voir l'avoir associé", "Bon de commande à joindre"
    };

    private final int invoices;
    private final long seed;
    private final ClientRow[] clients;

    Ledgers(int invoices, long seed) {
        this.invoices = invoices;
        this.seed = seed;
        this.clients = makeClients(Math.max(1, invoices / 20), new SplittableRandom(seed));
    }

    int invoiceCount() {
        return invoices;
    }

    ClientRow[] clients() {
        return clients.clone();
    }

    /** Calls {@code sink} with every invoice row, in sheet order; the same rows on every call. */
    void forEachInvoice(InvoiceSink sink) throws java.io.IOException {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int lastDay = (int) LAST_DAY.toEpochDay();
        int firstDay = (int) LAST_DAY.minusYears(YEARS).toEpochDay();
        long span = lastDay - firstDay + 1L;
        for (int i = 0; i < invoices; i++) {
            int day = firstDay + (int) (i * span / invoices);
            sink.accept(invoice(i, day, lastDay, random));
        }
    }

    @FunctionalInterface
    interface InvoiceSink {
        void accept(InvoiceRow row) throws java.io.IOException;
    }

    private InvoiceRow invoice(int index, int day, int lastDay, SplittableRandom random) {
        ClientRow client = clients[random.nextInt(clients.length)];
        boolean credit = random.nextInt(2000) == 0;
        long amount = credit ? -random.nextLong(1_000, 200_000) : random.nextLong(5_000, 2_000_000);
        int due = day + client.paymentDays();
        long paid = paid(amount, due, lastDay, client, random);
        int year = LocalDate.ofEpochDay(day).getYear();
        String number = (credit ? "AV-" : "F-") + year + "-" + Cells.padded(index + 1, 7);
        String label = LABELS[random.nextInt(LABELS.length)];
        if (random.nextBoolean()) {
            label = label + " - commande " + (10_000 + random.nextInt(90_000));
        }
        String method = PAYMENT_METHODS[random.nextInt(PAYMENT_METHODS.length)];
        String note = random.nextInt(10) == 0 ? NOTES[random.nextInt(NOTES.length)] : "";
        return new InvoiceRow(number, client.code(), day, due, amount, paid, client.currency(), label,
                method, note);
    }

    private static long paid(long amount, int due, int lastDay, ClientRow client, SplittableRandom random) {
        boolean open;
        if (due > lastDay - 10) {
            open = random.nextInt(10) < 6;
        } else if (client.latePayer()) {
            open = random.nextInt(3) == 0;
        } else {
            open = random.nextInt(500) == 0;
        }
        if (!open) {
            return amount;
        }
        int kind = random.nextInt(10);
        if (amount < 0 || kind < 3) {
            return InvoiceRow.BLANK;
        }
        if (kind < 6) {
            return 0;
        }
        return amount * (20 + random.nextInt(60)) / 100;
    }

    private static ClientRow[] makeClients(int count, SplittableRandom random) {
        ClientRow[] rows = new ClientRow[count];
        for (int i = 0; i < count; i++) {
            rows[i] = client(i, random);
        }
        return rows;
    }

    private static ClientRow client(int index, SplittableRandom random) {
        String code = "C" + Cells.padded(index + 1, 5);
        String family = FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)];
        String name = NAME_KINDS[random.nextInt(NAME_KINDS.length)] + " " + family + " " + (index + 1);
        String[] city = CITIES[random.nextInt(CITIES.length)];
        boolean export = random.nextInt(30) == 0;
        String currency = export ? (random.nextBoolean() ? "USD" : "GBP") : "EUR";
        String address = (1 + random.nextInt(120)) + " " + STREETS[random.nextInt(STREETS.length)];
        String email = random.nextInt(8) == 0 ? "" : "compta@" + code.toLowerCase() + ".example.fr";
        long creditLimit = random.nextInt(4) == 0 ? 100L * (5_000 + random.nextInt(50_000)) : -1;
        return new ClientRow(code, name, address, export ? "" : city[0], export ? "London" : city[1],
                export ? "United Kingdom" : "France", email, export ? "en" : "fr", creditLimit,
                random.nextInt(100) == 0, SALES_REPS[random.nextInt(SALES_REPS.length)],
                export ? "Export" : CATEGORIES[random.nextInt(CATEGORIES.length)],
                currency, 30 + 15 * random.nextInt(3), random.nextInt(10) == 0);
    }
}
