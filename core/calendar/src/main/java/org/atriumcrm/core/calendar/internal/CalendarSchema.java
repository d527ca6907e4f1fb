package org.atriumcrm.core.calendar.internal;

import org.atriumcrm.core.api.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code atr_cal_} tables, brought up to date from {@code db/migration/calendar} before anything touches them. */
@Component(service = CalendarSchema.class)
public class CalendarSchema {

    public static final String UNIT_FILTER = "(osgi.unit.name=atrium-calendar)";

    @Activate
    public CalendarSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate(context.getBundle(), "calendar");
    }
}
