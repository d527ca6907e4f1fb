package org.atriumcrm.core.api;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Custom fields per kind of record. Records carry their values in {@code customFields}; every
 * write checks them against these definitions (type, options, required).
 */
@ProviderType
public interface CustomFieldService {

    String RECORD_TYPE = "custom field";

    /** @throws ValidationException for a bad key, a key already used for that kind, or bad options */
    CustomField define(CustomFieldDraft draft);

    Optional<CustomField> get(String id);

    /** The fields of one kind of record, in the order they were defined. */
    List<CustomField> list(RecordKind kind);

    /** Changes label, required flag, default and options; a kind, key or type change is refused. */
    CustomField update(String id, CustomFieldDraft draft, OptionalLong expectedVersion);

    /** Removes the definition and every value of it. */
    void delete(String id, OptionalLong expectedVersion);
}
