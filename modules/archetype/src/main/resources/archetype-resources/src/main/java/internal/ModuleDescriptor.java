package ${package}.internal;

import org.atriumcrm.core.spi.BaseCrmModule;
import org.atriumcrm.core.spi.CrmModule;
import org.osgi.service.component.annotations.Component;

/**
 * Tells Atrium the module is here: it shows in /api/modules and atrium:modules while this service is registered.
 * Its section, named after the module, is what roles grant; {@code BaseCrmModule} lets sales and service
 * read and write it and marketing read it (override {@code sections()} to say otherwise).
 */
@Component(service = CrmModule.class, property = CrmModule.PROP_ID + "=" + ModuleDescriptor.ID)
public class ModuleDescriptor extends BaseCrmModule {

    /** The module id: REST path segment, section, table prefix, console scope, feature atrium-${moduleId}. */
    public static final String ID = "${moduleId}";

    public ModuleDescriptor() {
        super(ID, "${moduleName}", "${moduleName} for Atrium CRM.");
    }
}
