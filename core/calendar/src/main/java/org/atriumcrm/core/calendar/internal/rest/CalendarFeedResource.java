package org.atriumcrm.core.calendar.internal.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.calendar.internal.feed.Feed;
import org.atriumcrm.core.calendar.internal.feed.FeedSecrets;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/calendar/feed}: the signed-in user's own calendar feed. {@code POST} makes a new secret
 * address (the one before stops working) and shows it this once; {@code DELETE} revokes it.
 */
@Component(service = CalendarFeedResource.class, property = RestResource.ENABLED)
@RequiresSection(RequiresSection.ANY_USER)
@Path("calendar/feed")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarFeedResource {

    private final FeedSecrets secrets;

    @Activate
    public CalendarFeedResource(@Reference FeedSecrets secrets) {
        this.secrets = secrets;
    }

    @GET
    public Feed feed() {
        return secrets.of(userId());
    }

    @POST
    public Response issue(@Context UriInfo uri) {
        String secret = secrets.issue(userId());
        Feed feed = secrets.of(userId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("active", feed.active());
        body.put("createdAt", feed.createdAt());
        body.put("url", uri.getBaseUriBuilder().path("calendar").path(secret + ".ics").build().toString());
        return Response.status(Response.Status.CREATED).entity(body).build();
    }

    @DELETE
    public Response revoke() {
        secrets.revoke(userId());
        return Response.noContent().build();
    }

    private static String userId() {
        return Caller.current().orElseThrow(() -> new IllegalStateException("a signed-in caller")).userId();
    }
}
