package org.atriumcrm.core.api.security;

import java.util.Map;

/** A role as sent to create or change it; the id is fixed once created. */
public record RoleDraft(String id, String label, Map<String, Grant> grants) {

    public RoleDraft {
        grants = grants == null ? Map.of() : Map.copyOf(grants);
    }
}
