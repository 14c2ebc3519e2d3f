package dev.relance.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.ExtendedParseException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.slf4j.helpers.NOPLogger;

import dev.relance.RelanceException;
import dev.relance.ledger.Language;

/**
 * The letter and e-mail templates, found by file name ({@code letter-fr-2.vm}) first in the
 * user's template folder, when there is one, then among the defaults of the templates module.
 * So a user folder overrides the defaults file by file, and its templates can parse or include
 * any default they do not replace. One Velocity engine parses each template once and keeps it.
 *
 * <p>The engine is locked down for the user's templates as for the defaults: the secure
 * uberspector keeps templates away from classes, class loaders and reflection, every inserted
 * value is escaped for XML (except in plain-text output), and strict mode turns a misspelt
 * reference into an error instead of printing it as text.
 *
 * <p>Merges may run on several threads at once. This relies on Velocity's design: one engine
 * and its cache of parsed templates serve every thread, and the state of a merge (variables,
 * {@code #foreach} counters, event handlers) lives in the context passed to it. So each merge
 * gets a context and an event cartridge of its own, and the escaping handler keeps no state.
 * A thread-safety bug reported against Velocity 1.6 involved macros defined inline in a local
 * scope ({@code velocimacro.inline.local_scope}), which this engine leaves off, as by default.
 */
final class LetterTemplates {

    /** The class path folder of the default templates. */
    static final String DEFAULT_FOLDER = "dev/relance/templates/";
    private static final String ENCODING = "UTF-8";
    // How Velocity writes a place in its messages: "at letter-fr-1.vm[line 2, column 4]".
    private static final Pattern LOCATION =
            Pattern.compile("\\bat (\\S+)\\[line (\\d+), column (\\d+)\\]");

    private final Optional<Path> userFolder;
    private final String defaultFolder;
    private final VelocityEngine engine;
    private final XmlEscaping escaping = new XmlEscaping();

    /** The default templates only. */
    LetterTemplates() {
        this(Optional.empty(), DEFAULT_FOLDER);
    }

    /**
     * @param userFolder    the user's templates, which win over the defaults
     * @param defaultFolder the class path folder of the defaults, ending with {@code /}
     */
    LetterTemplates(Optional<Path> userFolder, String defaultFolder) {
        this.userFolder = userFolder.map(folder -> folder.toAbsolutePath().normalize());
        this.defaultFolder = defaultFolder;
        engine = new VelocityEngine(settings(this.userFolder, defaultFolder));
        // Core does not log: errors reach the caller as exceptions, so Velocity's log is dropped.
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_INSTANCE, NOPLogger.NOP_LOGGER);
        try {
            engine.init();
        } catch (VelocityException e) {
            throw new RelanceException(
                    "cannot start the letter template engine: " + e.getMessage(), e);
        }
    }

    /**
     * A template chosen for a letter.
     *
     * @param name     the template's file name
     * @param language the language it is written in
     * @param fallback true when the client's language had no template and the workbook's was used
     */
    record Choice(String name, Language language, boolean fallback) {
    }

    Optional<Path> userFolder() {
        return userFolder;
    }

    /**
     * Chooses the template of a letter ({@code kind} {@code letter}) or e-mail ({@code email}).
     * The language is the client's when a template exists for it, else the workbook's. The level
     * is the letter's, or the highest level that has a template when the letter's is above it
     * (a maximum level above 3 in the settings).
     *
     * @throws RelanceException when no template of the language exists at or below the level
     */
    Choice choose(String kind, Optional<Language> clientLanguage, Language workbookLanguage,
            int level) {
        if (clientLanguage.isPresent()) {
            Optional<String> name = find(kind, clientLanguage.get(), level);
            if (name.isPresent()) {
                return new Choice(name.get(), clientLanguage.get(), false);
            }
        }
        Optional<String> name = find(kind, workbookLanguage, level);
        if (name.isEmpty()) {
            throw new RelanceException("no " + kind + " template for language "
                    + workbookLanguage.code() + " at level " + level + ": expected "
                    + name(kind, workbookLanguage, level) + " in " + describeFolders());
        }
        boolean fallback = clientLanguage.isPresent() && clientLanguage.get() != workbookLanguage;
        return new Choice(name.get(), workbookLanguage, fallback);
    }

    /** Returns the template of the given kind, language and level, or below that level. */
    Optional<String> find(String kind, Language language, int level) {
        for (int candidate = level; candidate >= 1; candidate--) {
            String name = name(kind, language, candidate);
            if (engine.resourceExists(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * Merges a template with the letter's values, escaping every inserted value for XML, and
     * returns the text.
     *
     * @throws RelanceException naming the template file, line and column when it cannot be read,
     *                          parsed or rendered
     */
    String merge(String templateName, Map<String, Object> values) {
        return merge(templateName, values, true).text();
    }

    /** A merged template: its output and the variables it set, such as its {@code #define} blocks. */
    record Merged(String text, Map<String, String> variables) {
    }

    /**
     * Merges a template and also returns, as text, the variables it set among {@code names}:
     * {@code #set} values and {@code #define} blocks, rendered with the same escaping.
     */
    Merged merge(String templateName, Map<String, Object> values, boolean escapeXml,
            String... names) {
        try {
            Template template = engine.getTemplate(templateName, ENCODING);
            VelocityContext context = new VelocityContext(new HashMap<>(values));
            EventCartridge cartridge = new EventCartridge();
            if (escapeXml) {
                cartridge.addReferenceInsertionEventHandler(escaping);
            }
            cartridge.attachToContext(context);
            StringWriter output = new StringWriter();
            template.merge(context, output);
            Map<String, String> variables = new HashMap<>();
            for (String name : names) {
                Object value = context.get(name);
                // A #define block renders itself, within the context it was defined in.
                variables.put(name, value == null ? "" : value.toString());
            }
            return new Merged(output.toString(), variables);
        } catch (VelocityException e) {
            throw failure(templateName, e);
        }
    }

    /**
     * Reads a file of the templates, such as a font, from the user's folder when it has one,
     * else from the defaults.
     *
     * @throws RelanceException when the file is in neither place or cannot be read
     */
    byte[] readFile(String name) {
        Optional<Path> userFile = userFile(name);
        try {
            if (userFile.isPresent()) {
                return Files.readAllBytes(userFile.get());
            }
            try (InputStream in = resource(defaultFolder + name)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new RelanceException("cannot read " + describe(name) + ": " + e.getMessage(), e);
        }
    }

    /** Names a template file for the user: its path in the user folder, or the default's name. */
    String describe(String name) {
        return userFile(name).map(Path::toString).orElse(name + " (default template)");
    }

    private Optional<Path> userFile(String name) {
        return userFolder.map(folder -> folder.resolve(name).normalize())
                .filter(file -> file.startsWith(userFolder.get()) && Files.isRegularFile(file));
    }

    private InputStream resource(String path) {
        InputStream in = LetterTemplates.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new RelanceException(path + " not found on the class path;"
                    + " it ships in the relance-templates jar");
        }
        return in;
    }

    private String describeFolders() {
        return userFolder.map(folder -> folder + " or the default templates")
                .orElse("the default templates");
    }

    /**
     * Turns a Velocity error into one line naming the file, line and column where it happened,
     * which is the template that failed, or one it parses.
     */
    private RelanceException failure(String templateName, VelocityException e) {
        String where = describe(templateName);
        Matcher location = LOCATION.matcher(String.valueOf(e.getMessage()));
        if (e instanceof ParseErrorException parse && parse.getTemplateName() != null) {
            where = located(parse.getTemplateName(), parse.getLineNumber(), parse.getColumnNumber());
        } else if (e instanceof ExtendedParseException located && located.getTemplateName() != null) {
            where = located(located.getTemplateName(), located.getLineNumber(),
                    located.getColumnNumber());
        } else if (location.find()) {
            where = located(location.group(1), Integer.parseInt(location.group(2)),
                    Integer.parseInt(location.group(3)));
        } else if (e instanceof ResourceNotFoundException) {
            return new RelanceException("letter template " + where + " failed: a template it needs"
                    + " is missing from " + describeFolders() + ": " + firstLine(e), e);
        }
        return new RelanceException("letter template " + where + " failed: " + firstLine(e), e);
    }

    private String located(String name, int line, int column) {
        return describe(name) + ", line " + line + ", column " + column;
    }

    /**
     * Returns the first line of a Velocity message, without the location it repeats: parse
     * errors list the expected tokens after it.
     */
    private static String firstLine(VelocityException e) {
        String message = String.valueOf(e.getMessage());
        String first = message.lines().findFirst().orElse(message).strip();
        return first.replaceFirst("\\s+at \\S+\\[line \\d+, column \\d+\\]\\.?$", "");
    }

    private static String name(String kind, Language language, int level) {
        return kind + "-" + language.code() + "-" + level + ".vm";
    }

    private static Properties settings(Optional<Path> userFolder, String defaultFolder) {
        Properties settings = new Properties();
        settings.setProperty(RuntimeConstants.RESOURCE_LOADERS,
                userFolder.isPresent() ? "user,default" : "default");
        userFolder.ifPresent(folder -> {
            settings.setProperty("resource.loader.user.class", UserTemplateLoader.class.getName());
            settings.setProperty("resource.loader.user.path", folder.toString());
            settings.setProperty("resource.loader.user.cache", "true");
            // One run reads each template once; edits are picked up by the next run.
            settings.setProperty("resource.loader.user.modification_check_interval", "-1");
        });
        settings.setProperty("resource.loader.default.class", DefaultTemplateLoader.class.getName());
        settings.setProperty("resource.loader.default.folder", defaultFolder);
        settings.setProperty("resource.loader.default.cache", "true");
        // Defaults ship inside the jar: never look for a newer version once parsed.
        settings.setProperty("resource.loader.default.modification_check_interval", "-1");
        settings.setProperty(RuntimeConstants.INPUT_ENCODING, ENCODING);
        settings.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME,
                SecureUberspector.class.getName());
        settings.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        return settings;
    }
}
