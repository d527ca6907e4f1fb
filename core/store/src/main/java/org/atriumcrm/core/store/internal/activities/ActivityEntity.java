package org.atriumcrm.core.store.internal.activities;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.atriumcrm.core.api.Activity;
import org.atriumcrm.core.api.ActivityDirection;
import org.atriumcrm.core.api.ActivityDraft;
import org.atriumcrm.core.api.Attachment;
import org.atriumcrm.core.store.internal.support.Times;
import org.atriumcrm.core.store.internal.support.TrackedEntity;

/** Storage form of an {@link Activity}; its attachments are rows of their own. */
@Entity
@Table(name = "atr_activity")
public class ActivityEntity extends TrackedEntity {

    @Column(name = "client_id", nullable = false, length = 36)
    private String clientId;

    @Column(name = "contact_id", length = 36)
    private String contactId;

    @Column(name = "opportunity_id", length = 36)
    private String opportunityId;

    @Column(name = "type", nullable = false, length = 60)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", length = 10)
    private ActivityDirection direction;

    @Column(name = "subject", length = 200)
    private String subject;

    @Column(name = "objective", length = 1000)
    private String objective;

    @Column(name = "result", length = 4000)
    private String result;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "duration_seconds")
    private Integer durationSeconds;

    @Column(name = "author_id", length = 64)
    private String authorId;

    protected ActivityEntity() {
        // for JPA
    }

    ActivityEntity(String id, LocalDateTime now) {
        super(id, now);
    }

    String clientId() {
        return clientId;
    }

    public String type() {
        return type;
    }

    public String subject() {
        return subject;
    }

    public String result() {
        return result;
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }

    void apply(ActivityDraft activity, LocalDateTime now) {
        clientId = activity.clientId();
        contactId = activity.contactId();
        opportunityId = activity.opportunityId();
        type = activity.type();
        direction = activity.direction();
        subject = activity.subject();
        objective = activity.objective();
        result = activity.result();
        occurredAt = activity.occurredAt() == null ? now : Times.utc(activity.occurredAt());
        durationSeconds = activity.durationSeconds();
        authorId = activity.authorId();
        touch(now);
    }

    Activity toActivity(List<Attachment> attachments, Map<String, Object> customFields) {
        return new Activity(id(), clientId, contactId, opportunityId, type, direction, subject, objective, result,
                Times.instant(occurredAt), durationSeconds, authorId, attachments, Times.instant(createdAt()),
                Times.instant(updatedAt()), version(), customFields);
    }
}
