package org.atriumcrm.core.api;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The client list filters users save: each caller sees its own and those others share, and
 * changes only its own. Atrium itself (a rule) asks whether a client is in a saved filter's list.
 */
@ProviderType
public interface SavedFilterService {

    String RECORD_TYPE = "savedFilter";

    /** The caller's own filters and the shared ones of others, by name. */
    List<SavedFilter> list();

    /** The filter, when it is the caller's own or shared. */
    Optional<SavedFilter> get(String id);

    /** @throws ValidationException naming each field that is wrong ({@code filter.customFields.<key>} …) */
    SavedFilter create(SavedFilterDraft draft);

    /**
     * @throws RecordNotFoundException  when the caller does not see the filter
     * @throws org.atriumcrm.core.api.security.AccessDeniedException when it is another user's shared filter
     * @throws VersionConflictException when it changed since {@code expectedVersion}
     */
    SavedFilter update(String id, SavedFilterDraft draft, OptionalLong expectedVersion);

    /** As {@link #update} refuses, so does this. */
    void delete(String id, OptionalLong expectedVersion);

    /** Whether a saved filter of this id exists, whoever owns it. */
    boolean exists(String id);

    /**
     * Whether the client is in the list the saved filter shows, found by the client list's own
     * query with no caller's scope or hidden fields; {@code false} when the filter no longer exists.
     */
    boolean matches(String id, String clientId);
}
