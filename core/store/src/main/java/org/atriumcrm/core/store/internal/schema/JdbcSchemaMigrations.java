package org.atriumcrm.core.store.internal.schema;

import java.io.IOException;
import java.net.URL;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.atriumcrm.core.api.SchemaMigrations;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Runs the migration scripts of core and of every module bundle on the Atrium datasource. */
@Component(service = SchemaMigrations.class)
public class JdbcSchemaMigrations implements SchemaMigrations {

    public static final String DATASOURCE_FILTER = "(osgi.jndi.service.name=atrium)";
    private static final Pattern COMPONENT = Pattern.compile("[a-z][a-z0-9_-]{0,49}");

    /** The versions of a component that are Java, beside its SQL scripts. */
    private static final Map<String, List<MigrationRunner.Script>> JAVA_STEPS = Map.of(
            CoreSchema.COMPONENT, List.of(NamePairBackfill.SCRIPT));

    private final MigrationRunner runner;

    @Activate
    public JdbcSchemaMigrations(@Reference(target = DATASOURCE_FILTER) DataSource dataSource) {
        this.runner = new MigrationRunner(dataSource);
    }

    /** One at a time: a module re-installed while its first migration runs must not apply a script twice. */
    @Override
    public synchronized int migrate(Bundle bundle, String component) {
        if (!COMPONENT.matcher(component).matches()) {
            throw new IllegalArgumentException("Component name " + component + " is not lower-case letters, digits, - or _");
        }
        try {
            return runner.migrate(component, scripts(bundle, component));
        } catch (SQLException | IOException | RuntimeException e) {
            throw new SchemaMigrationException("Schema of " + component + " from " + bundle.getSymbolicName()
                    + " could not be brought up to date: " + e.getMessage(), e);
        }
    }

    private static List<MigrationRunner.Script> scripts(Bundle bundle, String component) {
        List<MigrationRunner.Script> scripts = new ArrayList<>(JAVA_STEPS.getOrDefault(component, List.of()));
        String folder = SCRIPT_FOLDER + component;
        Enumeration<URL> entries = bundle.findEntries(folder, "V*.sql", false);
        while (entries != null && entries.hasMoreElements()) {
            scripts.add(MigrationRunner.Script.of(entries.nextElement()));
        }
        return scripts;
    }
}
