package org.atriumcrm.core.rest.internal;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.atriumcrm.core.api.security.Access;
import org.atriumcrm.core.api.security.Authentication;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.spi.PublicEndpoint;
import org.atriumcrm.core.spi.RequiresSection;

/**
 * Decides, before any resource method runs, whether the caller may call it: a
 * {@link PublicEndpoint} answers anyone; everything else needs a signed-in caller (401) whose roles
 * grant the method's {@link RequiresSection section} the access its HTTP method implies (403). A
 * resource that names no section is for admins. Unsafe requests authenticated by the session
 * cookie must repeat the session's CSRF token in {@value Authentication#CSRF_HEADER} (403).
 */
@Priority(Priorities.AUTHORIZATION)
final class AccessControl implements ContainerRequestFilter {

    /** The request property holding the section of the matched resource method. */
    static final String SECTION = "atrium.section";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || isPublic(method)) {
            return;
        }
        SignedInCaller signedIn = (SignedInCaller) request.getProperty(SignedInCaller.ATTRIBUTE);
        if (signedIn == null) {
            request.abortWith(unauthenticated());
            return;
        }
        String verb = request.getMethod();
        if (signedIn.csrfToken() != null && !SAFE_METHODS.contains(verb)
                && !sameSecret(signedIn.csrfToken(), request.getHeaderString(Authentication.CSRF_HEADER))) {
            request.abortWith(Problem.forbidden(null, "The " + Authentication.CSRF_HEADER
                    + " header must repeat the session's CSRF token").toResponse());
            return;
        }
        RequiresSection required = required(method);
        String section = required == null ? Sections.ADMIN : required.value();
        request.setProperty(SECTION, section);
        if (RequiresSection.ANY_USER.equals(section)) {
            return;
        }
        Access access = required != null && required.access().length > 0 ? required.access()[0] : accessOf(verb);
        Caller caller = signedIn.caller();
        if (!caller.allows(section, access)) {
            request.abortWith(Problem.forbidden(null, "Your roles do not allow " + access.name().toLowerCase()
                    + " access to " + section).toResponse());
        }
    }

    private static Response unauthenticated() {
        return Response.fromResponse(Problem.unauthenticated("Sign in first: POST /api/auth/login, or send an API token")
                .toResponse()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"atrium\"").build();
    }

    private static boolean isPublic(Method method) {
        return method.isAnnotationPresent(PublicEndpoint.class)
                || method.getDeclaringClass().isAnnotationPresent(PublicEndpoint.class);
    }

    private static RequiresSection required(Method method) {
        RequiresSection onMethod = method.getAnnotation(RequiresSection.class);
        return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(RequiresSection.class);
    }

    static Access accessOf(String verb) {
        if (SAFE_METHODS.contains(verb)) {
            return Access.READ;
        }
        return "DELETE".equals(verb) ? Access.DELETE : Access.WRITE;
    }

    private static boolean sameSecret(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
