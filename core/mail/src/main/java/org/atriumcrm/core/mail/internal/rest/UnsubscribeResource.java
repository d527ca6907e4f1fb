package org.atriumcrm.core.mail.internal.rest;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.atriumcrm.core.api.security.AddressRateLimit;
import org.atriumcrm.core.mail.internal.MailConfiguration;
import org.atriumcrm.core.mail.internal.channel.UnsubscribeTokens;
import org.atriumcrm.core.mail.internal.delivery.Delivery;
import org.atriumcrm.core.mail.internal.delivery.DeliveryLog;
import org.atriumcrm.core.spi.PublicEndpoint;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/unsubscribe/{token}}: the link in every e-mail, without login. A token Atrium signed
 * opts the message's client out of the message's channel (GET from a mail reader, POST from a one-click
 * {@code List-Unsubscribe}); anything else is 404; too many tries from one address are 429.
 */
@Component(service = UnsubscribeResource.class, property = RestResource.ENABLED, configurationPid = MailConfiguration.PID)
@PublicEndpoint
@Path("unsubscribe")
public class UnsubscribeResource {

    private static final Logger LOG = LoggerFactory.getLogger(UnsubscribeResource.class);
    private static final Map<String, String[]> PAGES = Map.of(
            "en", new String[] {"Unsubscribed", "You will get no more e-mails from us."},
            "es", new String[] {"Baja confirmada", "No recibirá más correos nuestros."},
            "ru", new String[] {"Вы отписаны", "Больше писем от нас не будет."});
    private static final String PAGE = MediaType.TEXT_HTML + ";charset=utf-8";
    private static final String[] UNKNOWN = {"Link not valid", "This unsubscribe link is not valid."};

    private final UnsubscribeTokens tokens;
    private final DeliveryLog log;
    private final AddressRateLimit limit;

    @Activate
    public UnsubscribeResource(@Reference UnsubscribeTokens tokens, @Reference DeliveryLog log, MailConfiguration configuration) {
        this.tokens = tokens;
        this.log = log;
        this.limit = new AddressRateLimit(Clock.systemUTC(), configuration.unsubscribe_rate_per_minute());
    }

    // no @Produces: the answer is a page whatever the caller accepts (mail readers send all sorts)
    @GET
    @Path("{token}")
    public Response open(@PathParam("token") String token, @Context HttpServletRequest http) {
        return unsubscribe(token, http);
    }

    @POST
    @Path("{token}")
    public Response oneClick(@PathParam("token") String token, @Context HttpServletRequest http) {
        return unsubscribe(token, http);
    }

    private Response unsubscribe(String token, HttpServletRequest http) {
        long wait = limit.secondsToWait(http.getRemoteAddr());
        if (wait > 0) {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, wait).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("Too many requests; try again in " + wait + " s").build();
        }
        Optional<Delivery> delivery = tokens.deliveryOf(token).flatMap(log::get);
        if (delivery.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).type(PAGE).entity(page("en", UNKNOWN)).build();
        }
        log.optOut(delivery.get().clientId(), delivery.get().channel(), delivery.get().id());
        LOG.info("Client {} opted out of {} through the link of delivery {}", delivery.get().clientId(), delivery.get().channel(),
                delivery.get().id());
        String language = PAGES.containsKey(delivery.get().language()) ? delivery.get().language() : "en";
        return Response.ok(page(language, PAGES.get(language))).type(PAGE).build();
    }

    private static String page(String language, String[] texts) {
        return "<!DOCTYPE html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\"><title>" + texts[0]
                + "</title></head><body><h1>" + texts[0] + "</h1><p>" + texts[1] + "</p></body></html>";
    }
}
