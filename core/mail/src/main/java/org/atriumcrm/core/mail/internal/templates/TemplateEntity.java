package org.atriumcrm.core.mail.internal.templates;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

/** A template row: its variants by language are kept as one JSON document. */
@Entity
@Table(name = "atr_mail_template")
public class TemplateEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Lob
    @Column(name = "variants", nullable = false)
    private String variants;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected TemplateEntity() {
        // for JPA
    }

    TemplateEntity(String id, LocalDateTime now) {
        this.id = id;
        this.createdAt = now;
    }

    void set(String newName, String newVariants, LocalDateTime now) {
        this.name = newName;
        this.variants = newVariants;
        this.updatedAt = now;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String variants() {
        return variants;
    }

    long version() {
        return version;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }

    LocalDateTime updatedAt() {
        return updatedAt;
    }
}
