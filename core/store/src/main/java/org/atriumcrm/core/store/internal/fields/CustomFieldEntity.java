package org.atriumcrm.core.store.internal.fields;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.NamedQuery;
import javax.persistence.OrderColumn;
import javax.persistence.QueryHint;
import javax.persistence.Table;
import javax.persistence.Version;

import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.CustomFieldDraft;
import org.atriumcrm.core.api.CustomFieldType;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.store.internal.support.Versioned;

/**
 * Storage form of a {@link CustomField} definition with its picklist options. Services take the
 * definitions from {@link CustomFieldDefinitions}, which reads them through {@value #OF_KIND}; the
 * query itself is for what must see the database now (a new key checked against the others).
 */
@Entity
@Table(name = "atr_custom_field")
@NamedQuery(name = CustomFieldEntity.OF_KIND,
        query = "SELECT f FROM CustomFieldEntity f WHERE f.recordKind = :kind ORDER BY f.createdAt, f.id",
        hints = {
                // the shared cache's objects themselves, never copied into the entity manager: callers only
                // turn them into CustomField records
                @QueryHint(name = "eclipselink.read-only", value = "true")
        })
public class CustomFieldEntity implements Versioned {

    /** The definitions of one record kind ({@code :kind}), in the order they were made. */
    static final String OF_KIND = "CustomFieldEntity.ofKind";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", nullable = false, length = 20)
    private RecordKind recordKind;

    @Column(name = "field_key", nullable = false, length = 60)
    private String key;

    @Column(name = "label", nullable = false, length = 100)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, length = 20)
    private CustomFieldType type;

    /** 1 or 0: EclipseLink binds booleans as integers on Derby. */
    @Column(name = "required", nullable = false)
    private int required;

    @Column(name = "default_value", length = 1000)
    private String defaultValue;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "atr_custom_field_option", joinColumns = @JoinColumn(name = "field_id"))
    @Column(name = "val", length = 200, nullable = false)
    @OrderColumn(name = "ord")
    private List<String> options = new ArrayList<>();

    protected CustomFieldEntity() {
        // for JPA
    }

    CustomFieldEntity(String id, CustomFieldDraft draft, LocalDateTime now) {
        this.id = id;
        this.recordKind = draft.recordKind();
        this.key = draft.key();
        this.type = draft.type();
        this.createdAt = now;
        apply(draft);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    /** Takes what may change: label, required flag, default and options. */
    void apply(CustomFieldDraft draft) {
        label = draft.label();
        required = Boolean.TRUE.equals(draft.required()) ? 1 : 0;
        defaultValue = draft.defaultValue();
        options.clear();
        options.addAll(draft.options());
    }

    CustomField toCustomField() {
        return new CustomField(id, recordKind, key, label, type, required == 1, defaultValue, List.copyOf(options), version);
    }
}
