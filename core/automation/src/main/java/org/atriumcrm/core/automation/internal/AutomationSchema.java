package org.atriumcrm.core.automation.internal;

import org.atriumcrm.core.api.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code atr_auto_} tables (rules, runs and the scheduler's job store), brought up to date from
 * {@code db/migration/automation} before anything here touches them.
 */
@Component(service = AutomationSchema.class)
public class AutomationSchema {

    public static final String UNIT_FILTER = "(osgi.unit.name=atrium-automation)";

    @Activate
    public AutomationSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate(context.getBundle(), "automation");
    }
}
