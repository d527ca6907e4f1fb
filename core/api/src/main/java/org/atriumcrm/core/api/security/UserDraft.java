package org.atriumcrm.core.api.security;

import java.util.List;

/** A user as sent to create or change one; {@code active} {@code null} means active. */
public record UserDraft(
        String username,
        String displayName,
        String email,
        String locale,
        String team,
        List<String> roles,
        Boolean active) {

    public UserDraft {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
