package org.atriumcrm.core.api.security;

/** A successful sign-in: the session, and its secret token for the HttpOnly cookie. */
public record SignedIn(String token, Session session) {
}
