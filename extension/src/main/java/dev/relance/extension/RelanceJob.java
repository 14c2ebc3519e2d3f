package dev.relance.extension;

import java.util.Arrays;
import java.util.Optional;

import com.sun.star.beans.NamedValue;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.task.XJob;
import com.sun.star.task.XJobExecutor;
import com.sun.star.uno.Any;
import com.sun.star.uno.XComponentContext;

import dev.relance.RelanceException;
import dev.relance.extension.ui.MessageText;
import dev.relance.extension.ui.UiLanguage;
import dev.relance.extension.ui.UiText;
import dev.relance.extension.uno.CalcDocument;
import dev.relance.extension.uno.Office;

/**
 * The extension's component, where LibreOffice calls in. The menu's command URLs
 * ({@code service:dev.relance.extension.RelanceJob?generate}) call {@link #trigger}, which works
 * on the document of the active window; {@link #execute} takes the document as the job
 * environment's {@code Model} and the command as a {@code Command} argument, for callers that
 * hold the document, such as tests.
 *
 * <p>Every error stops here: the user sees a message box with the message, the log file gets
 * the stack trace.
 */
public final class RelanceJob extends WeakBase implements XJobExecutor, XJob, XServiceInfo {

    static final String IMPLEMENTATION_NAME = "dev.relance.extension.RelanceJob";
    static final String SERVICE_NAME = "dev.relance.extension.RelanceJob";

    private final XComponentContext context;

    public RelanceJob(XComponentContext context) {
        this.context = context;
    }

    @Override
    public void trigger(String argument) {
        Office office = new Office(context);
        run(office, Command.of(argument), office.currentDocument());
    }

    @Override
    public Object execute(NamedValue[] arguments) {
        Office office = new Office(context);
        Optional<Object> model = value(arguments, "Environment")
                .filter(NamedValue[].class::isInstance)
                .flatMap(environment -> value((NamedValue[]) environment, "Model"));
        String command = value(arguments, "Command").map(Object::toString).orElse("");
        run(office, Command.of(command), model.or(office::currentDocument));
        return Any.VOID;
    }

    private void run(Office office, Optional<Command> command, Optional<Object> component) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Velocity and the PDF libraries look up classes and resources through the context class
        // loader, which in the office's JVM is not the one that loaded the extension's jars.
        thread.setContextClassLoader(RelanceJob.class.getClassLoader());
        ExtensionLog log = ExtensionLog.in(office);
        UiLanguage language = UiLanguage.of(office.uiLocale());
        Switches switches = Switches.from(System.getenv());
        try {
            Optional<CalcDocument> document = component.flatMap(CalcDocument::of);
            if (document.isEmpty() || command.isEmpty()) {
                log.info("no spreadsheet in the active window, or unknown command " + command);
                return;
            }
            Session session = new Session(context, document.get(), language, switches, log);
            log.info(document.get().title() + ": " + command.get());
            runCommand(session, command.get());
        } catch (Throwable e) {
            // LibreOffice calls in here: nothing may escape, and the user gets a message, not a trace.
            report(e, office, component, language, switches, log);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void runCommand(Session session, Command command) {
        try {
            switch (command) {
                case GENERATE -> new ReminderCommand(session).run(false);
                case PREVIEW -> new ReminderCommand(session).run(true);
                case EXPORT_TEMPLATES -> new TemplateExport(session).run();
            }
        } catch (RelanceException e) {
            session.log().error(e.userMessage(), e);
            e.sheet().ifPresent(sheet -> e.cell().ifPresent(cell -> session.document().select(sheet, cell)));
            session.fail(new MessageText(session.language()).error(e));
        }
    }

    private void report(Throwable error, Office office, Optional<Object> component, UiLanguage language,
            Switches switches, ExtensionLog log) {
        log.error("unexpected error", error);
        try {
            Optional<CalcDocument> document = component.flatMap(CalcDocument::of);
            if (document.isPresent()) {
                String message = UiText.UNEXPECTED.in(language, summary(error), log.file());
                new Session(context, document.get(), language, switches, log).fail(message);
            }
        } catch (RuntimeException e) {
            log.error("cannot show the error to the user", e);
        }
    }

    /**
     * Returns the error's type and the first line of its message: a UNO bridge error carries the
     * whole Java stack trace in its message, which belongs in the log, not in front of the user.
     */
    static String summary(Throwable error) {
        String message = String.valueOf(error.getMessage()).lines().findFirst().orElse("").strip();
        String shortened = message.length() > 200 ? message.substring(0, 199) + "…" : message;
        return error.getClass().getSimpleName() + ": " + shortened;
    }

    private static Optional<Object> value(NamedValue[] values, String name) {
        return Arrays.stream(values == null ? new NamedValue[0] : values)
                .filter(value -> name.equals(value.Name))
                .map(value -> value.Value)
                .findFirst();
    }

    @Override
    public String getImplementationName() {
        return IMPLEMENTATION_NAME;
    }

    @Override
    public boolean supportsService(String service) {
        return SERVICE_NAME.equals(service);
    }

    @Override
    public String[] getSupportedServiceNames() {
        return new String[] {SERVICE_NAME};
    }
}
