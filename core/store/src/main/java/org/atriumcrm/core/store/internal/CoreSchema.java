package org.atriumcrm.core.store.internal;

import java.io.IOException;
import java.net.URL;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import javax.sql.DataSource;

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
    static final String DATASOURCE_FILTER = "(osgi.jndi.service.name=atrium)";
    private static final String SCRIPTS = "db/migration/core";

    @Activate
    public CoreSchema(@Reference(target = DATASOURCE_FILTER) DataSource dataSource, BundleContext context)
            throws SQLException, IOException {
        new SchemaMigrations(dataSource).migrate(COMPONENT, scripts(context));
    }

    private static List<SchemaMigrations.Script> scripts(BundleContext context) {
        List<SchemaMigrations.Script> scripts = new ArrayList<>();
        Enumeration<URL> entries = context.getBundle().findEntries(SCRIPTS, "V*.sql", false);
        while (entries != null && entries.hasMoreElements()) {
            scripts.add(SchemaMigrations.Script.of(entries.nextElement()));
        }
        return scripts;
    }
}
