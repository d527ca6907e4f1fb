package org.atriumcrm.fitness.internal;

import org.atriumcrm.core.api.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's tables, brought up to date from db/migration/fitness when the module starts.
 * Everything that reads or writes them references this component, so it waits for the migration.
 */
@Component(service = ModuleSchema.class)
public class ModuleSchema {

    @Activate
    public ModuleSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate(context.getBundle(), ModuleDescriptor.ID);
    }
}
