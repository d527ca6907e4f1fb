package org.atriumcrm.core.api;

import java.time.Instant;

/**
 * One step of a client's lifecycle.
 *
 * @param from {@code null} for the status the client was created with
 * @param by   who made the change, {@code null} when unknown
 */
public record StatusChange(String id, String clientId, LifecycleStatus from, LifecycleStatus to, Instant at, String by) {
}
