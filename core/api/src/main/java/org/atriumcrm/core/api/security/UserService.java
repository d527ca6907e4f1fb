package org.atriumcrm.core.api.security;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.atriumcrm.core.api.Page;
import org.osgi.annotation.versioning.ProviderType;

/** CRM users, their roles and teams. Passwords are not here: they belong to the authentication realm. */
@ProviderType
public interface UserService {

    String RECORD_TYPE = "user";

    /** @throws org.atriumcrm.core.api.ValidationException naming the field: a taken username, an unknown role … */
    User create(UserDraft draft);

    Optional<User> get(String id);

    /** Usernames compare without regard to case. */
    Optional<User> byUsername(String username);

    User update(String id, UserDraft draft, OptionalLong expectedVersion);

    /** Users ordered by username, {@code text} matching the start of the username or display name. */
    Page<User> find(String text, int limit, String after);

    /** Ids of the active users of a team. */
    List<String> teamMembers(String team);

    /** Whether any active user has the admin role. */
    boolean hasAdmin();
}
