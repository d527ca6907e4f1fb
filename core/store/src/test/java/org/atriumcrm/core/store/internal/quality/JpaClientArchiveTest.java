package org.atriumcrm.core.store.internal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.StatusChange;
import org.junit.jupiter.api.Test;

class JpaClientArchiveTest {

    private static final Instant START = Instant.parse("2024-01-10T09:00:00Z");

    private static StatusChange change(LifecycleStatus from, LifecycleStatus to, int day) {
        return new StatusChange("s" + day, "c", from, to, START.plusSeconds(day * 86_400L), "u");
    }

    @Test
    void restoringPutsBackTheStatusBeforeTheLastArchive() {
        List<StatusChange> history = List.of(change(null, LifecycleStatus.LEAD, 0), change(LifecycleStatus.LEAD,
                LifecycleStatus.ACTIVE, 1), change(LifecycleStatus.ACTIVE, LifecycleStatus.ARCHIVED, 2),
                change(LifecycleStatus.ARCHIVED, LifecycleStatus.ACTIVE, 3), change(LifecycleStatus.ACTIVE,
                        LifecycleStatus.REGULAR, 4), change(LifecycleStatus.REGULAR, LifecycleStatus.ARCHIVED, 5));
        assertEquals(LifecycleStatus.REGULAR, JpaClientArchive.statusBeforeArchive(history));
    }

    @Test
    void aClientArchivedFromTheStartComesBackAsALead() {
        assertEquals(LifecycleStatus.LEAD, JpaClientArchive.statusBeforeArchive(List.of(change(null, LifecycleStatus.ARCHIVED, 0))));
        assertEquals(LifecycleStatus.LEAD, JpaClientArchive.statusBeforeArchive(List.of()));
    }
}
