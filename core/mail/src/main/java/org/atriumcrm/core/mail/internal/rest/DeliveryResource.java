package org.atriumcrm.core.mail.internal.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.mail.internal.delivery.Delivery;
import org.atriumcrm.core.mail.internal.delivery.DeliveryLog;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/automation/deliveries}: the channels' delivery log, newest first, of every client the
 * caller reaches (or of one, or of one channel). A delivery of a client out of the caller's scope is
 * left out of its page; the address is left out when the caller's role hides the client's e-mails or
 * phones.
 */
@Component(service = DeliveryResource.class, property = RestResource.ENABLED)
@RequiresSection(Sections.AUTOMATION)
@Path("automation/deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    static final int DEFAULT_LIMIT = 50;

    private final DeliveryLog log;
    private final ClientAccess access;

    @Activate
    public DeliveryResource(@Reference DeliveryLog log, @Reference ClientAccess access) {
        this.log = log;
        this.access = access;
    }

    @GET
    public Page<Delivery> list(@QueryParam("clientId") String clientId, @QueryParam("channel") String channel,
            @QueryParam("limit") String limit, @QueryParam("after") String after) {
        List<FieldError> errors = new ArrayList<>();
        int size = size(limit, errors);
        Cursor cursor = Cursor.parse(after, errors);
        String wantedChannel = blankToNull(channel);
        if (wantedChannel != null && !wantedChannel.matches("[a-z0-9][a-z0-9._-]{0,39}")) {
            errors.add(FieldError.of("channel", FieldError.INVALID, "is not a channel id"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String client = blankToNull(clientId);
        if (client != null) {
            access.requireReach(client);
        }
        List<Delivery> found = log.recent(client, wantedChannel, cursor == null ? null : cursor.at(), cursor == null ? null : cursor.id(),
                size + 1);
        String next = null;
        if (found.size() > size) {
            found = found.subList(0, size);
            Delivery last = found.get(size - 1);
            next = last.queuedAt() + "_" + last.id();
        }
        Set<String> hidden = Caller.current().map(caller -> caller.hiddenFields(Sections.CLIENTS)).orElse(Set.of());
        return new Page<>(found.stream().filter(delivery -> client != null || access.reachable(delivery.clientId()))
                .map(delivery -> addressHidden(delivery, hidden) ? withoutAddress(delivery) : delivery).toList(), next);
    }

    /** Whether the role hides what the address was taken from: e-mails for mail, phones for anything else. */
    static boolean addressHidden(Delivery delivery, Set<String> hidden) {
        String kept = delivery.channel().equals("email") ? "emails" : "phones";
        return hidden.stream().anyMatch(path -> path.equals("contacts") || path.equals(kept) || path.endsWith("." + kept));
    }

    private static Delivery withoutAddress(Delivery d) {
        return new Delivery(d.id(), d.clientId(), d.channel(), null, d.subject(), d.language(), d.status(), d.reason(), d.messageId(),
                d.queuedAt(), d.updatedAt());
    }

    private static int size(String limit, List<FieldError> errors) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int size = Integer.parseInt(limit.strip());
            if (size >= 1 && size <= Page.MAX_LIMIT) {
                return size;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(FieldError.of("limit", FieldError.OUT_OF_RANGE, "must be a number from 1 to " + Page.MAX_LIMIT));
        return DEFAULT_LIMIT;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A position in the log: the time and id of the last delivery of a page, {@code <instant>_<id>}. */
    record Cursor(Instant at, String id) {

        static Cursor parse(String text, List<FieldError> errors) {
            if (text == null || text.isBlank()) {
                return null;
            }
            int separator = text.indexOf('_');
            try {
                if (separator > 0 && separator < text.length() - 1) {
                    return new Cursor(Instant.parse(text.substring(0, separator)), text.substring(separator + 1));
                }
            } catch (DateTimeParseException notATime) {
                // reported below
            }
            errors.add(FieldError.of("after", FieldError.INVALID, "is not a cursor of this list"));
            return null;
        }
    }
}
