package org.atriumcrm.core.automation.internal.timed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.atriumcrm.core.api.ClientDate;
import org.atriumcrm.core.api.StageChange;
import org.junit.jupiter.api.Test;

class DateOccurrencesTest {

    private static Optional<LocalDate> reachedOn(LocalDate date, int offset, boolean yearly, LocalDate day) {
        return DateOccurrences.reachedWithin(date, offset, yearly, day, day);
    }

    @Test
    void aBirthdayOn29FebruaryIsKeptOnThe28thInYearsWithoutOne() {
        LocalDate born = LocalDate.of(1992, 2, 29);
        assertEquals(Optional.of(LocalDate.of(2027, 2, 28)), reachedOn(born, 0, true, LocalDate.of(2027, 2, 28)));
        assertEquals(Optional.empty(), reachedOn(born, 0, true, LocalDate.of(2027, 3, 1)));
        assertEquals(Optional.of(LocalDate.of(2028, 2, 29)), reachedOn(born, 0, true, LocalDate.of(2028, 2, 29)));
        assertEquals(Optional.empty(), reachedOn(born, 0, true, LocalDate.of(2028, 2, 28)));
        // a week before: 21 February in a common year, 22 February in a leap one
        assertEquals(Optional.of(LocalDate.of(2027, 2, 21)), reachedOn(born, -7, true, LocalDate.of(2027, 2, 21)));
        assertEquals(Optional.of(LocalDate.of(2028, 2, 22)), reachedOn(born, -7, true, LocalDate.of(2028, 2, 22)));
    }

    @Test
    void anOffsetCrossesTheYearsEnd() {
        LocalDate born = LocalDate.of(1985, 1, 5);
        // 14 days before the birthday of 2027 is in December 2026
        assertEquals(Optional.of(LocalDate.of(2026, 12, 22)), reachedOn(born, -14, true, LocalDate.of(2026, 12, 22)));
        assertEquals(Optional.empty(), reachedOn(born, -14, true, LocalDate.of(2027, 12, 21)));
        // 30 days after a birthday at the end of December is in the next January
        assertEquals(Optional.of(LocalDate.of(2027, 1, 29)), reachedOn(LocalDate.of(1970, 12, 30), 30, true, LocalDate.of(2027, 1, 29)));
        // once: the date itself plus the offset, whatever the year
        assertEquals(Optional.of(LocalDate.of(2027, 1, 2)), reachedOn(LocalDate.of(2026, 12, 19), 14, false, LocalDate.of(2027, 1, 2)));
        assertEquals(Optional.empty(), reachedOn(LocalDate.of(2026, 12, 19), 14, false, LocalDate.of(2028, 1, 2)));
    }

    @Test
    void aYearlyDateIsReachedInTheYearsAfterItsOwnAndADayOfCatchUpFindsIt() {
        LocalDate signed = LocalDate.of(2026, 6, 10);
        assertEquals(Optional.empty(), reachedOn(signed, 0, true, signed));
        assertEquals(Optional.of(LocalDate.of(2027, 6, 10)), reachedOn(signed, 0, true, LocalDate.of(2027, 6, 10)));
        // Atrium was down on the day: the sweep two days later still finds it, once, on its day
        assertEquals(Optional.of(LocalDate.of(2027, 6, 10)),
                DateOccurrences.reachedWithin(signed, 0, true, LocalDate.of(2027, 6, 5), LocalDate.of(2027, 6, 12)));
    }

    @Test
    void theCandidatesHoldEveryDateReachedInTheWindow() {
        Random random = new Random(20261202);
        for (int i = 0; i < 20_000; i++) {
            LocalDate date = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(46_000));
            int offset = random.nextInt(61) - 30;
            boolean yearly = random.nextBoolean();
            LocalDate from = LocalDate.of(2026, 12, 1).plusDays(random.nextInt(120));
            LocalDate to = from.plusDays(random.nextInt(8));
            if (DateOccurrences.reachedWithin(date, offset, yearly, from, to).isPresent()) {
                List<DateOccurrences.Range> ranges = DateOccurrences.candidates(offset, yearly, from, to);
                assertTrue(ranges.stream().anyMatch(range -> !date.isBefore(range.from()) && !date.isAfter(range.to())),
                        date + " reached in " + from + ".." + to + " with " + offset + (yearly ? " yearly" : ""));
            }
        }
    }

    @Test
    void aDealBackInAStageItLeftIsANewOccurrenceAndTheSameEntryIsOne() {
        StageChange first = new StageChange("e1", "deal", "client", null, "qualify", "Qualify", null, null);
        StageChange reentered = new StageChange("e3", "deal", "client", "propose", "qualify", "Qualify", null, null);
        String key = TimeTriggerSweep.stuckOccurrence(first);
        assertEquals(key, TimeTriggerSweep.stuckOccurrence(first));
        assertTrue(!key.equals(TimeTriggerSweep.stuckOccurrence(reentered)));
    }

    @Test
    void eachContactsBirthdayAndEachYearIsAnOccurrenceOfItsOwn() {
        ClientDate ana = new ClientDate("client", "ana", LocalDate.of(1990, 3, 4));
        ClientDate boris = new ClientDate("client", "boris", LocalDate.of(1990, 3, 4));
        String anaIn2027 = TimeTriggerSweep.dateOccurrence("birthday", ana, LocalDate.of(2027, 3, 4));
        assertTrue(!anaIn2027.equals(TimeTriggerSweep.dateOccurrence("birthday", boris, LocalDate.of(2027, 3, 4))));
        assertTrue(!anaIn2027.equals(TimeTriggerSweep.dateOccurrence("birthday", ana, LocalDate.of(2028, 3, 4))));
        assertEquals(anaIn2027, TimeTriggerSweep.dateOccurrence("birthday", ana, LocalDate.of(2027, 3, 4)));
    }
}
