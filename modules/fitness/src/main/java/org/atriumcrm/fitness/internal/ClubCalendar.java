package org.atriumcrm.fitness.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The club's days: "today" and day boundaries are in the server's time zone; times are stored as
 * UTC {@link LocalDateTime}s.
 */
final class ClubCalendar {

    private final Clock clock;

    ClubCalendar(Clock clock) {
        this.clock = clock;
    }

    static ClubCalendar system() {
        return new ClubCalendar(Clock.systemDefaultZone());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }

    ZoneId zone() {
        return clock.getZone();
    }

    /** The club's day a moment falls on. */
    LocalDate dayOf(Instant moment) {
        return LocalDate.ofInstant(moment, clock.getZone());
    }

    /** The first moment of a club day, as stored (UTC). */
    LocalDateTime startOf(LocalDate day) {
        return utc(day.atStartOfDay(clock.getZone()).toInstant());
    }

    static LocalDateTime utc(Instant moment) {
        return LocalDateTime.ofInstant(moment, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }
}
