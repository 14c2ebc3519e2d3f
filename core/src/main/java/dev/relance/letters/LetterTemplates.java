package dev.relance.letters;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.slf4j.helpers.NOPLogger;

import dev.relance.RelanceException;
import dev.relance.ledger.Language;

/**
 * The letter templates of the templates module, one per language and level
 * ({@code dev/relance/templates/letter-fr-2.vm}), read from the class path by one Velocity
 * engine that parses each template once and keeps it.
 *
 * <p>The engine is locked down for templates that print workbook text: the secure uberspector
 * keeps templates away from classes, class loaders and reflection, every inserted value is
 * escaped for XML, and strict mode turns a misspelt reference into an error instead of
 * printing it as text.
 */
final class LetterTemplates {

    static final String FOLDER = "dev/relance/templates/";
    private static final String ENCODING = "UTF-8";

    private final VelocityEngine engine;
    private final XmlEscaping escaping = new XmlEscaping();

    LetterTemplates() {
        engine = new VelocityEngine(settings());
        // Core does not log: errors reach the caller as exceptions, so Velocity's log is dropped.
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_INSTANCE, NOPLogger.NOP_LOGGER);
        try {
            engine.init();
        } catch (VelocityException e) {
            throw new RelanceException(
                    "cannot start the letter template engine: " + e.getMessage(), e);
        }
    }

    /** A template and the language it is written in. */
    record Choice(String name, Language language) {
    }

    /**
     * Chooses the template of a letter. The language is the client's when a template exists
     * for it, else the workbook's. The level is the letter's, or the highest level that has a
     * template when the letter's is above it (a maximum level above 3 in the settings).
     *
     * @throws RelanceException when no template of the language exists at or below the level
     */
    Choice choose(Optional<Language> clientLanguage, Language workbookLanguage, int level) {
        if (clientLanguage.isPresent()) {
            Optional<Choice> choice = find(clientLanguage.get(), level);
            if (choice.isPresent()) {
                return choice.get();
            }
        }
        return find(workbookLanguage, level).orElseThrow(() -> new RelanceException(
                "no letter template for language " + workbookLanguage.code() + " at level " + level
                        + ": expected " + name(workbookLanguage, level) + " on the class path"));
    }

    /**
     * Merges a template with the letter's values and returns the XHTML text.
     *
     * @throws RelanceException naming the template when it cannot be read, parsed or rendered
     */
    String merge(String templateName, Map<String, Object> values) {
        try {
            Template template = engine.getTemplate(templateName, ENCODING);
            VelocityContext context = new VelocityContext(new HashMap<>(values));
            EventCartridge cartridge = new EventCartridge();
            cartridge.addReferenceInsertionEventHandler(escaping);
            cartridge.attachToContext(context);
            StringWriter xhtml = new StringWriter();
            template.merge(context, xhtml);
            return xhtml.toString();
        } catch (VelocityException e) {
            throw new RelanceException(
                    "letter template " + templateName + " failed: " + firstLine(e), e);
        }
    }

    /** Returns the first line of a Velocity message: parse errors list tokens after it. */
    private static String firstLine(VelocityException e) {
        String message = String.valueOf(e.getMessage());
        return message.lines().findFirst().orElse(message).strip();
    }

    private Optional<Choice> find(Language language, int level) {
        for (int candidate = level; candidate >= 1; candidate--) {
            if (engine.resourceExists(name(language, candidate))) {
                return Optional.of(new Choice(name(language, candidate), language));
            }
        }
        return Optional.empty();
    }

    private static String name(Language language, int level) {
        return FOLDER + "letter-" + language.code() + "-" + level + ".vm";
    }

    private static Properties settings() {
        Properties settings = new Properties();
        settings.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        settings.setProperty("resource.loader.class.class",
                ClasspathResourceLoader.class.getName());
        settings.setProperty("resource.loader.class.cache", "true");
        // Templates ship inside the jar: never look for a newer version once parsed.
        settings.setProperty("resource.loader.class.modification_check_interval", "-1");
        settings.setProperty(RuntimeConstants.INPUT_ENCODING, ENCODING);
        settings.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME,
                SecureUberspector.class.getName());
        settings.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        return settings;
    }
}
