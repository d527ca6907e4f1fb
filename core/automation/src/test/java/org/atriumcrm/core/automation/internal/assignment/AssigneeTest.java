package org.atriumcrm.core.automation.internal.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AssigneeTest {

    @Test
    void readsOwnerTeamAndUser() {
        assertEquals(new Assignee.Owner(), Assignee.parse(null));
        assertEquals(new Assignee.Owner(), Assignee.parse(" Owner "));
        assertEquals(new Assignee.Team("Sales North"), Assignee.parse("team: Sales North"));
        assertEquals(new Assignee.Team("north"), Assignee.parse("TEAM:north"));
        assertEquals(new Assignee.Named("8f1c-user"), Assignee.parse("8f1c-user"));
    }
}
