package org.atriumcrm.core.store.internal.schema;

import org.atriumcrm.core.api.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The core tables, brought up to date from {@code db/migration/core} before any core service
 * starts: services that touch the database reference this component.
 */
@Component(service = CoreSchema.class)
public class CoreSchema {

    static final String COMPONENT = "core";

    @Activate
    public CoreSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate(context.getBundle(), COMPONENT);
    }
}
