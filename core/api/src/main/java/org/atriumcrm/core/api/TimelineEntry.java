package org.atriumcrm.core.api;

import java.time.Instant;

/**
 * One thing that happened with a client, as the timeline shows it.
 *
 * @param id       unique within its kind; with {@code at} it orders the timeline
 * @param kind     {@code activity}, {@code task}, {@code stage-change}, {@code status-change}, or a
 *                 module's own, prefixed with its id ({@code fitness.visit})
 * @param recordId the record to open for details (an activity, a task, an opportunity …)
 * @param source   {@code core} or the module id
 */
public record TimelineEntry(String id, String clientId, String kind, Instant at, String title, String summary,
                            String recordId, String source) {
}
