package dev.relance.extension.ui;

import java.math.BigDecimal;
import java.util.List;

import dev.relance.plan.LetterPlan;
import dev.relance.plan.Plan;
import dev.relance.plan.Skip;

/** The lines the dialog lists for a plan: one per letter, per skip and per problem. */
public final class PlanLines {

    private final UiLanguage language;
    private final MessageText messages;

    public PlanLines(UiLanguage language) {
        this.language = language;
        this.messages = new MessageText(language);
    }

    /** Returns one line per letter: client, name, currency, level, total and credits. */
    public List<String> letters(Plan plan) {
        return plan.letters().stream().map(this::letter).toList();
    }

    /** Returns one line per client and currency skipped, with the reason. */
    public List<String> skipped(Plan plan) {
        return plan.skipped().stream().map(this::skip).toList();
    }

    /** Returns one line per problem, starting with its sheet and cell. */
    public List<String> problems(Plan plan) {
        return plan.problems().stream().map(messages::problem).toList();
    }

    private String letter(LetterPlan letter) {
        String credits = letter.credits().isEmpty() ? ""
                : "  (" + UiText.CREDITS.in(language, letter.credits().size()) + ")";
        return String.format(language.locale(), "%-6s %-28s %s  %-9s %12s%s",
                letter.client().code(), shortened(letter.client().name()), letter.currency(),
                UiText.LEVEL.in(language, letter.level()), amount(letter.total()), credits);
    }

    private String skip(Skip skip) {
        UiText reason = UiText.valueOf(skip.reason().name());
        return String.format(language.locale(), "%-6s %-28s %s  %s", skip.client(), shortened(skip.name()),
                skip.currency(), reason.in(language));
    }

    private String amount(BigDecimal total) {
        return String.format(language.locale(), "%,.2f", total);
    }

    private static String shortened(String name) {
        return name.length() <= 28 ? name : name.substring(0, 27) + "…";
    }
}
