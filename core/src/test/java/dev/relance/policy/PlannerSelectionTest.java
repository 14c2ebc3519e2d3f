package dev.relance.policy;

import static dev.relance.policy.TestLedger.ledger;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.relance.ledger.Client;
import dev.relance.ledger.Ledger;
import dev.relance.plan.Plan;
import dev.relance.policy.TestLedger.InvoiceRow;
import dev.relance.selection.Presets;
import dev.relance.selection.Selection;

/** Which letters a plan keeps for each combination of filters, written as a preset. */
class PlannerSelectionTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-12-04");

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                            | C001/EUR C002/EUR C010/EUR C099/USD C100/EUR C150/GBP CL-001/EUR D001/EUR
            clients=C001-C099             | C001/EUR C002/EUR C010/EUR C099/USD
            clients=C001-C099,C150        | C001/EUR C002/EUR C010/EUR C099/USD C150/GBP
            clients= c010 ,C150           | C010/EUR C150/GBP
            clients=C1-C10                | C001/EUR C002/EUR C010/EUR
            clients=C-D                   | C001/EUR C002/EUR C010/EUR C099/USD C100/EUR C150/GBP CL-001/EUR
            clients=CL-001                | CL-001/EUR
            clients=CL-001..CL-999        | CL-001/EUR
            sales-rep=martin              | C001/EUR C002/EUR CL-001/EUR
            sales-rep=ELODIE ROUX         | C100/EUR
            commercial=Durand,Élodie Roux | C010/EUR C099/USD C100/EUR
            category=export               | C001/EUR C010/EUR C099/USD C150/GBP
            category=Export; sales-rep=Durand| C010/EUR C099/USD
            famille=detail                | C100/EUR
            postcode=75000-75999          | C001/EUR
            postcode=69000-69999          | C002/EUR C150/GBP
            postcode=92100,75002          | C001/EUR CL-001/EUR
            departement=69                | C002/EUR
            departement=2A                | C010/EUR
            departement=2b                | C099/USD
            departement=20                | C010/EUR C099/USD
            departement=974               | C100/EUR
            departement=75,92             | C001/EUR CL-001/EUR
            currency=usd                  | C099/USD
            currency=EUR,GBP; category=Export| C001/EUR C010/EUR C150/GBP
            min-days=30                   | C001/EUR C010/EUR C099/USD C100/EUR C150/GBP CL-001/EUR D001/EUR
            min-days=14                   | C001/EUR C002/EUR C010/EUR C099/USD C100/EUR C150/GBP CL-001/EUR D001/EUR
            min-days=30; sales-rep=Martin | C001/EUR CL-001/EUR
            clients=C001-C099; departement=20; currency=EUR| C010/EUR
            clients=C001-C099; category=Retail; min-days=30| ''
            """)
    void keepsOnlyTheSelectedLetters(String filters, String expected) {
        Selection selection = Presets.parse("table", filters == null ? "" : filters);

        Plan plan = new Planner().plan(clientele(), AS_OF, selection, Optional.empty());

        List<String> letters = plan.letters().stream()
                .map(letter -> letter.client().code() + "/" + letter.currency())
                .toList();
        List<String> expectedLetters = expected == null || expected.isEmpty() ? List.of()
                : List.of(expected.split(" "));
        assertThat(letters).containsExactlyElementsOf(expectedLetters);
        assertThat(plan.skipped()).isEmpty();
    }

    /**
     * Eight clients, each with one invoice of 100 overdue since 2026-10-01 (64 days on the as-of
     * date), except C002's, due 2026-11-20 (14 days).
     */
    private static Ledger clientele() {
        return ledger()
                .client(client("C001", "Martin", "Export", "75002", ""))
                .client(client("C002", "Martin", "Retail", "69002", "France"))
                .client(client("C010", "Durand", "Export", "20090", ""))
                .client(client("C099", "Durand", "export", "20200", ""))
                .client(client("C100", "Élodie Roux", "Détail", "97400", "La Réunion"))
                .client(client("C150", "Roux", "Export", "69115", "Allemagne"))
                .client(client("CL-001", "martin", "Retail", "92 100", ""))
                .client(client("D001", "", "", "", ""))
                .invoice("C001", "F-1", "2026-10-01", "100.00")
                .invoice("C002", "F-2", "2026-11-20", "100.00")
                .invoice("C010", "F-3", "2026-10-01", "100.00")
                .invoice(InvoiceRow.of("C099", "F-4", "2026-10-01", "100.00").in("USD"))
                .invoice("C100", "F-5", "2026-10-01", "100.00")
                .invoice(InvoiceRow.of("C150", "F-6", "2026-10-01", "100.00").in("GBP"))
                .invoice("CL-001", "F-7", "2026-10-01", "100.00")
                .invoice("D001", "F-8", "2026-10-01", "100.00")
                .build();
    }

    private static Client client(String code, String salesRep, String category, String postcode,
            String country) {
        return new Client(code, "Name of " + code, List.of(), postcode, "", country, "",
                Optional.empty(), Optional.empty(), Optional.empty(), false, salesRep, category, 0);
    }
}
