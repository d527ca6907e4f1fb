package org.atriumcrm.core.rest.internal;

import java.util.Optional;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;

import org.atriumcrm.core.api.security.Authentication;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.Session;

/**
 * Who sent a request, from its credentials: an API token ({@code Authorization: Bearer …}) or a
 * browser session cookie. A cookie-authenticated request also carries its session's CSRF token,
 * which unsafe requests must repeat in a header.
 *
 * @param csrfToken the session's CSRF token when the cookie authenticated the request; {@code null} for a bearer token
 */
record SignedInCaller(Caller caller, String csrfToken) {

    /** The request attribute (a Jersey request property too) holding it. */
    static final String ATTRIBUTE = SignedInCaller.class.getName();
    private static final String BEARER = "Bearer ";

    /** Empty when the request has no credentials, or none that are valid now. */
    static Optional<SignedInCaller> of(HttpServletRequest request, Authentication authentication) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authentication.apiToken(authorization.substring(BEARER.length()).strip())
                    .map(caller -> new SignedInCaller(caller, null));
        }
        return sessionToken(request).flatMap(authentication::session).map(SignedInCaller::of);
    }

    static Optional<String> sessionToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (Authentication.SESSION_COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static SignedInCaller of(Session session) {
        return new SignedInCaller(session.caller(), session.csrfToken());
    }
}
