/**
 * Records found by their dates for time-based automation: {@code JpaDateQueries} walks the open deals
 * by when they entered their stage, the contacts by birthday and the clients' DATE custom values by
 * date, on their indexes. Internal to the bundle.
 */
package org.atriumcrm.core.store.internal.dates;
