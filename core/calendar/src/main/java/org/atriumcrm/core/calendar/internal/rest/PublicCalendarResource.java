package org.atriumcrm.core.calendar.internal.rest;

import java.time.Clock;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.security.AddressRateLimit;
import org.atriumcrm.core.calendar.internal.CalendarConfiguration;
import org.atriumcrm.core.calendar.internal.feed.FeedContents;
import org.atriumcrm.core.calendar.internal.feed.FeedSecrets;
import org.atriumcrm.core.spi.PublicEndpoint;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/calendar/{secret}.ics}: a user's feed for calendar programs, which cannot sign in. The
 * secret is the only credential: a secret that is not a live one (never issued, rotated, revoked, its
 * user deactivated) answers 404 like any unknown address; too many requests from one address are 429.
 */
@Component(service = PublicCalendarResource.class, property = RestResource.ENABLED, configurationPid = CalendarConfiguration.PID)
@PublicEndpoint
@Path("calendar")
public class PublicCalendarResource {

    static final String CALENDAR = "text/calendar;charset=utf-8";

    private final FeedSecrets secrets;
    private final FeedContents contents;
    private final AddressRateLimit limit;

    @Activate
    public PublicCalendarResource(@Reference FeedSecrets secrets, @Reference FeedContents contents, CalendarConfiguration configuration) {
        this.secrets = secrets;
        this.contents = contents;
        this.limit = new AddressRateLimit(Clock.systemUTC(), configuration.feed_rate_per_minute());
    }

    // no @Produces: calendar programs send all sorts of Accept headers
    @GET
    @Path("{secret}.ics")
    public Response feed(@PathParam("secret") String secret, @Context HttpServletRequest http) {
        long wait = limit.secondsToWait(http.getRemoteAddr());
        if (wait > 0) {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, wait).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("Too many requests; try again in " + wait + " s").build();
        }
        // the answer names nothing of the address asked for
        String calendar = secrets.userOf(secret).flatMap(contents::calendarOf)
                .orElseThrow(() -> new RecordNotFoundException("calendar", "feed"));
        CacheControl private_ = new CacheControl();
        private_.setPrivate(true);
        private_.setNoStore(true);
        return Response.ok(calendar).type(CALENDAR).cacheControl(private_).build();
    }
}
