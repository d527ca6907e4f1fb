package org.atriumcrm.core.api.security;

import java.time.Instant;
import java.util.List;

/**
 * A person who signs in to Atrium. Users are deactivated, never deleted, so that audit rows and the
 * records they are responsible for keep pointing at them.
 *
 * @param team   users of one team see each other's records when a role is limited to its team
 * @param locale language of the UI and of formatting: {@code en}, {@code es}, {@code ru}
 */
public record User(
        String id,
        String username,
        String displayName,
        String email,
        String locale,
        String team,
        List<String> roles,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public User {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
