package org.atriumcrm.core.api;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * Brings a bundle's tables up to date with its ordered SQL scripts, on the one Atrium database.
 * A module calls it when its schema component activates, before anything reads its tables:
 * <pre>
 * &#64;Activate
 * public LoyaltySchema(&#64;Reference SchemaMigrations migrations, BundleContext context) {
 *     migrations.migrate(context.getBundle(), "loyalty");
 * }
 * </pre>
 * Scripts are {@code db/migration/<component>/V001__description.sql}, {@code V002__…} in the bundle.
 * Each runs once, in one transaction together with the row recording it, so a failed upgrade
 * leaves the previous schema in place. A released script is never edited; a change is a new one.
 * Tables of a module carry its prefix ({@code fit_}, {@code rea_}); removing the module leaves them.
 */
@ProviderType
public interface SchemaMigrations {

    /** Where a component's scripts live in its bundle. */
    String SCRIPT_FOLDER = "db/migration/";

    /**
     * Applies the scripts of {@code component} found in {@code bundle} that are not applied yet.
     *
     * @return how many scripts were applied now
     * @throws SchemaMigrationException when a script fails; its transaction is rolled back
     */
    int migrate(Bundle bundle, String component);

    /** A script failed, or the database could not be reached. */
    class SchemaMigrationException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public SchemaMigrationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
