package org.atriumcrm.core.api;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing that happened with a client, as the timeline shows it.
 *
 * @param id        unique within its kind; with {@code at} it orders the timeline
 * @param kind      {@code activity}, {@code task}, {@code stage-change}, {@code status-change}, or a
 *                  module's own, prefixed with its id ({@code fitness.visit})
 * @param title     in English; core's REST API answers it in the caller's language, made from
 *                  {@code code} and {@code arguments} when a translation knows the code
 * @param recordId  the record to open for details (an activity, a task, an opportunity …)
 * @param source    {@code core} or the module id; a module's entries show to those who may read its
 *                  section of the same id
 * @param code      what the title says, for programs and translations ({@code timeline.status-change},
 *                  {@code fitness.visit}); a module's own codes start with its id. {@code null}: the
 *                  title is the record's own text (a task's title) and is shown as it is
 * @param arguments the values the title (and the summary, when the translation has
 *                  {@code <code>.summary}) names, e.g. {@code from} and {@code to} of a status change
 */
public record TimelineEntry(String id, String clientId, String kind, Instant at, String title, String summary,
                            String recordId, String source, String code, Map<String, Object> arguments) {

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

    public TimelineEntry {
        arguments = arguments == null || arguments.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /** An entry whose title is shown as it is, in every language. */
    public TimelineEntry(String id, String clientId, String kind, Instant at, String title, String summary,
                         String recordId, String source) {
        this(id, clientId, kind, at, title, summary, recordId, source, null, Map.of());
    }

    /** The same entry with its title and summary in another language; code and arguments stay. */
    public TimelineEntry withTexts(String localTitle, String localSummary) {
        return new TimelineEntry(id, clientId, kind, at, localTitle, localSummary, recordId, source, code, arguments);
    }
}
