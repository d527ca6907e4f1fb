package org.atriumcrm.core.spi;

/**
 * How a bundle publishes JAX-RS resources under {@code /api}: register the annotated resource
 * object as an OSGi service with the property {@code atrium.rest=true}. Core picks it up and
 * drops it at runtime without failing requests in flight. Module paths start with the module id.
 */
public final class RestResource {

    /** Service property marking a JAX-RS resource, provider or exception mapper. */
    public static final String PROPERTY = "atrium.rest";

    /** {@link #PROPERTY}{@code =true}, ready for {@code @Component(property = …)}. */
    public static final String ENABLED = PROPERTY + "=true";

    /** LDAP filter matching such services. */
    public static final String FILTER = "(" + ENABLED + ")";

    private RestResource() {
    }
}
