package dev.relance.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.relance.plan.InvoiceLine;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.Plan;
import dev.relance.plan.Problem;
import dev.relance.plan.Skip;

/** Prints a plan for people: a table of letters, then the skipped clients. */
final class PlanPrinter {

    private static final int NAME_WIDTH = 28;

    private final PrintWriter out;

    PlanPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(Plan plan) {
        out.printf("Plan for %s (mode %s): %d letter(s), %d skipped, %d problem(s)%n", plan.asOf(),
                plan.mode().code(), plan.letters().size(), plan.skipped().size(), plan.problems().size());
        if (!plan.filters().isEmpty() || plan.filters().preset().isPresent()) {
            out.println("Filters: " + plan.filters().describe());
        }
        printLetters(plan.letters());
        printSkipped(plan.skipped());
    }

    /** Prints the problems, one line each, after the plan (on standard error, as warnings). */
    static void printProblems(PrintWriter err, Plan plan) {
        if (plan.problems().isEmpty()) {
            return;
        }
        err.println();
        err.printf("Problems (rows left out of the plan):%n");
        for (Problem problem : plan.problems()) {
            err.println("  " + problem.describe());
        }
        err.flush();
    }

    private void printLetters(List<LetterPlan> letters) {
        if (letters.isEmpty()) {
            out.println();
            out.println("No letter to write.");
            return;
        }
        out.println();
        out.printf("%-10s %-" + NAME_WIDTH + "s %-4s %5s %14s  %s%n", "Client", "Name", "Cur.", "Level", "Total",
                "Invoices");
        for (LetterPlan letter : letters) {
            out.printf("%-10s %-" + NAME_WIDTH + "s %-4s %5d %14s  %s%n", letter.client().code(),
                    fit(letter.client().name()), letter.currency(), letter.level(), amount(letter.total()),
                    invoiceNumbers(letter));
        }
    }

    private void printSkipped(List<Skip> skipped) {
        if (skipped.isEmpty()) {
            return;
        }
        out.println();
        out.println("Skipped:");
        for (Skip skip : skipped) {
            out.printf("%-10s %-" + NAME_WIDTH + "s %-4s %s%n", skip.client(), fit(skip.name()), skip.currency(),
                    skip.reason().code());
        }
    }

    private static String invoiceNumbers(LetterPlan letter) {
        String invoices = letter.invoices().stream().map(InvoiceLine::number).collect(Collectors.joining(", "));
        String credits = letter.credits().isEmpty() ? "" : " (" + letter.credits().size() + " credit(s))";
        String notYetDue = letter.notYetDue().isEmpty() ? ""
                : "; " + letter.notYetDue().size() + " not yet due, for information";
        return invoices + credits + notYetDue;
    }

    private static String amount(BigDecimal value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    private static String fit(String text) {
        return text.length() <= NAME_WIDTH ? text : text.substring(0, NAME_WIDTH - 1) + "…";
    }
}
