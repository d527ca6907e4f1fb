package org.atriumcrm.core.spi;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Marks an installed module. A module registers one as a service; core lists it in
 * {@code /api/modules} while the service is there, and forgets it when it goes.
 * Register it with the {@link #PROP_ID} service property so others can filter by module.
 */
@ConsumerType
public interface CrmModule {

    /** Service property with the module id, e.g. {@code atrium.module.id=fitness}. */
    String PROP_ID = "atrium.module.id";

    /** Short stable id, lower case, also the REST path segment: {@code fitness}. */
    String id();

    /** Human name: {@code Fitness club}. */
    String name();

    /** The module's version, usually its bundle version. */
    String version();

    /** One sentence on what the module adds. */
    String description();

    /** The sections roles grant access to, usually one named after the module; none by default. */
    default List<Section> sections() {
        return List.of();
    }
}
