package org.atriumcrm.core.spi;

import java.time.Instant;
import java.util.List;

import org.atriumcrm.core.api.TimelineEntry;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Contributes entries to clients' timelines (visits, registrations, calls …). Core merges every
 * source's entries by time; a source only answers for its own records.
 */
@ConsumerType
public interface TimelineSource {

    /**
     * The client's newest entries strictly before a position, newest first.
     *
     * @param before   {@code null} for the newest; otherwise entries with {@code at} before it,
     *                 or equal to it and {@code id} lower than {@code beforeId}
     * @param limit    at most this many
     */
    List<TimelineEntry> entries(String clientId, Instant before, String beforeId, int limit);
}
