package org.atriumcrm.fitness.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import org.apache.aries.jpa.template.JpaTemplate;
import org.atriumcrm.core.api.RecordNotFoundException;

/**
 * While the module is being removed, core keeps serving its resources for a moment after their
 * services went (it swaps its JAX-RS application after a short pause), but the persistence unit is
 * closed already. A call in that moment is answered as the removed module's: 404, not a failure.
 */
final class UnitGuard {

    private UnitGuard() {
    }

    /** The template, whose calls on a closed persistence unit throw {@link RecordNotFoundException} for the module. */
    static JpaTemplate guard(JpaTemplate jpa) {
        return (JpaTemplate) Proxy.newProxyInstance(UnitGuard.class.getClassLoader(), new Class<?>[] {JpaTemplate.class},
                (proxy, method, arguments) -> {
                    try {
                        return method.invoke(jpa, arguments);
                    } catch (InvocationTargetException e) {
                        throw closedUnit(e.getCause()) ? new RecordNotFoundException("Module", ModuleDescriptor.ID) : e.getCause();
                    }
                });
    }

    /** Whether a failure is that of a closed EntityManagerFactory (EclipseLink says so in an IllegalStateException). */
    static boolean closedUnit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).contains("closed EntityManagerFactory")) {
                return true;
            }
        }
        return false;
    }
}
