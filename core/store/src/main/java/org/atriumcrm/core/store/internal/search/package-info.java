/**
 * Finding clients: the list query with its filters and keyset order ({@code ClientFinder}), free
 * text search over stored search keys ({@code ClientSearch}, {@code SearchTerms}, {@code KeyRange}),
 * and the keys a client write stores for it ({@code SearchKeys}). Internal to the bundle.
 */
package org.atriumcrm.core.store.internal.search;
