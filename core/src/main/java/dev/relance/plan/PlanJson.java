package dev.relance.plan;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import dev.relance.selection.Filter;
import dev.relance.selection.Selection;

/**
 * Writes a plan as the JSON document of the command line's {@code --json} output. Keys come in the
 * documented order; a skip also carries the client's {@code name}, a letter its {@code notYetDue}
 * invoices then its late-payment {@code interest} and {@code fees} (0.00 when charges are off),
 * and the plan its {@code filters}, after the documented keys. The filters object holds only the
 * filters in use: lists of text, {@code minDays} as a number, {@code clientsFile} and
 * {@code preset} as text.
 * Amounts are JSON numbers with their exact decimal value and at least two decimals
 * ({@code 900.00}). Non-ASCII text is written as is, not as escape sequences.
 */
public final class PlanJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            // the caller's writer, such as standard output, stays open
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private PlanJson() {
    }

    /** Returns the plan as one JSON document, pretty-printed, without a trailing newline. */
    public static String toJson(Plan plan) {
        StringWriter out = new StringWriter();
        write(plan, out);
        return out.toString();
    }

    /**
     * Writes the plan as {@link #toJson(Plan)} returns it, as it goes, so that a plan of a
     * million invoice lines never exists as one string. The writer is flushed, not closed.
     *
     * @throws UncheckedIOException when the writer fails
     */
    public static void write(Plan plan, Writer out) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(prettyPrinter());
            writePlan(json, plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a printer for two-space indents, {@code "key": value} and {@code []} when empty. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    private static void writePlan(JsonGenerator json, Plan plan) throws IOException {
        json.writeStartObject();
        json.writeStringField("asOf", plan.asOf().toString());
        json.writeStringField("mode", plan.mode().code());
        json.writeArrayFieldStart("letters");
        for (LetterPlan letter : plan.letters()) {
            writeLetter(json, letter);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("skipped");
        for (Skip skip : plan.skipped()) {
            writeSkip(json, skip);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("problems");
        for (Problem problem : plan.problems()) {
            writeProblem(json, problem);
        }
        json.writeEndArray();
        writeFilters(json, plan.filters());
        json.writeEndObject();
    }

    private static void writeFilters(JsonGenerator json, Selection filters) throws IOException {
        json.writeObjectFieldStart("filters");
        for (Filter filter : Filter.values()) {
            List<String> values = filters.values(filter);
            if (filter == Filter.MIN_DAYS && !values.isEmpty()) {
                json.writeNumberField(filter.jsonKey(), Integer.parseInt(values.get(0)));
            } else if (!values.isEmpty()) {
                json.writeArrayFieldStart(filter.jsonKey());
                for (String value : values) {
                    json.writeString(value);
                }
                json.writeEndArray();
            }
        }
        if (filters.clientList().isPresent()) {
            json.writeStringField("clientsFile", filters.clientList().get().source());
        }
        if (filters.preset().isPresent()) {
            json.writeStringField("preset", filters.preset().get());
        }
        json.writeEndObject();
    }

    private static void writeLetter(JsonGenerator json, LetterPlan letter) throws IOException {
        json.writeStartObject();
        json.writeStringField("client", letter.client().code());
        json.writeStringField("name", letter.client().name());
        json.writeStringField("currency", letter.currency());
        json.writeNumberField("level", letter.level());
        writeAmount(json, "total", letter.total());
        json.writeArrayFieldStart("invoices");
        for (InvoiceLine invoice : letter.invoices()) {
            writeInvoice(json, invoice);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("credits");
        for (CreditLine credit : letter.credits()) {
            json.writeStartObject();
            json.writeStringField("number", credit.number());
            writeAmount(json, "balance", credit.balance());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("notYetDue");
        for (NotYetDueLine invoice : letter.notYetDue()) {
            json.writeStartObject();
            json.writeStringField("number", invoice.number());
            json.writeStringField("dueDate", invoice.dueDate().toString());
            writeAmount(json, "balance", invoice.balance());
            json.writeEndObject();
        }
        json.writeEndArray();
        writeAmount(json, "interest", letter.charges().interestTotal());
        writeAmount(json, "fees", letter.charges().fees());
        json.writeEndObject();
    }

    private static void writeInvoice(JsonGenerator json, InvoiceLine invoice) throws IOException {
        json.writeStartObject();
        json.writeStringField("number", invoice.number());
        json.writeStringField("dueDate", invoice.dueDate().toString());
        writeAmount(json, "balance", invoice.balance());
        json.writeNumberField("daysOverdue", invoice.daysOverdue());
        json.writeNumberField("previousLevel", invoice.previousLevel());
        json.writeNumberField("level", invoice.level());
        json.writeEndObject();
    }

    private static void writeSkip(JsonGenerator json, Skip skip) throws IOException {
        json.writeStartObject();
        json.writeStringField("client", skip.client());
        json.writeStringField("currency", skip.currency());
        json.writeStringField("reason", skip.reason().code());
        json.writeStringField("name", skip.name());
        json.writeEndObject();
    }

    private static void writeProblem(JsonGenerator json, Problem problem) throws IOException {
        json.writeStartObject();
        json.writeStringField("sheet", problem.sheet());
        json.writeStringField("cell", problem.cell());
        json.writeStringField("value", problem.value());
        json.writeStringField("message", problem.message());
        json.writeEndObject();
    }

    /** Writes an amount with at least two decimals, never rounding away a digit it has. */
    private static void writeAmount(JsonGenerator json, String key, BigDecimal amount)
            throws IOException {
        BigDecimal shown = amount.scale() < 2 ? amount.setScale(2) : amount;
        json.writeNumberField(key, shown);
    }
}
