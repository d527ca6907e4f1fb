package org.atriumcrm.core.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.atriumcrm.core.api.security.Access;

/**
 * The section a JAX-RS resource class or method belongs to; the caller's roles must grant access
 * to it. The access needed follows the HTTP method (GET: read, DELETE: delete, others: write)
 * unless {@link #access()} says otherwise (a POST that only searches). On a method it overrides
 * the class. A resource without one is reachable by admins only.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresSection {

    /** Any signed-in user: their own session, the UI's module list, reference data. */
    String ANY_USER = "*";

    String value();

    /** The access needed, when not the HTTP method's. */
    Access[] access() default {};
}
