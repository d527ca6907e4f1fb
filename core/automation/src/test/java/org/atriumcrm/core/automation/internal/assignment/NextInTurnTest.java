package org.atriumcrm.core.automation.internal.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class NextInTurnTest {

    @Test
    void goesRoundTheTeamInTheOrderOfIds() {
        List<String> team = List.of("u-c", "u-a", "u-b");
        List<String> given = new ArrayList<>();
        String last = null;
        for (int turn = 0; turn < 7; turn++) {
            last = NextInTurn.after(last, team).orElseThrow();
            given.add(last);
        }
        assertEquals(List.of("u-a", "u-b", "u-c", "u-a", "u-b", "u-c", "u-a"), given);
    }

    @Test
    void aMemberWhoLeftIsSkippedAndOneWhoJoinedTakesTheirPlace() {
        assertEquals(Optional.of("u-c"), NextInTurn.after("u-b", List.of("u-a", "u-c")));
        assertEquals(Optional.of("u-a"), NextInTurn.after("u-c", List.of("u-a", "u-b")));
        assertEquals(Optional.of("u-bb"), NextInTurn.after("u-b", List.of("u-a", "u-b", "u-bb", "u-c")));
    }

    @Test
    void anEmptyTeamHasNoTurn() {
        assertTrue(NextInTurn.after("u-a", List.of()).isEmpty());
    }
}
