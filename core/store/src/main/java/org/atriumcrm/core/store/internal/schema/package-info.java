/**
 * The schema: {@code SchemaMigrations}, which runs the ordered SQL scripts of core
 * ({@code db/migration/core}) and of every module bundle, and {@code CoreSchema}, which core's
 * services reference so that they start only once core's tables are up to date. Internal to the
 * bundle.
 */
package org.atriumcrm.core.store.internal.schema;
