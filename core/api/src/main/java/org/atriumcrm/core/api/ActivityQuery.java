package org.atriumcrm.core.api;

/** A page of activities, newest first; {@code null} filters do not filter. */
public record ActivityQuery(String clientId, String opportunityId, String type, String authorId, int limit, String after) {
}
