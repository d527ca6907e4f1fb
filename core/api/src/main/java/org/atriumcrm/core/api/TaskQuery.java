package org.atriumcrm.core.api;

import java.time.Instant;

/**
 * A page of tasks by due time, earliest first; {@code null} filters do not filter.
 *
 * @param dueBefore only tasks due strictly before this instant
 * @param open      {@code true} only OPEN and IN_PROGRESS tasks, {@code false} only finished ones
 */
public record TaskQuery(String assigneeId, String clientId, Boolean open, Instant dueBefore, int limit, String after) {
}
