package org.atriumcrm.core.rest.internal;

import java.util.Set;

import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.security.AccessDeniedException;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.RecordScope;

/**
 * Record ownership: a caller whose role is limited to its own or its team's records of a section
 * does not see the others at all (404, as if they did not exist), and cannot hand a record to
 * someone out of its reach.
 */
final class RecordReach {

    private RecordReach() {
    }

    /** @throws RecordNotFoundException when the record's owner is out of the current caller's reach */
    static void requireReach(String section, String ownerId, String recordType, String recordId) {
        Caller.current().filter(caller -> !caller.reaches(section, ownerId)).ifPresent(caller -> {
            throw new RecordNotFoundException(recordType, recordId);
        });
    }

    /** Whether the current caller reaches a record of the section with this owner. */
    static boolean reaches(String section, String ownerId) {
        return Caller.current().map(caller -> caller.reaches(section, ownerId)).orElse(true);
    }

    /** Whether the current caller is limited to its own or its team's records of the section. */
    static boolean limited(String section) {
        return Caller.current().filter(caller -> caller.scope(section) != RecordScope.ALL).isPresent();
    }

    /** The owners whose records the current caller reaches; {@code null} when it reaches all. */
    static Set<String> owners(String section) {
        return Caller.current().filter(caller -> caller.scope(section) != RecordScope.ALL)
                .map(caller -> caller.scope(section) == RecordScope.OWN ? Set.of(caller.userId()) : caller.teamMemberIds())
                .orElse(null);
    }

    /**
     * The owner a new or changed record gets: the caller itself when a limited caller names none.
     *
     * @throws AccessDeniedException naming {@code field} when it names someone out of reach
     */
    static String ownerFor(String section, String requested, String field) {
        Caller caller = Caller.current().orElse(null);
        if (caller == null || caller.scope(section) == RecordScope.ALL) {
            return requested;
        }
        if (requested == null) {
            return caller.userId();
        }
        if (!caller.reaches(section, requested)) {
            throw new AccessDeniedException(field, "must be you or, if your role allows, someone of your team");
        }
        return requested;
    }
}
