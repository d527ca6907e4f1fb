package org.atriumcrm.core.store.internal;

import java.time.Instant;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.TimelineEntry;
import org.atriumcrm.core.spi.TimelineSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Core's own contributions to the timeline — activities, tasks, opportunity stage moves and status
 * changes — published through the same {@link TimelineSource} service that modules implement.
 */
public final class CoreTimelineSources {

    static final String CORE = "core";

    private CoreTimelineSources() {
    }

    /** Activities at the time they happened. */
    @Component(service = TimelineSource.class)
    public static class Activities implements TimelineSource {

        private final JpaTemplate jpa;

        @Activate
        public Activities(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa, @Reference CoreSchema schema) {
            this.jpa = jpa;
        }

        @Override
        public List<TimelineEntry> entries(String clientId, Instant before, String beforeId, int limit) {
            return jpa.txExpr(TransactionType.Supports, em -> TimelineQueries
                    .before(em, ActivityEntity.class, "ActivityEntity", "occurredAt", clientId, before, beforeId, limit)
                    .stream().map(a -> new TimelineEntry(a.id(), clientId, "activity", Times.instant(a.occurredAt()),
                            a.subject() == null ? a.type() : a.type() + ": " + a.subject(), a.result(), a.id(), CORE))
                    .toList());
        }
    }

    /** Tasks at the time they were set. */
    @Component(service = TimelineSource.class)
    public static class Tasks implements TimelineSource {

        private final JpaTemplate jpa;

        @Activate
        public Tasks(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa, @Reference CoreSchema schema) {
            this.jpa = jpa;
        }

        @Override
        public List<TimelineEntry> entries(String clientId, Instant before, String beforeId, int limit) {
            return jpa.txExpr(TransactionType.Supports, em -> TimelineQueries
                    .before(em, TaskEntity.class, "TaskEntity", "createdAt", clientId, before, beforeId, limit)
                    .stream().map(t -> new TimelineEntry(t.id(), clientId, "task", Times.instant(t.createdAt()),
                            t.title(), t.status() + ", due " + Times.instant(t.dueAt()), t.id(), CORE))
                    .toList());
        }
    }

    /** Opportunities moving between stages. */
    @Component(service = TimelineSource.class)
    public static class StageChanges implements TimelineSource {

        private final JpaTemplate jpa;

        @Activate
        public StageChanges(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa, @Reference CoreSchema schema) {
            this.jpa = jpa;
        }

        @Override
        public List<TimelineEntry> entries(String clientId, Instant before, String beforeId, int limit) {
            return jpa.txExpr(TransactionType.Supports, em -> TimelineQueries
                    .before(em, StageChangeEntity.class, "StageChangeEntity", "changedAt", clientId, before, beforeId, limit)
                    .stream().map(change -> {
                        var moved = change.toStageChange(null);
                        OpportunityEntity opportunity = em.find(OpportunityEntity.class, moved.opportunityId());
                        PipelineEntity pipeline = opportunity == null ? null
                                : em.find(PipelineEntity.class, opportunity.pipelineId());
                        String stage = JpaOpportunityService.stageName(pipeline, moved.toStageId());
                        String title = opportunity == null ? "Opportunity" : opportunity.title();
                        return new TimelineEntry(moved.id(), clientId, "stage-change", moved.at(),
                                title + " → " + (stage == null ? moved.toStageId() : stage), null, moved.opportunityId(), CORE);
                    })
                    .toList());
        }
    }

    /** The client's lifecycle status changes. */
    @Component(service = TimelineSource.class)
    public static class StatusChanges implements TimelineSource {

        private final JpaTemplate jpa;

        @Activate
        public StatusChanges(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa, @Reference CoreSchema schema) {
            this.jpa = jpa;
        }

        @Override
        public List<TimelineEntry> entries(String clientId, Instant before, String beforeId, int limit) {
            return jpa.txExpr(TransactionType.Supports, em -> TimelineQueries
                    .before(em, StatusChangeEntity.class, "StatusChangeEntity", "changedAt", clientId, before, beforeId, limit)
                    .stream().map(StatusChangeEntity::toStatusChange)
                    .map(change -> new TimelineEntry(change.id(), clientId, "status-change", change.at(),
                            "Status " + (change.from() == null ? "" : change.from() + " → ") + change.to(), null,
                            clientId, CORE))
                    .toList());
        }
    }
}
