package org.atriumcrm.core.api.security;

import java.util.Set;

/**
 * What one role may do in one section.
 *
 * @param hiddenFields JSON fields of the section's records the role neither sees nor writes
 *                     ({@code legalEntities}, {@code purchasePotential}, {@code customFields.discount})
 */
public record Grant(Set<Access> access, RecordScope scope, Set<String> hiddenFields) {

    public static final Grant NONE = new Grant(Set.of(), RecordScope.ALL, Set.of());

    public Grant {
        access = access == null ? Set.of() : Set.copyOf(access);
        scope = scope == null ? RecordScope.ALL : scope;
        hiddenFields = hiddenFields == null ? Set.of() : Set.copyOf(hiddenFields);
    }

    public static Grant of(Access... access) {
        return new Grant(Set.of(access), RecordScope.ALL, Set.of());
    }

    public boolean allows(Access wanted) {
        return access.contains(wanted);
    }
}
