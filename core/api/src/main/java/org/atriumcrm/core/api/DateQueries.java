package org.atriumcrm.core.api;

import java.time.Instant;
import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Records found by their dates, for what happens when a time comes (a deal left in its stage, a
 * birthday): every query walks an index over the range asked for, a page at a time. It reads as the
 * system, for every client.
 *
 * @since 1.6
 */
@ProviderType
public interface DateQueries {

    /** The field of {@link #clientDates} that names a contact's birthday. */
    String BIRTHDAY = "birthday";
    /** The start of a field of {@link #clientDates} that names a DATE custom field of clients. */
    String CUSTOM_FIELD_PREFIX = "customFields.";

    /**
     * The stage entries of open opportunities that are still in the stage entered, entered after
     * {@code enteredAfter} (exclusive, {@code null}: from the first) and at or before {@code enteredUntil},
     * oldest first. Each entry has an id of its own: a deal that comes back to a stage enters it anew.
     *
     * @param after the {@link Page#next()} of the previous page, or {@code null}
     * @throws ValidationException naming {@code limit} or {@code after}
     */
    Page<StageChange> currentStageEntries(Instant enteredAfter, Instant enteredUntil, int limit, String after);

    /**
     * The clients whose {@code field} is a date from {@code from} to {@code to}, both included, by date:
     * {@link #BIRTHDAY} (one item per contact born then) or {@code customFields.<key>} of a DATE field.
     *
     * @throws ValidationException naming {@code field} (not a date field of clients), {@code limit} or {@code after}
     */
    Page<ClientDate> clientDates(String field, LocalDate from, LocalDate to, int limit, String after);
}
