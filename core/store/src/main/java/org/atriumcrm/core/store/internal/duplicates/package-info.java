/**
 * Duplicates: the match keys stored for every client ({@code ClientMatchKeys}, {@code MatchKeyTable}),
 * match scores, and the daily scan of the whole base into probable duplicate groups
 * ({@code JpaDuplicateGroups}). Internal to the bundle.
 */
package org.atriumcrm.core.store.internal.duplicates;
