package org.atriumcrm.core.api;

import java.util.List;

/**
 * What an administrator submits to define or change a custom field; kind, key and type never change.
 *
 * @param required {@code null} means not required
 */
public record CustomFieldDraft(RecordKind recordKind, String key, String label, CustomFieldType type,
                               Boolean required, String defaultValue, List<String> options) {

    public CustomFieldDraft {
        required = Boolean.TRUE.equals(required);
        options = Lists.copyOrEmpty(options);
    }
}
