package org.atriumcrm.core.api;

import org.osgi.annotation.versioning.ProviderType;

/** One history per client across core and every installed module, newest first. */
@ProviderType
public interface TimelineService {

    /**
     * @param after the {@link Page#next()} of the previous page, or {@code null}
     * @throws RecordNotFoundException when there is no such client
     */
    Page<TimelineEntry> timeline(String clientId, int limit, String after);
}
