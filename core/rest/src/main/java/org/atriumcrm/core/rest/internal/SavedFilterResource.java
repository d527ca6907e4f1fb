package org.atriumcrm.core.rest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.atriumcrm.core.api.ClientFilter;
import org.atriumcrm.core.api.ClientSort;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.PurchasePotential;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.SavedFilter;
import org.atriumcrm.core.api.SavedFilterDraft;
import org.atriumcrm.core.api.SavedFilterService;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.Access;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/saved-filters}: the client list's filters saved by name. Whoever reads clients keeps
 * its own and sees those others share; only the owner changes or deletes one (another user's
 * shared filter: 403; one not shared: 404, as if it did not exist).
 */
@Component(service = SavedFilterResource.class, property = RestResource.ENABLED)
@Path("saved-filters")
@RequiresSection(value = Sections.CLIENTS, access = Access.READ)
@Produces(MediaType.APPLICATION_JSON)
public class SavedFilterResource {

    /** The list's filters as its query parameters name them, {@code customFields} for its {@code cf.<key>}. */
    public record Filters(String status, String source, String clientType, String sector, String purchasePotential,
            String geography, String tag, String responsibleManagerId, Map<String, String> customFields) {

        static Filters of(ClientFilter filter) {
            return new Filters(name(filter.status()), filter.source(), filter.clientType(), filter.sector(),
                    name(filter.purchasePotential()), filter.geography(), filter.tag(), filter.responsibleManagerId(),
                    filter.customFields());
        }

        private static String name(Enum<?> value) {
            return value == null ? null : value.name();
        }
    }

    /** What is sent to save a filter or replace one; {@code sort} as the list's parameter ({@code -created}). */
    public record Request(String name, Boolean shared, String text, Filters filter, String sort) {
    }

    /** A saved filter as answered; {@code mine}: the caller owns it, and may change or delete it. */
    public record Answer(String id, String ownerId, boolean mine, String name, boolean shared, String text, Filters filter,
            String sort, long version, Instant createdAt, Instant updatedAt) {

        static Answer of(SavedFilter saved) {
            boolean mine = Caller.current().map(caller -> caller.userId().equals(saved.ownerId())).orElse(false);
            return new Answer(saved.id(), saved.ownerId(), mine, saved.name(), saved.shared(), saved.text(),
                    Filters.of(saved.filter()), saved.sort().parameter(), saved.version(), saved.createdAt(), saved.updatedAt());
        }
    }

    private final SavedFilterService filters;

    @Activate
    public SavedFilterResource(@Reference SavedFilterService filters) {
        this.filters = filters;
    }

    /** The caller's own filters and those others share, by name. */
    @GET
    public List<Answer> list() {
        return filters.list().stream().map(Answer::of).toList();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        SavedFilter saved = filters.get(id).orElseThrow(() -> new RecordNotFoundException(SavedFilterService.RECORD_TYPE, id));
        return Response.ok(Answer.of(saved)).tag(EntityTags.of(saved.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Request request, @Context UriInfo uri) {
        SavedFilter created = filters.create(draft(Bodies.required(request)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .tag(EntityTags.of(created.version())).entity(Answer.of(created)).build();
    }

    /** Replaces the caller's own filter; {@code If-Match} with an older version answers 409. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Request request) {
        SavedFilter updated = filters.update(id, draft(Bodies.required(request)), EntityTags.expectedVersion(ifMatch));
        return Response.ok(Answer.of(updated)).tag(EntityTags.of(updated.version())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        filters.delete(id, EntityTags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    /** @throws ValidationException naming each constant that is not one ({@code filter.status}, {@code sort}) */
    private static SavedFilterDraft draft(Request request) {
        List<FieldError> errors = new ArrayList<>();
        Filters sent = request.filter() == null ? Filters.of(ClientFilter.NONE) : request.filter();
        ClientFilter filter = new ClientFilter(
                QueryParameters.enumValue(errors, "filter.status", sent.status(), LifecycleStatus.class),
                sent.source(), sent.clientType(), sent.sector(),
                QueryParameters.enumValue(errors, "filter.purchasePotential", sent.purchasePotential(), PurchasePotential.class),
                sent.geography(), sent.tag(), sent.responsibleManagerId(), sent.customFields(), null);
        ClientSort sort = ClientResource.sort(request.sort(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new SavedFilterDraft(request.name(), Boolean.TRUE.equals(request.shared()), request.text(), filter, sort);
    }
}
