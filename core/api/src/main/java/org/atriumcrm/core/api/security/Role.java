package org.atriumcrm.core.api.security;

import java.util.Map;

/**
 * A role: grants per section. A section a role does not name gets the default the section declares
 * for a built-in role of that id, and nothing for a custom role.
 *
 * @param id    stable, lower case: {@code sales}, {@code partner-manager}
 * @param builtIn admin, sales, marketing and service come with Atrium and cannot be deleted
 */
public record Role(String id, String label, boolean builtIn, Map<String, Grant> grants, long version) {

    public static final String ADMIN = "admin";
    public static final String SALES = "sales";
    public static final String MARKETING = "marketing";
    public static final String SERVICE = "service";

    public Role {
        grants = grants == null ? Map.of() : Map.copyOf(grants);
    }
}
