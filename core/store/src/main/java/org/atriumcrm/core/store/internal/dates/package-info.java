/**
 * Records found by their dates for time-based automation: {@code JpaDateQueries} walks the stage
 * changes by time and the contacts' birthdays and clients' DATE custom values by date, on their indexes.
 * Internal to the bundle.
 */
package org.atriumcrm.core.store.internal.dates;
