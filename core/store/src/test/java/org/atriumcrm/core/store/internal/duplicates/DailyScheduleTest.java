package org.atriumcrm.core.store.internal.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class DailyScheduleTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Test
    void runsTodayWhenTheHourIsAheadAndTomorrowWhenItHasPassed() {
        ZonedDateTime morning = ZonedDateTime.of(2026, 5, 4, 1, 30, 0, 0, MADRID);
        assertEquals(Duration.ofMinutes(90), DailySchedule.untilNext(3, morning));

        ZonedDateTime afternoon = ZonedDateTime.of(2026, 5, 4, 15, 0, 0, 0, MADRID);
        assertEquals(Duration.ofHours(12), DailySchedule.untilNext(3, afternoon));
    }

    @Test
    void atTheHourItselfTheNextRunIsTomorrow() {
        ZonedDateTime three = ZonedDateTime.of(2026, 5, 4, 3, 0, 0, 0, MADRID);
        assertEquals(Duration.ofDays(1), DailySchedule.untilNext(3, three));
    }

    @Test
    void theNightTheClocksGoForwardTheScanStillRunsAtTheHourTheClockShows() {
        // 29 March 2026: in Madrid 02:00 becomes 03:00
        ZonedDateTime evening = ZonedDateTime.of(2026, 3, 28, 23, 0, 0, 0, MADRID);
        ZonedDateTime next = evening.plus(DailySchedule.untilNext(4, evening));
        assertEquals(4, next.getHour());
        assertEquals(29, next.getDayOfMonth());
        assertEquals(Duration.ofHours(4), DailySchedule.untilNext(4, evening));
    }
}
