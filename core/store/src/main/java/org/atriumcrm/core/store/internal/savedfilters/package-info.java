/**
 * Saved client list filters: each user's own, optionally shared with everyone, stored with the
 * list's filters, free text and order ({@code SavedFilterEntity}); checked like a list request
 * ({@code SavedFilterChecks}); and whether a client is in a saved filter's list, found by the
 * client list's own query ({@code JpaSavedFilterService#matches}). Internal to the bundle.
 */
package org.atriumcrm.core.store.internal.savedfilters;
