package org.atriumcrm.core.store.internal.quality;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.stream.Stream;

import org.atriumcrm.core.api.LifecycleStatus;

/**
 * When a client is a dead soul: it is not archived, its last sign of life is older than
 * {@code inactiveMonths}, and it has at most {@code maxContactPoints} ways to reach it. A caller
 * who rang once as "Vasya from a trading company" and never again leaves exactly that behind.
 */
record DeadSoulRule(int inactiveMonths, int maxContactPoints) {

    static final int DEFAULT_INACTIVE_MONTHS = 12;
    static final int DEFAULT_MAX_CONTACT_POINTS = 1;

    DeadSoulRule {
        if (inactiveMonths < 0 || maxContactPoints < 0) {
            throw new IllegalArgumentException("months and contact points cannot be negative");
        }
    }

    /** A client whose last sign of life is before this moment has been inactive long enough. */
    LocalDateTime inactiveSince(LocalDateTime now) {
        return now.minusMonths(inactiveMonths);
    }

    boolean applies(Facts client, LocalDateTime now) {
        return client.status() != LifecycleStatus.ARCHIVED && client.lastSignOfLife().isBefore(inactiveSince(now))
                && client.contactPoints() <= maxContactPoints;
    }

    /**
     * What the rule looks at of one client; times in UTC, {@code null} where there is nothing.
     *
     * @param changedAt          the client's own last change
     * @param taxIdentifiedEntities legal entities with a tax id (tax ids are checked when stored, so
     *                              one that is stored is valid)
     */
    record Facts(LifecycleStatus status, LocalDateTime changedAt, LocalDateTime lastActivityAt,
                 LocalDateTime lastOpportunityChangeAt, LocalDateTime lastTaskChangeAt,
                 int phones, int emails, int contacts, int taxIdentifiedEntities) {

        /** The latest of the client's own change, its activities and its deals' and tasks' changes. */
        LocalDateTime lastSignOfLife() {
            return Stream.of(changedAt, lastActivityAt, lastOpportunityChangeAt, lastTaskChangeAt)
                    .filter(Objects::nonNull).max(LocalDateTime::compareTo).orElseThrow();
        }

        int contactPoints() {
            return phones + emails + contacts + taxIdentifiedEntities;
        }
    }
}
