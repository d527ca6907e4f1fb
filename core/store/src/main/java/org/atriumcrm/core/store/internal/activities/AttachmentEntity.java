package org.atriumcrm.core.store.internal.activities;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.atriumcrm.core.api.Attachment;
import org.atriumcrm.core.store.internal.support.Times;

/** The description of a file kept with an activity; the bytes are in {@link AttachmentFiles}. */
@Entity
@Table(name = "atr_attachment")
public class AttachmentEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "activity_id", nullable = false, length = 36)
    private String activityId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected AttachmentEntity() {
        // for JPA
    }

    AttachmentEntity(String id, String activityId, String fileName, String contentType, AttachmentFiles.Stored stored,
                     LocalDateTime now) {
        this.id = id;
        this.activityId = activityId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = stored.size();
        this.sha256 = stored.sha256();
        this.createdAt = now;
    }

    String activityId() {
        return activityId;
    }

    Attachment toAttachment() {
        return new Attachment(id, activityId, fileName, contentType, size, sha256, Times.instant(createdAt));
    }
}
