package org.atriumcrm.core.store.internal.timeline;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.StageChange;
import org.atriumcrm.core.api.StatusChange;
import org.atriumcrm.core.api.TimelineEntry;
import org.atriumcrm.core.spi.TimelineSource;
import org.atriumcrm.core.store.internal.activities.ActivityEntity;
import org.atriumcrm.core.store.internal.clients.JpaClientService;
import org.atriumcrm.core.store.internal.clients.StatusChangeEntity;
import org.atriumcrm.core.store.internal.deals.JpaOpportunityService;
import org.atriumcrm.core.store.internal.deals.OpportunityEntity;
import org.atriumcrm.core.store.internal.deals.PipelineEntity;
import org.atriumcrm.core.store.internal.deals.StageChangeEntity;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.support.Identified;
import org.atriumcrm.core.store.internal.support.Times;
import org.atriumcrm.core.store.internal.tasks.TaskEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Core's own contributions to the timeline — activities, tasks, opportunity stage moves and status
 * changes — published through the same {@link TimelineSource} service that modules implement.
 */
public final class CoreTimelineSources {

    static final String CORE = TimelineEntry.CORE;

    private CoreTimelineSources() {
    }

    /** One core table as a timeline source: the client's rows newest first, each made an entry. */
    abstract static class TableSource<E extends Identified> implements TimelineSource {

        private final JpaTemplate jpa;
        private final Class<E> type;
        private final String timeAttribute;

        TableSource(JpaTemplate jpa, Class<E> type, String timeAttribute) {
            this.jpa = jpa;
            this.type = type;
            this.timeAttribute = timeAttribute;
        }

        @Override
        public List<TimelineEntry> entries(String clientId, Instant before, String beforeId, int limit) {
            return jpa.txExpr(TransactionType.Supports, em -> TimelineQueries
                    .before(em, type, timeAttribute, clientId, before, beforeId, limit)
                    .stream().map(row -> entry(em, clientId, row)).toList());
        }

        abstract TimelineEntry entry(EntityManager em, String clientId, E row);
    }

    /** Activities at the time they happened. */
    @Component(service = TimelineSource.class)
    public static class Activities extends TableSource<ActivityEntity> {

        @Activate
        public Activities(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa, @Reference CoreSchema schema) {
            super(jpa, ActivityEntity.class, "occurredAt");
        }

        @Override
        TimelineEntry entry(EntityManager em, String clientId, ActivityEntity a) {
            Map<String, Object> arguments = new LinkedHashMap<>();
            arguments.put("type", a.type());
            if (a.subject() != null) {
                arguments.put("subject", a.subject());
            }
            return new TimelineEntry(a.id(), clientId, TimelineEntry.ACTIVITY, Times.instant(a.occurredAt()),
                    a.subject() == null ? a.type() : a.type() + ": " + a.subject(), a.result(), a.id(), CORE,
                    a.subject() == null ? "timeline.activity" : "timeline.activity-subject", arguments);
        }
    }

    /** Tasks at the time they were set. */
    @Component(service = TimelineSource.class)
    public static class Tasks extends TableSource<TaskEntity> {

        @Activate
        public Tasks(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa, @Reference CoreSchema schema) {
            super(jpa, TaskEntity.class, "createdAt");
        }

        @Override
        TimelineEntry entry(EntityManager em, String clientId, TaskEntity t) {
            Instant due = Times.instant(t.dueAt());
            return new TimelineEntry(t.id(), clientId, TimelineEntry.TASK, Times.instant(t.createdAt()), t.title(),
                    t.status() + ", due " + due, t.id(), CORE, "timeline.task",
                    Map.of("title", t.title(), "status", t.status().name(), "dueAt", String.valueOf(due)));
        }
    }

    /** Opportunities moving between stages. */
    @Component(service = TimelineSource.class)
    public static class StageChanges extends TableSource<StageChangeEntity> {

        @Activate
        public StageChanges(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa, @Reference CoreSchema schema) {
            super(jpa, StageChangeEntity.class, "changedAt");
        }

        @Override
        TimelineEntry entry(EntityManager em, String clientId, StageChangeEntity change) {
            StageChange moved = change.toStageChange(null);
            OpportunityEntity opportunity = em.find(OpportunityEntity.class, moved.opportunityId());
            PipelineEntity pipeline = opportunity == null ? null : em.find(PipelineEntity.class, opportunity.pipelineId());
            String stage = JpaOpportunityService.stageName(pipeline, moved.toStageId());
            String title = opportunity == null ? "Opportunity" : opportunity.title();
            String stageName = stage == null ? moved.toStageId() : stage;
            return new TimelineEntry(moved.id(), clientId, TimelineEntry.STAGE_CHANGE, moved.at(), title + " → " + stageName,
                    null, moved.opportunityId(), CORE,
                    opportunity == null ? "timeline.stage-change-unknown" : "timeline.stage-change",
                    Map.of("opportunity", title, "stage", stageName));
        }
    }

    /** The client's lifecycle status changes. */
    @Component(service = TimelineSource.class)
    public static class StatusChanges extends TableSource<StatusChangeEntity> {

        @Activate
        public StatusChanges(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa, @Reference CoreSchema schema) {
            super(jpa, StatusChangeEntity.class, "changedAt");
        }

        @Override
        TimelineEntry entry(EntityManager em, String clientId, StatusChangeEntity row) {
            StatusChange change = row.toStatusChange();
            String to = change.to().name();
            return change.from() == null
                    ? new TimelineEntry(change.id(), clientId, TimelineEntry.STATUS_CHANGE, change.at(), "Status " + to, null, clientId,
                            CORE, "timeline.status-set", Map.of("to", to))
                    : new TimelineEntry(change.id(), clientId, TimelineEntry.STATUS_CHANGE, change.at(),
                            "Status " + change.from() + " → " + to, null, clientId, CORE, "timeline.status-change",
                            Map.of("from", change.from().name(), "to", to));
        }
    }
}
