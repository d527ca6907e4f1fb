package org.atriumcrm.core.calendar.internal.feed;

import java.time.Instant;

/** Whether a user has a live feed, since when, and when a calendar last read it; never its secret. */
public record Feed(boolean active, Instant createdAt, Instant lastUsedAt) {
}
