package org.atriumcrm.core.rest.internal;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.Authentication;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.api.security.User;
import org.atriumcrm.core.api.security.UserDraft;
import org.atriumcrm.core.api.security.UserService;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/users}: CRM users for admins. A user is deactivated ({@code "active": false}), never deleted. */
@Component(service = UserResource.class, property = RestResource.ENABLED)
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@RequiresSection(Sections.ADMIN)
public class UserResource {

    private final UserService users;
    private final Authentication authentication;

    @Activate
    public UserResource(@Reference UserService users, @Reference Authentication authentication) {
        this.users = users;
        this.authentication = authentication;
    }

    /** A new user: the draft's fields and, optionally, a first password ({@link Authentication#MIN_PASSWORD_LENGTH} characters at least). */
    public record NewUser(String username, String displayName, String email, String locale, String team, List<String> roles,
                          Boolean active, String password) {

        UserDraft draft() {
            return new UserDraft(username, displayName, email, locale, team, roles, active);
        }
    }

    /** A password to set. */
    public record NewPassword(String password) {
    }

    @GET
    public Page<User> find(@QueryParam("q") String text, @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return users.find(QueryParameters.text(text), QueryParameters.limit(limit), QueryParameters.text(after));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser request, @Context UriInfo uri) {
        NewUser body = Bodies.required(request);
        if (body.password() != null && body.password().length() < Authentication.MIN_PASSWORD_LENGTH) {
            // refused before the user exists, so that a bad password leaves nothing half made
            throw ValidationException.of("password", "must be at least " + Authentication.MIN_PASSWORD_LENGTH + " characters");
        }
        User created = users.create(body.draft());
        if (body.password() != null) {
            authentication.setPassword(created.id(), body.password().toCharArray());
        }
        URI location = uri.getAbsolutePathBuilder().path(created.id()).build();
        return Response.created(location).tag(EntityTags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        User user = users.get(id).orElseThrow(() -> new RecordNotFoundException(UserService.RECORD_TYPE, id));
        return Response.ok(user).tag(EntityTags.of(user.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, UserDraft draft) {
        User updated = users.update(id, Bodies.required(draft), EntityTags.expectedVersion(ifMatch));
        if (!updated.active()) {
            // a deactivated user's sessions and tokens end now, and stay ended if it comes back
            authentication.endAccess(id);
        }
        return Response.ok(updated).tag(EntityTags.of(updated.version())).build();
    }

    /** Sets the password and ends the user's sessions and API tokens. */
    @PUT
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setPassword(@PathParam("id") String id, NewPassword request) {
        NewPassword body = Bodies.required(request);
        authentication.setPassword(id, body.password() == null ? null : body.password().toCharArray());
        return Response.noContent().build();
    }
}
