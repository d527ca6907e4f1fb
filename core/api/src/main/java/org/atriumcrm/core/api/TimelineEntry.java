package org.atriumcrm.core.api;

import java.time.Instant;

/**
 * One thing that happened with a client, as the timeline shows it.
 *
 * @param id       unique within its kind; with {@code at} it orders the timeline
 * @param kind     {@code activity}, {@code task}, {@code stage-change}, {@code status-change}, or a
 *                 module's own, prefixed with its id ({@code fitness.visit})
 * @param recordId the record to open for details (an activity, a task, an opportunity …)
 * @param source   {@code core} or the module id; a module's entries show to those who may read its
 *                 section of the same id
 */
public record TimelineEntry(String id, String clientId, String kind, Instant at, String title, String summary,
                            String recordId, String source) {

    /** The {@code source} of core's own entries. */
    public static final String CORE = "core";
    /** An activity; {@code recordId} is the activity's id. */
    public static final String ACTIVITY = "activity";
    /** A task; {@code recordId} is the task's id. */
    public static final String TASK = "task";
    /** An opportunity moved to a stage; {@code recordId} is the opportunity's id. */
    public static final String STAGE_CHANGE = "stage-change";
    /** The client's lifecycle status changed; {@code recordId} is the client's id. */
    public static final String STATUS_CHANGE = "status-change";
}
