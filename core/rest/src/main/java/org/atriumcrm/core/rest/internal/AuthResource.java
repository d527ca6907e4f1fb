package org.atriumcrm.core.rest.internal;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.security.Access;
import org.atriumcrm.core.api.security.ApiToken;
import org.atriumcrm.core.api.security.Authentication;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.IssuedApiToken;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.api.security.SignedIn;
import org.atriumcrm.core.api.security.User;
import org.atriumcrm.core.api.security.UserService;
import org.atriumcrm.core.spi.PublicEndpoint;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/auth}: signing in and out, the current session, and API tokens for integrations.
 * The session token travels only in an HttpOnly, SameSite=Strict cookie that scripts cannot read;
 * the CSRF token the answer carries is what the page repeats on unsafe requests.
 */
@Component(service = AuthResource.class, property = RestResource.ENABLED)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@RequiresSection(RequiresSection.ANY_USER)
public class AuthResource {

    private final Authentication authentication;
    private final UserService users;
    private final Sections sections;

    @Activate
    public AuthResource(@Reference Authentication authentication, @Reference UserService users, @Reference Sections sections) {
        this.authentication = authentication;
        this.users = users;
        this.sections = sections;
    }

    /** What a sign-in sends. */
    public record SignInRequest(String username, String password) {
    }

    /**
     * The signed-in user, the CSRF token to repeat in {@value Authentication#CSRF_HEADER}, when the
     * session ends at the latest, what the user may do in each section and which fields of it they
     * do not see (the page shows only what is allowed).
     */
    public record SessionAnswer(User user, String csrfToken, Instant expiresAt, Map<String, Set<Access>> access,
                                Map<String, Set<String>> hiddenFields) {

        static SessionAnswer of(User user, String csrfToken, Instant expiresAt, Caller caller, Sections sections) {
            Map<String, Set<Access>> access = new TreeMap<>();
            Map<String, Set<String>> hidden = new TreeMap<>();
            for (var section : sections.all()) {
                Set<Access> allowed = EnumSet.noneOf(Access.class);
                for (Access wanted : Access.values()) {
                    if (caller.allows(section.id(), wanted)) {
                        allowed.add(wanted);
                    }
                }
                access.put(section.id(), allowed);
                if (!caller.hiddenFields(section.id()).isEmpty()) {
                    hidden.put(section.id(), caller.hiddenFields(section.id()));
                }
            }
            return new SessionAnswer(user, csrfToken, expiresAt, access, hidden);
        }
    }

    /** What issuing an API token sends; no {@code expiresAt}: it lasts until revoked. */
    public record TokenRequest(String name, Instant expiresAt) {
    }

    @POST
    @Path("login")
    @PublicEndpoint
        @Consumes(MediaType.APPLICATION_JSON)
    public Response login(SignInRequest request, @Context HttpServletRequest http) {
        SignInRequest body = Bodies.required(request);
        SignedIn signedIn = authentication.signIn(body.username(), chars(body.password()));
        Caller caller = signedIn.session().caller();
        SessionAnswer answer = SessionAnswer.of(user(caller.userId()), signedIn.session().csrfToken(),
                signedIn.session().expiresAt(), caller, sections);
        return Response.ok(answer).header(HttpHeaders.SET_COOKIE, cookie(signedIn.token(), http.isSecure(), false)).build();
    }

    @POST
    @Path("logout")
    @PublicEndpoint
        public Response logout(@Context HttpServletRequest http) {
        SignedInCaller.sessionToken(http).ifPresent(authentication::signOut);
        return Response.noContent().header(HttpHeaders.SET_COOKIE, cookie("", http.isSecure(), true)).build();
    }

    /** A password change: the current one, then the new one. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** Changes the caller's own password and ends its sessions, this one too, and its API tokens: sign in again with the new one. */
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChange request, @Context HttpServletRequest http) {
        PasswordChange body = Bodies.required(request);
        authentication.changeOwnPassword(chars(body.currentPassword()), chars(body.newPassword()));
        return Response.noContent().header(HttpHeaders.SET_COOKIE, cookie("", http.isSecure(), true)).build();
    }

    private static char[] chars(String text) {
        return text == null ? null : text.toCharArray();
    }

    @GET
    @Path("session")
    public SessionAnswer session(@Context ContainerRequestContext request) {
        SignedInCaller signedIn = (SignedInCaller) request.getProperty(SignedInCaller.ATTRIBUTE);
        return SessionAnswer.of(user(signedIn.caller().userId()), signedIn.csrfToken(), null, signedIn.caller(), sections);
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issueToken(TokenRequest request, @Context UriInfo uri) {
        TokenRequest body = Bodies.required(request);
        IssuedApiToken issued = authentication.issueApiToken(body.name(), body.expiresAt());
        URI location = uri.getAbsolutePathBuilder().path(issued.id()).build();
        return Response.created(location).entity(issued).build();
    }

    @GET
    @Path("tokens")
    public List<ApiToken> tokens() {
        return authentication.apiTokens();
    }

    @DELETE
    @Path("tokens/{id}")
    public Response revokeToken(@PathParam("id") String id) {
        authentication.revokeApiToken(id);
        return Response.noContent().build();
    }

    private User user(String id) {
        return users.get(id).orElseThrow(() -> new RecordNotFoundException(UserService.RECORD_TYPE, id));
    }

    private static String cookie(String token, boolean secure, boolean expired) {
        return Authentication.SESSION_COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "") + (expired ? "; Max-Age=0" : "");
    }
}
