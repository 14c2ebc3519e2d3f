package dev.relance.extension;

import com.sun.star.lang.XSingleComponentFactory;
import com.sun.star.lib.uno.helper.Factory;

/**
 * The class named by {@code RegistrationClassName} in the jar's manifest: LibreOffice's Java
 * loader calls it to get the factory of the extension's one component.
 */
public final class Registration {

    private Registration() {
    }

    /** Returns the factory of the named implementation, or null for a name that is not ours. */
    public static XSingleComponentFactory __getComponentFactory(String implementationName) {
        if (RelanceJob.IMPLEMENTATION_NAME.equals(implementationName)) {
            return Factory.createComponentFactory(RelanceJob.class, new String[] {RelanceJob.SERVICE_NAME});
        }
        // The UNO loader's contract: null means "not implemented here".
        return null;
    }
}
