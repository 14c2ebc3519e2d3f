package dev.relance.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import dev.relance.RelanceException;

/**
 * Writes an error as the JSON document of {@code --json}:
 * {@code {"error": {"message": ..., "file": ..., "sheet": ..., "cell": ..., "value": ...}}}, the
 * location fields only when known.
 */
final class ErrorJson {

    private ErrorJson() {
    }

    static String toJson(RelanceException error) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeObjectFieldStart("error");
            json.writeStringField("message", error.userMessage());
            writeIfPresent(json, "file", error.file().map(file -> file.getFileName().toString()));
            writeIfPresent(json, "sheet", error.sheet());
            writeIfPresent(json, "cell", error.cell());
            writeIfPresent(json, "value", error.value());
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeIfPresent(JsonGenerator json, String name, Optional<String> value)
            throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get());
        }
    }
}
