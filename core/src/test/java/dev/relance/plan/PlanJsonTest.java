package dev.relance.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.relance.ledger.Client;
import dev.relance.ledger.LevelMode;

class PlanJsonTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-12-04");

    @Test
    void writesTheDocumentedShape() {
        InvoiceLine invoice = new InvoiceLine("F-001", Optional.of(LocalDate.parse("2026-09-01")),
                LocalDate.parse("2026-10-01"), Optional.of(new BigDecimal("1000.00")), BigDecimal.ZERO,
                new BigDecimal("1000.00"), 64, 1, 2);
        CreditLine credit = new CreditLine("AV-01", Optional.empty(), new BigDecimal("-100.00"));
        LetterPlan letter = new LetterPlan(client("C001", "Dupont SARL"), "EUR", 2,
                new BigDecimal("900.00"), List.of(invoice), List.of(credit));
        Skip skip = new Skip("C002", "Martin & Fils", "EUR", SkipReason.BLOCKED);
        Problem problem = new Problem("Factures", "D7", "31/02/2026", "not a date");
        Plan plan = new Plan(AS_OF, LevelMode.AUTO, List.of(letter), List.of(skip), List.of(problem));

        String json = PlanJson.toJson(plan);

        assertThat(json).isEqualTo("""
                {
                  "asOf": "2026-12-04",
                  "mode": "auto",
                  "letters": [
                    {
                      "client": "C001",
                      "name": "Dupont SARL",
                      "currency": "EUR",
                      "level": 2,
                      "total": 900.00,
                      "invoices": [
                        {
                          "number": "F-001",
                          "dueDate": "2026-10-01",
                          "balance": 1000.00,
                          "daysOverdue": 64,
                          "previousLevel": 1,
                          "level": 2
                        }
                      ],
                      "credits": [
                        {
                          "number": "AV-01",
                          "balance": -100.00
                        }
                      ],
                      "notYetDue": [],
                      "interest": 0.00,
                      "fees": 0.00
                    }
                  ],
                  "skipped": [
                    {
                      "client": "C002",
                      "currency": "EUR",
                      "reason": "blocked",
                      "name": "Martin & Fils"
                    }
                  ],
                  "problems": [
                    {
                      "sheet": "Factures",
                      "cell": "D7",
                      "value": "31/02/2026",
                      "message": "not a date"
                    }
                  ],
                  "filters": {}
                }""");
    }

    @Test
    void writesEmptyListsAsEmptyArrays() {
        Plan plan = new Plan(AS_OF, LevelMode.CLIENT, List.of(), List.of(), List.of());

        String json = PlanJson.toJson(plan);

        assertThat(json).isEqualTo("""
                {
                  "asOf": "2026-12-04",
                  "mode": "client",
                  "letters": [],
                  "skipped": [],
                  "problems": [],
                  "filters": {}
                }""");
    }

    @Test
    void keepsNonAsciiTextUnescaped() {
        Problem problem = new Problem("Échéances", "B2", "Société Générale", "client inconnu");
        Plan plan = new Plan(AS_OF, LevelMode.AUTO, List.of(), List.of(), List.of(problem));

        String json = PlanJson.toJson(plan);

        assertThat(json).contains("\"sheet\": \"Échéances\"");
        assertThat(json).contains("\"value\": \"Société Générale\"");
        assertThat(json).doesNotContain("\\u");
    }

    @Test
    void writesAmountsWithTwoDecimalsAndExactValue() {
        LetterPlan whole = new LetterPlan(client("C001", "A"), "EUR", 1, new BigDecimal("1500"),
                List.of(), List.of());
        LetterPlan precise = new LetterPlan(client("C002", "B"), "EUR", 1,
                new BigDecimal("12345678901234.57"), List.of(), List.of());
        LetterPlan tiny = new LetterPlan(client("C003", "C"), "EUR", 1, new BigDecimal("1E-2"),
                List.of(), List.of());
        Plan plan = new Plan(AS_OF, LevelMode.AUTO, List.of(whole, precise, tiny), List.of(), List.of());

        String json = PlanJson.toJson(plan);

        assertThat(json).contains("\"total\": 1500.00,");
        assertThat(json).contains("\"total\": 12345678901234.57,");
        assertThat(json).contains("\"total\": 0.01,");
    }

    @Test
    void writesExtraLetterKeysInOrder() {
        LetterCharges charges = new LetterCharges(new BigDecimal("12.15"),
                List.of(new InterestLine("F-001", new BigDecimal("1000.00"), 46, new BigDecimal("15.31"))),
                new BigDecimal("40.00"), 1, new BigDecimal("15.00"));
        NotYetDueLine later = new NotYetDueLine("F-009", Optional.empty(), LocalDate.parse("2027-01-15"),
                new BigDecimal("250"));
        LetterPlan letter = new LetterPlan(client("C001", "Dupont SARL"), "EUR", 3,
                new BigDecimal("1000.00"), List.of(), List.of(), List.of(later), charges);
        Plan plan = new Plan(AS_OF, LevelMode.AUTO, List.of(letter), List.of(), List.of());

        String json = PlanJson.toJson(plan);

        assertThat(json).contains("""
                      "credits": [],
                      "notYetDue": [
                        {
                          "number": "F-009",
                          "dueDate": "2027-01-15",
                          "balance": 250.00
                        }
                      ],
                      "interest": 15.31,
                      "fees": 55.00
                    }
                """.stripTrailing());
        assertThat(json).contains("\"total\": 1000.00,");
    }

    private static Client client(String code, String name) {
        return new Client(code, name, List.of(), "", "", "", "", Optional.empty(), Optional.empty(),
                Optional.empty(), false, "", "", 1);
    }
}
