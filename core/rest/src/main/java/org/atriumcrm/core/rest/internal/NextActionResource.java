package org.atriumcrm.core.rest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.NextActions;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.spi.NextAction;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/next-actions}: the caller's "what to do now", with done and snooze. Any signed-in user
 * has one; which items it holds follows the sections the caller reads, its record scope and hidden
 * fields, decided by {@link NextActions}.
 */
@Component(service = NextActionResource.class, property = RestResource.ENABLED)
@Path("next-actions")
@RequiresSection(RequiresSection.ANY_USER)
@Produces(MediaType.APPLICATION_JSON)
public class NextActionResource {

    /** The list as answered: {@code {items: [...]}}. */
    public record NextActionList(List<Item> items) {
    }

    /** An item as answered, with its {@code key}, the name done and snooze take. */
    public record Item(String key, String source, String id, String kind, String title, String recordType, String recordId,
                       Instant at, String clientId, String code, Map<String, Object> arguments) {

        static Item of(NextAction action) {
            return new Item(action.key(), action.source(), action.id(), action.kind(), action.title(), action.recordType(),
                    action.recordId(), action.at(), action.clientId(), action.code(), action.arguments());
        }

        Item withTitle(String localTitle) {
            return new Item(key, source, id, kind, localTitle, recordType, recordId, at, clientId, code, arguments);
        }
    }

    /** A snooze: until when, ISO-8601. */
    public record SnoozeRequest(String until) {
    }

    private static final int DEFAULT_LIMIT = 50;

    private final NextActions actions;

    @Activate
    public NextActionResource(@Reference NextActions actions) {
        this.actions = actions;
    }

    /** The caller's items now, in the list's order; {@code zone} says where "today" is (default: the server's). */
    @GET
    public NextActionList list(@QueryParam("zone") String zone, @QueryParam("limit") String limit) {
        int size = QueryParameters.text(limit) == null ? DEFAULT_LIMIT : QueryParameters.limit(limit);
        return new NextActionList(actions.list(QueryParameters.zone(zone), Instant.now(), size).stream().map(Item::of).toList());
    }

    /** Completes the item (a task, a lead) or dismisses it for the caller; 404 for an item the caller has not. */
    @POST
    @Path("{key}/done")
    public Response done(@PathParam("key") String key, @QueryParam("zone") String zone) {
        actions.done(key, QueryParameters.zone(zone), Instant.now());
        return Response.noContent().build();
    }

    /** Hides the item from the caller's list until {@code until}. */
    @POST
    @Path("{key}/snooze")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response snooze(@PathParam("key") String key, @QueryParam("zone") String zone, SnoozeRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Instant until = QueryParameters.instant(errors, "until", Bodies.required(request).until());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        actions.snooze(key, until, QueryParameters.zone(zone), Instant.now());
        return Response.noContent().build();
    }
}
