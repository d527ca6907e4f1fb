package org.atriumcrm.core.api.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Signing in and finding the caller behind a request's credentials: browser sessions (an
 * HttpOnly cookie plus a CSRF token) and integrations' API tokens. Passwords are checked by the
 * JAAS realm configured for Atrium; core's REST layer asks this service on every request.
 */
@ProviderType
public interface Authentication {

    /** The cookie holding a browser session's token. */
    String SESSION_COOKIE = "ATRIUM_SESSION";
    /** The header an unsafe cookie-authenticated request repeats its session's CSRF token in. */
    String CSRF_HEADER = "X-CSRF-Token";
    /** The shortest password Atrium's realm accepts. */
    int MIN_PASSWORD_LENGTH = 12;

    /**
     * Checks the password through the JAAS realm and opens a session.
     *
     * @throws AuthenticationFailedException when refused, or when the username is locked after repeated failures
     */
    SignedIn signIn(String username, char[] password);

    /** Ends the session with this token, if it is live. */
    void signOut(String sessionToken);

    /** The live session with this token; an expired or ended one is empty. Extends its idle time. */
    Optional<Session> session(String token);

    /** The caller an integration's API token ({@code Authorization: Bearer …}) stands for. */
    Optional<Caller> apiToken(String token);

    /**
     * The caller a user is when Atrium acts for it without a request (e.g. its calendar feed): its
     * roles' grants and team as they are now; empty for an unknown or deactivated user.
     */
    Optional<Caller> callerOf(String userId);

    /** Issues an API token acting as the current caller. */
    IssuedApiToken issueApiToken(String name, Instant expiresAt);

    /** The current caller's API tokens. */
    List<ApiToken> apiTokens();

    /** Revokes one of the current caller's API tokens. @throws org.atriumcrm.core.api.RecordNotFoundException */
    void revokeApiToken(String id);

    /**
     * Sets a user's password in Atrium's own realm and {@linkplain #endAccess ends all the user's
     * sessions and API tokens}.
     *
     * @throws org.atriumcrm.core.api.ValidationException naming {@code password} when it is too short
     */
    void setPassword(String userId, char[] password);

    /**
     * Changes the current caller's own password in Atrium's realm, after checking the current one;
     * ends all the caller's sessions, this one too, and API tokens. A wrong current password counts
     * towards the lock-out like a failed sign-in.
     *
     * @throws org.atriumcrm.core.api.ValidationException naming {@code currentPassword} when it is wrong,
     *         {@code newPassword} when it is too short or passwords are kept by another realm (LDAP)
     * @throws AuthenticationFailedException with {@link AuthenticationFailedException#lockedUntil()} while
     *         the caller's username is locked
     */
    void changeOwnPassword(char[] currentPassword, char[] newPassword);

    /**
     * Ends every session of the user and revokes every API token, as when the user is deactivated:
     * at once on this node, within the half minute its cache lasts on the other nodes.
     *
     * @since 1.1
     */
    void endAccess(String userId);
}
