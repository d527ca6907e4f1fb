package org.atriumcrm.core.automation.internal.assignment;

import java.util.Locale;

/**
 * Whom a rule's task is for, as its {@code assignee} argument says: {@code owner} (the default: the
 * record's responsible user), {@code team:<name>} (the members of the team in turn) or a user's id.
 */
public sealed interface Assignee {

    String OWNER = "owner";
    String TEAM_PREFIX = "team:";

    record Owner() implements Assignee {
    }

    record Team(String name) implements Assignee {
    }

    record Named(String userId) implements Assignee {
    }

    static Assignee parse(String argument) {
        String value = argument == null ? "" : argument.strip();
        if (value.isEmpty() || value.toLowerCase(Locale.ROOT).equals(OWNER)) {
            return new Owner();
        }
        if (value.toLowerCase(Locale.ROOT).startsWith(TEAM_PREFIX)) {
            return new Team(value.substring(TEAM_PREFIX.length()).strip());
        }
        return new Named(value);
    }
}
