/**
 * Tasks: the entity, its checks, {@code JpaTaskService}, and the reminders sent when a task falls
 * due. Internal to the bundle.
 */
package org.atriumcrm.core.store.internal.tasks;
