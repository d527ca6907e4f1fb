package org.atriumcrm.core.store.internal.people;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.atriumcrm.core.api.security.AuditChange;

/** One changed field of an audit row. */
@Embeddable
public class AuditChangeEntry {

    static final int VALUE_MAX = 4000;

    @Column(name = "field", length = 300, nullable = false)
    private String field;

    @Column(name = "old_value", length = VALUE_MAX)
    private String oldValue;

    @Column(name = "new_value", length = VALUE_MAX)
    private String newValue;

    protected AuditChangeEntry() {
        // for JPA
    }

    AuditChangeEntry(AuditChange change) {
        this.field = clip(change.field(), 300);
        this.oldValue = clip(change.oldValue(), VALUE_MAX);
        this.newValue = clip(change.newValue(), VALUE_MAX);
    }

    AuditChange toChange() {
        return new AuditChange(field, oldValue, newValue);
    }

    /** Long texts (a description, a note) keep their start and say they were cut. */
    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
