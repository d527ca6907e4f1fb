package org.atriumcrm.core.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
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
import org.atriumcrm.core.spi.UiContribution.Label;
import org.junit.jupiter.api.Test;

class CallersTest {

    private static final Section CLIENTS = new Section("clients", Label.of("Clients", "Clientes", "Клиенты"), Map.of());
    private static final Section FITNESS = new Section("fitness", Label.of("Fitness", "Fitness", "Фитнес"),
            Map.of(Role.SERVICE, Grant.of(Access.READ, Access.WRITE)));

    private static User user(String... roles) {
        return new User("u1", "mia", "Mia", null, "en", "north", List.of(roles), true, Instant.now(), Instant.now(), 1);
    }

    private static Role role(String id, boolean builtIn, Map<String, Grant> grants) {
        return new Role(id, id, builtIn, grants, 1);
    }

    @Test
    void rolesAddUpTheirAccessAndTheWidestScopeAndHideOnlyWhatAllHide() {
        Role marketing = role("marketing", true, Map.of("clients",
                new Grant(Set.of(Access.READ), RecordScope.ALL, Set.of("legalEntities", "purchasePotential"))));
        Role own = role("own-sales", false, Map.of("clients",
                new Grant(Set.of(Access.WRITE, Access.DELETE), RecordScope.OWN, Set.of("legalEntities"))));
        Caller caller = Callers.of(user("marketing", "own-sales"), List.of(marketing, own), List.of(CLIENTS), List.of("u2"));

        assertTrue(caller.allows("clients", Access.READ));
        assertTrue(caller.allows("clients", Access.DELETE));
        assertEquals(RecordScope.ALL, caller.scope("clients"));
        assertEquals(Set.of("legalEntities"), caller.hiddenFields("clients"));
        assertEquals(Set.of("u1", "u2"), caller.teamMemberIds());
    }

    @Test
    void aModuleSectionGrantsItsDefaultsToBuiltInRolesOnlyAndAdminsHaveEverything() {
        Role service = role(Role.SERVICE, true, Map.of());
        Role custom = role(Role.SERVICE + "-desk", false, Map.of());

        assertTrue(Callers.of(user(Role.SERVICE), List.of(service), List.of(FITNESS), List.of()).allows("fitness", Access.WRITE));
        assertFalse(Callers.of(user("service-desk"), List.of(custom), List.of(FITNESS), List.of()).allows("fitness", Access.READ));
        Caller admin = Callers.of(user(Role.ADMIN), List.of(role(Role.ADMIN, true, Map.of())), List.of(FITNESS), List.of());
        assertTrue(admin.allows("anything", Access.DELETE));
        assertTrue(admin.hiddenFields("clients").isEmpty());
    }

    @Test
    void aScopeLimitedCallerReachesOnlyItsOwnOrItsTeamsRecords() {
        Role own = role("own", false, Map.of("clients", new Grant(Set.of(Access.READ), RecordScope.OWN, Set.of())));
        Role team = role("team", false, Map.of("clients", new Grant(Set.of(Access.READ), RecordScope.TEAM, Set.of())));

        Caller ownCaller = Callers.of(user("own"), List.of(own), List.of(CLIENTS), List.of("u2"));
        assertTrue(ownCaller.reaches("clients", "u1"));
        assertFalse(ownCaller.reaches("clients", "u2"));
        Caller teamCaller = Callers.of(user("team"), List.of(team), List.of(CLIENTS), List.of("u2"));
        assertTrue(teamCaller.reaches("clients", "u2"));
        assertFalse(teamCaller.reaches("clients", "u3"));
        assertFalse(teamCaller.reaches("clients", null));
    }
}
