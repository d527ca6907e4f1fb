package org.atriumcrm.core.automation.internal.forms;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

/** A web form: its name, whether it takes submissions, and the rest of its definition as JSON. */
@Entity
@Table(name = "atr_auto_form")
public class FormEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "name", length = 200, nullable = false)
    String name;

    /** SMALLINT 0/1: EclipseLink binds booleans as INTEGER on Derby */
    @Column(name = "enabled", nullable = false)
    int enabled;

    @Lob
    @Column(name = "definition", nullable = false)
    String definition;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    LocalDateTime updatedAt;
}
