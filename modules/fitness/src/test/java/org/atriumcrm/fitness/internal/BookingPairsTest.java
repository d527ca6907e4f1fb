package org.atriumcrm.fitness.internal;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class BookingPairsTest {

    private static BookingEntity booking(String clientId, BookingStatus status) {
        BookingEntity booking = new BookingEntity(clientId + "-booking", "class-1", clientId, LocalDateTime.of(2026, 6, 1, 9, 0));
        booking.status(status);
        return booking;
    }

    @Test
    void anAttendanceBeatsAnOpenBookingWhoeverHoldsIt() {
        BookingEntity survivor = booking("survivor", BookingStatus.BOOKED);
        BookingEntity merged = booking("merged", BookingStatus.ATTENDED);
        assertSame(survivor, BookingPairs.droppedOf(survivor, merged));
        assertSame(merged, BookingPairs.droppedOf(booking("survivor", BookingStatus.ATTENDED), merged));
    }

    @Test
    void anOpenBookingBeatsACancelledOneAndANoShowBeatsAnOpenOne() {
        BookingEntity cancelled = booking("survivor", BookingStatus.CANCELLED);
        BookingEntity open = booking("merged", BookingStatus.BOOKED);
        assertSame(cancelled, BookingPairs.droppedOf(cancelled, open));
        BookingEntity noShow = booking("merged", BookingStatus.NO_SHOW);
        BookingEntity stillOpen = booking("survivor", BookingStatus.BOOKED);
        assertSame(stillOpen, BookingPairs.droppedOf(stillOpen, noShow));
    }

    @Test
    void onATieTheSurvivorKeepsItsOwn() {
        BookingEntity survivor = booking("survivor", BookingStatus.BOOKED);
        BookingEntity merged = booking("merged", BookingStatus.BOOKED);
        assertSame(merged, BookingPairs.droppedOf(survivor, merged));
    }
}
