/**
 * Data quality of stored clients: bad data ({@code JpaQualityIssues}), dead souls and the archive
 * ({@code JpaClientArchive}), what a merge keeps and moves ({@code MergedDraft}, {@code MergedIds},
 * {@code ClientMergeRows}), and the one-off backfill of derived rows for clients stored before their
 * table existed. Internal to the bundle.
 */
package org.atriumcrm.core.store.internal.quality;
