package org.atriumcrm.core.mail.internal;

import org.atriumcrm.core.api.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code atr_mail_} tables, brought up to date from {@code db/migration/mail} before anything touches them. */
@Component(service = MailSchema.class)
public class MailSchema {

    public static final String UNIT_FILTER = "(osgi.unit.name=atrium-mail)";

    @Activate
    public MailSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate(context.getBundle(), "mail");
    }
}
