package dev.relance.plan;

import java.util.Locale;

/** Why a client with an overdue invoice gets no letter, in the order the rules check them. */
public enum SkipReason {
    BLOCKED,
    NO_OVERDUE_BALANCE,
    WITHIN_CREDIT_LIMIT,
    BELOW_MINIMUM,
    TOO_SOON,
    INVALID_LEVEL;

    /** Returns the code of the JSON plan: {@code no-overdue-balance}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
