package org.atriumcrm.core.security.internal;

import org.atriumcrm.core.api.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code sec_} tables, brought up to date from {@code db/migration/security} before anything here touches them. */
@Component(service = SecuritySchema.class)
public class SecuritySchema {

    static final String UNIT_FILTER = "(osgi.unit.name=atrium-security)";

    @Activate
    public SecuritySchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate(context.getBundle(), "security");
    }
}
