package org.atriumcrm.core.automation.internal.rules;

import org.atriumcrm.core.api.SavedFilterService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link SavedFilters} from core's saved filters: the client list's own query, limited to one client. */
@Component(service = SavedFilters.class)
public class CoreSavedFilters implements SavedFilters {

    private final SavedFilterService filters;

    @Activate
    public CoreSavedFilters(@Reference SavedFilterService filters) {
        this.filters = filters;
    }

    @Override
    public boolean exists(String savedFilterId) {
        return filters.exists(savedFilterId);
    }

    @Override
    public boolean matches(String savedFilterId, String clientId) {
        return filters.matches(savedFilterId, clientId);
    }
}
