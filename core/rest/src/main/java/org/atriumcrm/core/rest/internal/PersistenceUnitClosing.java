package org.atriumcrm.core.rest.internal;

import org.osgi.framework.ServiceException;

/**
 * A request that met the persistence unit it reads closing under it: the module (or core bundle)
 * that owns the unit is being stopped, updated or removed, and its resources will answer 404 or come
 * back in a moment. Told apart from a fault by where the exception comes from, not by its message,
 * which EclipseLink localizes.
 */
final class PersistenceUnitClosing {

    private static final String FACTORY = "org.eclipse.persistence.internal.jpa.EntityManagerFactoryDelegate";

    private PersistenceUnitClosing() {
    }

    static boolean in(Throwable exception) {
        for (Throwable current = exception; current != null; current = current.getCause()) {
            if (current instanceof ServiceException || current instanceof IllegalStateException && thrownByFactory(current)) {
                return true;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return false;
    }

    /** EclipseLink's {@code verifyOpen} of a closed factory. */
    private static boolean thrownByFactory(Throwable exception) {
        StackTraceElement[] stack = exception.getStackTrace();
        return stack.length > 0 && FACTORY.equals(stack[0].getClassName());
    }
}
