package org.atriumcrm.core.automation.internal.forms;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** An accepted submission: for which client, whether consent was given and to what text, from where. */
@Entity
@Table(name = "atr_auto_form_submission")
public class SubmissionEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "form_id", length = 36, nullable = false)
    String formId;

    @Column(name = "client_id", length = 36, nullable = false)
    String clientId;

    @Column(name = "client_created", nullable = false)
    int clientCreated;

    @Column(name = "consent_given", nullable = false)
    int consentGiven;

    @Column(name = "consent_text", length = 2000)
    String consentText;

    @Column(name = "remote_address", length = 64)
    String remoteAddress;

    /** The values as shown on the timeline, label → value, as JSON */
    @Lob
    @Column(name = "submitted_values", nullable = false)
    String values;

    @Column(name = "submitted_at", nullable = false)
    LocalDateTime submittedAt;

    /** When a user marked the lead answered; {@code null} while nobody has */
    @Column(name = "answered_at")
    LocalDateTime answeredAt;

    @Column(name = "answered_by", length = 36)
    String answeredBy;
}
