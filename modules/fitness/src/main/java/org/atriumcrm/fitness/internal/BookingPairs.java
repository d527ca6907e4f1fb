package org.atriumcrm.fitness.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

/**
 * The bookings two merging clients hold of the same class: one person has one place in a class, so
 * one booking of each pair stays with the survivor. The one kept says most about the person: a
 * marked attendance (attended, then no-show) over an open booking, an open booking over a
 * cancelled one; the survivor's on a tie.
 */
final class BookingPairs {

    private BookingPairs() {
    }

    /** The booking of each pair that goes, the survivor's or the merged client's. */
    static List<BookingEntity> dropped(EntityManager em, String survivorClientId, String mergedClientId) {
        List<BookingEntity> bookings = em.createQuery("SELECT b FROM BookingEntity b WHERE b.clientId IN (:survivor, :merged)"
                        + " ORDER BY b.classId", BookingEntity.class)
                .setParameter("survivor", survivorClientId).setParameter("merged", mergedClientId).getResultList();
        Map<String, BookingEntity> survivors = new HashMap<>();
        for (BookingEntity booking : bookings) {
            if (booking.clientId().equals(survivorClientId)) {
                survivors.put(booking.classId(), booking);
            }
        }
        List<BookingEntity> dropped = new ArrayList<>();
        for (BookingEntity merged : bookings) {
            BookingEntity survivor = survivors.get(merged.classId());
            if (merged.clientId().equals(mergedClientId) && survivor != null) {
                dropped.add(droppedOf(survivor, merged));
            }
        }
        return dropped;
    }

    /** Of two bookings of one class, the one that goes. */
    static BookingEntity droppedOf(BookingEntity survivor, BookingEntity merged) {
        return rank(merged.status()) > rank(survivor.status()) ? survivor : merged;
    }

    /** Higher says more about whether the person took the place. */
    private static int rank(BookingStatus status) {
        return switch (status) {
            case ATTENDED -> 3;
            case NO_SHOW -> 2;
            case BOOKED -> 1;
            case CANCELLED -> 0;
        };
    }
}
