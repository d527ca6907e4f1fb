package org.atriumcrm.core.rest.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.ClientQuery;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.ClientSort;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/clients}: the client base over HTTP. Versions travel as {@code ETag} / {@code If-Match}. */
@Component(service = ClientResource.class, property = RestResource.ENABLED)
@Path("clients")
@Produces(MediaType.APPLICATION_JSON)
public class ClientResource {

    private final ClientService clients;

    @Activate
    public ClientResource(@Reference ClientService clients) {
        this.clients = clients;
    }

    @GET
    public Page<Client> find(@QueryParam("q") String text, @QueryParam("status") String status,
                             @QueryParam("sort") String sort, @QueryParam("limit") String limit,
                             @QueryParam("after") String after) {
        List<FieldError> errors = new ArrayList<>();
        LifecycleStatus wantedStatus = status(status, errors);
        ClientSort order = sort(sort, errors);
        int size = limit(limit, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return clients.find(new ClientQuery(text, wantedStatus, order, size, blankToNull(after)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ClientDraft draft, @Context UriInfo uri) {
        Client created = clients.create(required(draft));
        URI location = uri.getAbsolutePathBuilder().path(created.id()).build();
        return Response.created(location).tag(EntityTags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @Context Request request) {
        Client client = clients.get(id).orElseThrow(() -> new RecordNotFoundException(ClientService.RECORD_TYPE, id));
        EntityTag tag = EntityTags.of(client.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return notModified != null ? notModified.build() : Response.ok(client).tag(tag).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ClientDraft draft) {
        Client updated = clients.update(id, required(draft), EntityTags.expectedVersion(ifMatch));
        return Response.ok(updated).tag(EntityTags.of(updated.version())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        clients.delete(id, EntityTags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    private static ClientDraft required(ClientDraft draft) {
        if (draft == null) {
            throw new BadRequestException("The request needs a JSON body describing the client");
        }
        return draft;
    }

    private static LifecycleStatus status(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LifecycleStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("status", "must be one of LEAD, ACTIVE, REGULAR, LOST"));
            return null;
        }
    }

    private static ClientSort sort(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return ClientSort.NAME;
        }
        return ClientSort.fromParameter(value).orElseGet(() -> {
            errors.add(new FieldError("sort", "must be one of name, -name, created, -created, updated, -updated"));
            return ClientSort.NAME;
        });
    }

    private static int limit(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return ClientQuery.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= ClientQuery.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        errors.add(new FieldError("limit", "must be a whole number from 1 to " + ClientQuery.MAX_LIMIT));
        return ClientQuery.DEFAULT_LIMIT;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
