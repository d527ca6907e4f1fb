package org.atriumcrm.core.spi;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a user should do now, as a {@link NextActionSource} offers it: a task due, a birthday
 * to congratulate, a deal to move, a member to call.
 *
 * @param source     {@code core} or the module id; a module's items show to those who read its section
 *                   of the same id
 * @param id         stable for one occurrence within its source (a task, a contact's birthday this year,
 *                   a membership's end): what a user's "done" and "snooze" are kept by
 * @param kind       one of the constants here for core's, or a module's own prefixed with its id
 *                   ({@code fitness.declining}); the list is ordered by kind, core's first
 * @param title      in English; core's REST API answers it in the caller's language from {@code code} and
 *                   {@code arguments} when a translation knows the code
 * @param recordType what the item links to: {@code task}, {@code activity}, {@code client},
 *                   {@code opportunity}, or a module's record type
 * @param recordId   the id of that record
 * @param at         when it is due or happens (a task's due time, a meeting's time, the day's start for
 *                   a birthday, when a deal entered its stage, a membership's end)
 * @param clientId   the client it is about, {@code null} for none; core shows it only to callers who
 *                   reach that client
 * @param code       what the title says, for translations ({@code nextAction.birthday}); {@code null}:
 *                   the title is the record's own text and is shown as it is
 * @since 1.7
 */
public record NextAction(String source, String id, String kind, String title, String recordType, String recordId,
                         Instant at, String clientId, String code, Map<String, Object> arguments) {

    /** The {@code source} of core's own items. */
    public static final String CORE = "core";
    /** An open task whose due time has passed. */
    public static final String OVERDUE_TASK = "task.overdue";
    /** An open task due later today. */
    public static final String TODAY_TASK = "task.today";
    /** A meeting (an activity of type {@code meeting}) of the user today. */
    public static final String TODAY_MEETING = "meeting.today";
    /** A contact of one of the user's clients has a birthday today. */
    public static final String BIRTHDAY = "birthday";
    /** One of the user's open deals has sat in its stage past the stage's limit. */
    public static final String STUCK_DEAL = "deal.stuck";
    /** A web form submission about one of the user's clients nobody has answered yet. */
    public static final String WEB_LEAD = "lead.web";

    public NextAction {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        arguments = arguments == null || arguments.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /** The item's key across all sources, as the REST API names it: source and id. */
    public String key() {
        return source + ":" + id;
    }
}
