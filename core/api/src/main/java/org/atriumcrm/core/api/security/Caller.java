package org.atriumcrm.core.api.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in user a request runs for, with the effective grants of all its roles. Core binds
 * it to the thread serving each request to {@code /api}; services read it with {@link #current()}
 * to record who made a change. Work started by Atrium itself (reminders, imports) runs without one.
 *
 * @param grants        section id → what the caller's roles together allow there
 * @param teamMemberIds ids of the users of the caller's team, the caller included
 */
public record Caller(
        String userId,
        String username,
        String displayName,
        String locale,
        Set<String> roles,
        Map<String, Grant> grants,
        Set<String> teamMemberIds) {

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    public Caller {
        roles = Set.copyOf(roles);
        grants = Map.copyOf(grants);
        teamMemberIds = Set.copyOf(teamMemberIds);
    }

    /** The caller of the request this thread serves, if any. */
    public static Optional<Caller> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs what follows, until {@link Binding#close()}, as {@code caller}. */
    public static Binding bind(Caller caller) {
        Caller previous = CURRENT.get();
        CURRENT.set(caller);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    public boolean admin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean allows(String section, Access access) {
        return admin() || grant(section).allows(access);
    }

    /** Fields of the section's records this caller neither sees nor writes. */
    public Set<String> hiddenFields(String section) {
        return admin() ? Set.of() : grant(section).hiddenFields();
    }

    public RecordScope scope(String section) {
        return admin() ? RecordScope.ALL : grant(section).scope();
    }

    /** Whether the caller reaches a record of the section whose responsible user is {@code ownerId}. */
    public boolean reaches(String section, String ownerId) {
        return switch (scope(section)) {
            case ALL -> true;
            case TEAM -> ownerId != null && teamMemberIds.contains(ownerId);
            case OWN -> userId.equals(ownerId);
        };
    }

    private Grant grant(String section) {
        return grants.getOrDefault(section, Grant.NONE);
    }

    /** Undoes a {@link #bind(Caller)}. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
