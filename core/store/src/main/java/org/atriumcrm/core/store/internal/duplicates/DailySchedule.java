package org.atriumcrm.core.store.internal.duplicates;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** A job run once a day at a whole hour of the server's local time. */
final class DailySchedule {

    private DailySchedule() {
    }

    /** How long from {@code now} until the next {@code hour}:00, today's if still ahead, else tomorrow's. */
    static Duration untilNext(int hour, ZonedDateTime now) {
        ZonedDateTime next = at(now.toLocalDate(), hour, now);
        if (!next.isAfter(now)) {
            next = at(now.toLocalDate().plusDays(1), hour, now);
        }
        return Duration.between(now, next);
    }

    // through the local date, so that a day with a clock change still runs at the hour the clock shows
    private static ZonedDateTime at(LocalDate day, int hour, ZonedDateTime zoneOf) {
        return day.atTime(hour, 0).atZone(zoneOf.getZone());
    }
}
