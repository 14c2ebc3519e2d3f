package dev.relance.plan;

/** Writes a plan as the JSON document of the command line's {@code --json} output. */
public final class PlanJson {

    private PlanJson() {
    }

    /** Returns the plan as one JSON document, pretty-printed, without a trailing newline. */
    public static String toJson(Plan plan) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
