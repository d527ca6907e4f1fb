package org.atriumcrm.core.spi;

import java.util.Map;

import org.atriumcrm.core.api.security.Grant;

/**
 * A part of the CRM that roles grant access to: core's clients, activities, tasks, opportunities,
 * settings and admin, and each module's own (a module returns them from {@link CrmModule#sections()}).
 * Roles cover a module's sections the moment it is installed: a built-in role that does not name
 * the section gets {@code builtInGrants.get(roleId)}; the admin role always has everything.
 *
 * @param id            lower case; resources name it in {@link RequiresSection}
 * @param builtInGrants built-in role id (sales, marketing, service) → its grant unless the role says otherwise
 */
public record Section(String id, UiContribution.Label label, Map<String, Grant> builtInGrants) {

    public Section {
        builtInGrants = builtInGrants == null ? Map.of() : Map.copyOf(builtInGrants);
    }
}
