package org.atriumcrm.core.security.internal;

/** What Atrium's login module asks: is this the password of this active user? Returns the user's roles, or {@code null}. */
@FunctionalInterface
interface PasswordCheck {

    java.util.List<String> rolesIfValid(String username, char[] password);
}
