package dev.relance.extension.uno;

import java.util.Optional;

import com.sun.star.beans.XPropertySet;
import com.sun.star.uno.Exception;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;

/**
 * The one place for UNO's {@code queryInterface} ladder and for creating services, so the rest
 * of the extension reads as calls on typed objects.
 */
public final class Uno {

    private Uno() {
    }

    /** Returns {@code object} as {@code type}, failing when the object does not support it. */
    public static <T> T query(Class<T> type, Object object) {
        return find(type, object).orElseThrow(() -> new IllegalStateException(
                "the office object does not support " + type.getSimpleName()));
    }

    /** Returns {@code object} as {@code type} when it supports that interface. */
    public static <T> Optional<T> find(Class<T> type, Object object) {
        if (object == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(UnoRuntime.queryInterface(type, object));
    }

    /** Creates the named service in the component context and returns it as {@code type}. */
    public static <T> T create(XComponentContext context, String service, Class<T> type) {
        return query(type, create(context, service));
    }

    /** Creates the named service in the component context, for objects used through several interfaces. */
    public static Object create(XComponentContext context, String service) {
        try {
            Object instance = context.getServiceManager().createInstanceWithContext(service, context);
            if (instance == null) {
                throw new IllegalStateException("the office has no service " + service);
            }
            return instance;
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the office service " + service, e);
        }
    }

    /** Reads a property of an office object. */
    public static Object property(Object object, String name) {
        try {
            return query(XPropertySet.class, object).getPropertyValue(name);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the property " + name, e);
        }
    }

    /** Sets a property of an office object. */
    public static void setProperty(Object object, String name, Object value) {
        try {
            query(XPropertySet.class, object).setPropertyValue(name, value);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set the property " + name + " to " + value, e);
        }
    }
}
