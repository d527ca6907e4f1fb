package org.atriumcrm.fitness.internal;

import org.atriumcrm.core.spi.BaseCrmModule;
import org.atriumcrm.core.spi.CrmModule;
import org.osgi.service.component.annotations.Component;

/**
 * Tells Atrium the fitness module is here. Its one section, {@code fitness}, is what roles grant:
 * sales and service read and write it, marketing reads it.
 */
@Component(service = CrmModule.class, property = CrmModule.PROP_ID + "=" + ModuleDescriptor.ID)
public class ModuleDescriptor extends BaseCrmModule {

    /** The module id: REST path segment, section, migration folder, feature atrium-fitness. */
    public static final String ID = "fitness";

    public ModuleDescriptor() {
        super(ID, "Fitness club", "Membership plans, memberships with freezes and renewals, check-ins from the access-control system, "
                + "classes and trainers, members' lifecycle stages and renewal statistics.");
    }
}
