package org.atriumcrm.core.automation.internal.forms;

import org.atriumcrm.core.api.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code atr_auto_form*} tables, brought up to date from {@code db/migration/webforms} before forms are read. */
@Component(service = FormSchema.class)
public class FormSchema {

    @Activate
    public FormSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate(context.getBundle(), "webforms");
    }
}
