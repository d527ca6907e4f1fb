/**
 * "What to do now": {@code JpaNextActions} merges every {@code NextActionSource}'s items in one order
 * ({@code NextActionOrder}), keeps each user's done and snoozed items ({@code NextActionMarkEntity},
 * {@code Marks}) and shows only what the caller reaches; {@code TaskNextActions} is core's source of
 * overdue and today's tasks and today's meetings. Internal to the bundle.
 */
package org.atriumcrm.core.store.internal.nextactions;
