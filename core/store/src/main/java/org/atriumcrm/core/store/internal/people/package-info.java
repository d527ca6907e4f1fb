/**
 * Users, roles with their grants, and the audit trail of every change ({@code JpaAuditTrail},
 * {@code RecordChanges}). Internal to the bundle.
 */
package org.atriumcrm.core.store.internal.people;
