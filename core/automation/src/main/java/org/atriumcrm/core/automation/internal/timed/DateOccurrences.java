package org.atriumcrm.core.automation.internal.timed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a date is reached with an offset, and which dates to look for to find those reached in a window
 * of days. Once: the day {@code date + offset}. Yearly: in each year after the date's own, its
 * anniversary plus the offset, so a birthday with -14 is reached two weeks before each birthday
 * (over the year's end when the birthday is early in January). A 29 February is kept on the 28th in
 * the years without one.
 */
public final class DateOccurrences {

    /** Dates before this year are not looked for: no one alive was born before it. */
    static final int EARLIEST_YEAR = 1900;

    /** A range of dates, both ends included. */
    public record Range(LocalDate from, LocalDate to) {
    }

    private DateOccurrences() {
    }

    /** The day in {@code from..to} on which the date is reached, if it is reached in it. */
    public static Optional<LocalDate> reachedWithin(LocalDate date, int offsetDays, boolean yearly, LocalDate from, LocalDate to) {
        if (!yearly) {
            LocalDate day = date.plusDays(offsetDays);
            return day.isBefore(from) || day.isAfter(to) ? Optional.empty() : Optional.of(day);
        }
        // the anniversaries whose day (with the offset) can fall in the window
        int first = Math.max(date.getYear() + 1, from.minusDays(offsetDays).getYear());
        int last = to.minusDays(offsetDays).getYear();
        for (int year = first; year <= last; year++) {
            LocalDate day = date.withYear(year).plusDays(offsetDays);
            if (!day.isBefore(from) && !day.isAfter(to)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /**
     * Ranges of dates that hold every date reached in {@code from..to} (and some more, which
     * {@link #reachedWithin} leaves out): once, one range; yearly, one per year of birth since
     * {@link #EARLIEST_YEAR}, so each is a short walk on an index of dates.
     */
    public static List<Range> candidates(int offsetDays, boolean yearly, LocalDate from, LocalDate to) {
        LocalDate start = from.minusDays(offsetDays);
        LocalDate end = to.minusDays(offsetDays);
        if (!yearly) {
            return List.of(new Range(start, end));
        }
        List<Range> ranges = new ArrayList<>();
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            // the window's part in this year of anniversaries
            LocalDate partFrom = year == start.getYear() ? start : LocalDate.of(year, 1, 1);
            LocalDate partTo = year == end.getYear() ? end : LocalDate.of(year, 12, 31);
            for (int born = EARLIEST_YEAR; born < year; born++) {
                // a day wider at each end: a 29 February of a leap year has its anniversary on the 28th
                ranges.add(new Range(partFrom.withYear(born).minusDays(1), partTo.withYear(born).plusDays(1)));
            }
        }
        return ranges;
    }
}
