package org.atriumcrm.core.automation.internal.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The member whose turn comes after the last one's: members in the order of their ids, the one after
 * the last (or the first, after the end or when the last has left). A member who joins takes their
 * place in the order and one who leaves is skipped, so the turns stay even as the team changes.
 */
final class NextInTurn {

    private NextInTurn() {
    }

    static Optional<String> after(String lastUserId, Collection<String> members) {
        List<String> ordered = members.stream().distinct().sorted().toList();
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        if (lastUserId == null) {
            return Optional.of(ordered.get(0));
        }
        return Optional.of(ordered.stream().filter(member -> member.compareTo(lastUserId) > 0).findFirst().orElse(ordered.get(0)));
    }
}
