package org.atriumcrm.core.store.internal.people;

import org.atriumcrm.core.api.FieldError;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.atriumcrm.core.api.security.UserDraft;
import org.atriumcrm.core.store.internal.support.FieldChecks;

/** What a user must look like before it is stored. */
final class UserChecks {

    static final Set<String> LOCALES = Set.of("en", "es", "ru");
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{2,100}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** A checked user: trimmed, roles without repeats. */
    record Valid(String username, String displayName, String email, String locale, String team, List<String> roles,
                 boolean active) {
    }

    private UserChecks() {
    }

    /** @param knownRoles ids of the roles that exist now */
    static Valid check(UserDraft draft, Set<String> knownRoles) {
        FieldChecks checks = new FieldChecks();
        String username = checks.required("username", draft.username(), 100);
        checks.rule("username", username, value -> USERNAME.matcher(value).matches() ? Optional.empty()
                : Optional.of("may hold letters, digits and . _ @ - only, 2 to 100 of them"));
        String displayName = checks.text("displayName", draft.displayName(), 200);
        String email = checks.text("email", draft.email(), 254);
        checks.rule("email", email, value -> EMAIL.matcher(value).matches() ? Optional.empty()
                : Optional.of("is not an e-mail address"));
        String locale = checks.text("locale", draft.locale(), 10);
        checks.rule("locale", locale, value -> LOCALES.contains(value) ? Optional.empty()
                : Optional.of("must be one of en, es, ru"));
        String team = checks.text("team", draft.team(), 100);
        Set<String> roles = new LinkedHashSet<>();
        for (int i = 0; i < draft.roles().size(); i++) {
            String role = draft.roles().get(i);
            if (role == null || !knownRoles.contains(role)) {
                checks.add("roles[" + i + "]", FieldError.NOT_FOUND, java.util.Collections.singletonMap("id", role), "is not a role: " + role);
            } else {
                roles.add(role);
            }
        }
        checks.throwIfAny();
        return new Valid(username, displayName == null ? username : displayName, email, locale == null ? "en" : locale,
                team, List.copyOf(roles), draft.active() == null || draft.active());
    }
}
