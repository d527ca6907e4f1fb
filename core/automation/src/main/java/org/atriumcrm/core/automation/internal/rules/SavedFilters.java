package org.atriumcrm.core.automation.internal.rules;

/**
 * The saved client filters a condition may name ({@code {"field":"id","op":"in-saved-filter","value":…}}),
 * bound into each condition as a rule is read, so that evaluating conditions stays one call on the
 * record's fields.
 */
public interface SavedFilters {

    /** None exists and no client is in any: conditions read where no filter can be asked. */
    SavedFilters NONE = new SavedFilters() {
        @Override
        public boolean exists(String savedFilterId) {
            return false;
        }

        @Override
        public boolean matches(String savedFilterId, String clientId) {
            return false;
        }
    };

    /** Whether the saved filter exists (whoever owns it). */
    boolean exists(String savedFilterId);

    /** Whether the client is in the saved filter's list now, as the system sees it; false when the filter is gone. */
    boolean matches(String savedFilterId, String clientId);
}
