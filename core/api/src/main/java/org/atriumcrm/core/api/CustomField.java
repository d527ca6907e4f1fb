package org.atriumcrm.core.api;

import java.util.List;

/**
 * A field an administrator added to a kind of record at runtime.
 *
 * @param key          the name of the field in a record's {@code customFields}: letters, digits, _
 * @param required     a record of this kind cannot be saved without a value
 * @param defaultValue given to new records that send no value, as text (e.g. {@code "42"}, {@code "Retail"})
 * @param options      the allowed values of a picklist, in display order
 */
public record CustomField(String id, RecordKind recordKind, String key, String label, CustomFieldType type,
                          boolean required, String defaultValue, List<String> options, long version) {

    public CustomField {
        options = Lists.copyOrEmpty(options);
    }
}
