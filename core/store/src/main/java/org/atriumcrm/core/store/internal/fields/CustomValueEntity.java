package org.atriumcrm.core.store.internal.fields;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import org.atriumcrm.core.api.RecordKind;

/** One value of a custom field of one record, as canonical text. */
@Entity
@Table(name = "atr_custom_value")
@IdClass(CustomValueEntity.Key.class)
public class CustomValueEntity {

    /** The primary key: record, field, position within a multi-valued field. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String recordId;
        private String fieldKey;
        private int position;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.position == position && Objects.equals(key.recordId, recordId)
                    && Objects.equals(key.fieldKey, fieldKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordId, fieldKey, position);
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", nullable = false, length = 20)
    private RecordKind recordKind;

    @Id
    @Column(name = "record_id", length = 36)
    private String recordId;

    @Id
    @Column(name = "field_key", length = 60)
    private String fieldKey;

    @Id
    @Column(name = "ord")
    private int position;

    @Column(name = "val", nullable = false, length = 1000)
    private String value;

    protected CustomValueEntity() {
        // for JPA
    }

    CustomValueEntity(RecordKind recordKind, String recordId, String fieldKey, int position, String value) {
        this.recordKind = recordKind;
        this.recordId = recordId;
        this.fieldKey = fieldKey;
        this.position = position;
        this.value = value;
    }

    String recordId() {
        return recordId;
    }

    String fieldKey() {
        return fieldKey;
    }

    String value() {
        return value;
    }
}
