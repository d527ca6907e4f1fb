package org.atriumcrm.core.security.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atriumcrm.core.api.security.Access;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.Grant;
import org.atriumcrm.core.api.security.RecordScope;
import org.atriumcrm.core.api.security.Role;
import org.atriumcrm.core.api.security.User;
import org.atriumcrm.core.spi.Section;

/**
 * A user's effective grants from all its roles: access is the union, the record scope the widest,
 * and a field stays hidden only if every role that reads the section hides it.
 */
final class Callers {

    private Callers() {
    }

    static Caller of(User user, List<Role> roles, List<Section> sections, List<String> teamMembers) {
        Set<String> sectionIds = new HashSet<>();
        sections.forEach(section -> sectionIds.add(section.id()));
        roles.forEach(role -> sectionIds.addAll(role.grants().keySet()));
        Map<String, Section> byId = new HashMap<>();
        sections.forEach(section -> byId.put(section.id(), section));
        Map<String, Grant> grants = new HashMap<>();
        for (String section : sectionIds) {
            Grant merged = merge(section, roles, byId.get(section));
            if (!merged.access().isEmpty()) {
                grants.put(section, merged);
            }
        }
        Set<String> team = new HashSet<>(teamMembers);
        team.add(user.id());
        return new Caller(user.id(), user.username(), user.displayName(), user.locale(), Set.copyOf(user.roles()), grants,
                team);
    }

    private static Grant merge(String section, List<Role> roles, Section declared) {
        Set<Access> access = EnumSet.noneOf(Access.class);
        RecordScope scope = null;
        Set<String> hidden = null;
        for (Role role : roles) {
            Grant grant = role.grants().get(section);
            if (grant == null && role.builtIn() && declared != null) {
                grant = declared.builtInGrants().get(role.id());
            }
            if (grant == null || grant.access().isEmpty()) {
                continue;
            }
            access.addAll(grant.access());
            scope = scope == null ? grant.scope() : scope.widest(grant.scope());
            if (hidden == null) {
                hidden = new HashSet<>(grant.hiddenFields());
            } else {
                hidden.retainAll(grant.hiddenFields());
            }
        }
        return access.isEmpty() ? Grant.NONE : new Grant(access, scope, hidden);
    }
}
