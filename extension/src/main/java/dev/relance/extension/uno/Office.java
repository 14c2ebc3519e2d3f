package dev.relance.extension.uno;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import com.sun.star.beans.PropertyValue;
import com.sun.star.container.XNameAccess;
import com.sun.star.frame.XDesktop;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.XStringSubstitution;

/** The services of the running office the extension uses, apart from the document. */
public final class Office {

    private final XComponentContext context;

    public Office(XComponentContext context) {
        this.context = context;
    }

    /** Returns the document of the active window; empty when no document window is active. */
    public Optional<Object> currentDocument() {
        XDesktop desktop = Uno.create(context, "com.sun.star.frame.Desktop", XDesktop.class);
        return Optional.ofNullable(desktop.getCurrentComponent());
    }

    /**
     * Returns the language of LibreOffice's menus, such as {@code fr} or {@code en-US}: the one
     * chosen under Tools > Options > Language Settings, else the system's.
     */
    public String uiLocale() {
        Optional<String> chosen = configuration("/org.openoffice.Setup/L10N", "ooLocale");
        return chosen.filter(locale -> !locale.isBlank())
                .orElseGet(() -> Locale.getDefault().toLanguageTag());
    }

    /** Returns the LibreOffice user profile folder. */
    public Path userProfile() {
        XStringSubstitution paths = Uno.create(context, "com.sun.star.util.PathSubstitution",
                XStringSubstitution.class);
        try {
            return Path.of(URI.create(paths.substituteVariables("$(user)", true)));
        } catch (com.sun.star.container.NoSuchElementException e) {
            throw new IllegalStateException("the office has no user profile path", e);
        }
    }

    private Optional<String> configuration(String node, String property) {
        try {
            XMultiServiceFactory provider = Uno.create(context,
                    "com.sun.star.configuration.ConfigurationProvider", XMultiServiceFactory.class);
            PropertyValue path = new PropertyValue();
            path.Name = "nodepath";
            path.Value = node;
            Object access = provider.createInstanceWithArguments(
                    "com.sun.star.configuration.ConfigurationAccess", new Object[] {path});
            Object value = Uno.query(XNameAccess.class, access).getByName(property);
            return value instanceof String text ? Optional.of(text) : Optional.empty();
        } catch (com.sun.star.uno.Exception | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
