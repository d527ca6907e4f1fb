package org.atriumcrm.core.rest.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;

import javax.ws.rs.BeanParam;
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
import org.atriumcrm.core.api.ClientArchive;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.ClientFilter;
import org.atriumcrm.core.api.ClientMatch;
import org.atriumcrm.core.api.ClientMerge;
import org.atriumcrm.core.api.ClientQuery;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.ClientSort;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.MergedClients;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.PurchasePotential;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.StatusChange;
import org.atriumcrm.core.api.TimelineEntry;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.Access;
import org.atriumcrm.core.api.security.AccessDeniedException;
import org.atriumcrm.core.api.security.AuditEntry;
import org.atriumcrm.core.api.security.AuditQuery;
import org.atriumcrm.core.api.security.AuditTrail;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/clients}: the client base over HTTP. Versions travel as {@code ETag} / {@code If-Match}.
 * A caller limited to its own or its team's clients (by responsible manager) sees only those.
 */
@Component(service = ClientResource.class, property = RestResource.ENABLED)
@Path("clients")
@RequiresSection(Sections.CLIENTS)
@Produces(MediaType.APPLICATION_JSON)
public class ClientResource {

    static final int MAX_BATCH = 1000;
    /** Candidates a create looks at before it answers 409. */
    static final int DUPLICATE_CANDIDATES = 5;

    private final ClientService clients;
    private final ReadableTimeline timeline;
    private final AuditTrail audit;
    private final ClientArchive archive;

    @Activate
    public ClientResource(@Reference ClientService clients, @Reference ReadableTimeline timeline, @Reference AuditTrail audit,
                          @Reference ClientArchive archive) {
        this.clients = clients;
        this.timeline = timeline;
        this.audit = audit;
        this.archive = archive;
    }

    /** The filters of a client list, as query parameters. */
    public static class ListParameters {
        @QueryParam("q") String text;
        @QueryParam("status") String status;
        @QueryParam("source") String source;
        @QueryParam("clientType") String clientType;
        @QueryParam("sector") String sector;
        @QueryParam("purchasePotential") String purchasePotential;
        @QueryParam("geography") String geography;
        @QueryParam("tag") String tag;
        @QueryParam("responsibleManagerId") String responsibleManagerId;
        @QueryParam("sort") String sort;
        @QueryParam("limit") String limit;
        @QueryParam("after") String after;
    }

    /** Query parameters {@code cf.<key>=<value>} filter on custom fields. */
    static final String CUSTOM_FIELD_PREFIX = "cf.";

    @GET
    public Page<Client> find(@BeanParam ListParameters parameters, @Context UriInfo uri) {
        FieldMask hidden = HiddenFields.of(Sections.CLIENTS);
        ListFilters.refuseHidden(hidden, parameters, uri);
        List<FieldError> errors = new ArrayList<>();
        ClientFilter filter = new ClientFilter(
                QueryParameters.enumValue(errors, "status", parameters.status, LifecycleStatus.class),
                QueryParameters.text(parameters.source),
                QueryParameters.text(parameters.clientType),
                QueryParameters.text(parameters.sector),
                QueryParameters.enumValue(errors, "purchasePotential", parameters.purchasePotential, PurchasePotential.class),
                QueryParameters.text(parameters.geography),
                QueryParameters.text(parameters.tag),
                QueryParameters.text(parameters.responsibleManagerId),
                QueryParameters.prefixed(uri, CUSTOM_FIELD_PREFIX), RecordReach.owners(Sections.CLIENTS));
        ClientSort order = sort(parameters.sort, errors);
        int size = QueryParameters.limit(errors, parameters.limit);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return clients.find(new ClientQuery(parameters.text, filter, order, size, QueryParameters.text(parameters.after),
                hidden.fields()));
    }

    /** Everything that happened with the client, newest first, from core and every installed module. */
    @GET
    @Path("{id}/timeline")
    public Page<TimelineEntry> timeline(@PathParam("id") String id, @QueryParam("limit") String limit,
                                        @QueryParam("after") String after) {
        int size = QueryParameters.limit(limit);
        requireReach(id);
        return timeline.timeline(id, size, QueryParameters.text(after));
    }

    @GET
    @Path("{id}/status-history")
    public List<StatusChange> statusHistory(@PathParam("id") String id) {
        requireReach(id);
        return clients.statusHistory(id);
    }

    /** Who changed the client and how, newest first; changes of fields hidden from the caller are left out. */
    @GET
    @Path("{id}/audit")
    public Page<AuditEntry> audit(@PathParam("id") String id, @QueryParam("limit") String limit,
                                  @QueryParam("after") String after) {
        int size = QueryParameters.limit(limit);
        requireReach(id);
        Page<AuditEntry> page = audit.find(new AuditQuery(ClientService.RECORD_TYPE, id, null, null, null, null, size,
                QueryParameters.text(after)));
        FieldMask hidden = HiddenFields.of(Sections.CLIENTS);
        return hidden.isEmpty() ? page : new Page<>(page.items().stream().map(entry -> withoutHidden(entry, hidden)).toList(),
                page.next());
    }

    /** A change names one field (e.g. {@code contacts[0].phones[1]}) and holds its old and new values as text. */
    private static AuditEntry withoutHidden(AuditEntry entry, FieldMask hidden) {
        return new AuditEntry(entry.id(), entry.at(), entry.action(), entry.recordType(), entry.recordId(), entry.userId(),
                entry.username(), entry.changes().stream().filter(change -> !hidden.hides(change.field())).toList());
    }

    /**
     * 404 unless the caller reaches the client. Only a limited caller costs a read here; for the
     * others the service's own 404 is enough.
     */
    private void requireReach(String id) {
        if (RecordReach.limited(Sections.CLIENTS)) {
            reachable(id);
        }
    }

    /** The client, if it exists and the caller reaches it; 404 otherwise. */
    private Client reachable(String id) {
        Client client = clients.get(id).orElseThrow(() -> new RecordNotFoundException(ClientService.RECORD_TYPE, id));
        RecordReach.requireReach(Sections.CLIENTS, client.responsibleManagerId(), ClientService.RECORD_TYPE, id);
        return client;
    }

    private static ClientDraft owned(ClientDraft draft) {
        String manager = RecordReach.ownerFor(Sections.CLIENTS, draft.responsibleManagerId(), "responsibleManagerId");
        return manager == null || manager.equals(draft.responsibleManagerId()) ? draft : draft.withResponsibleManagerId(manager);
    }

    /**
     * Creates a client unless one already stored (and in the caller's reach) is almost surely the
     * same: then 409 with the candidates, unless the caller confirms with {@code ?confirmedNew=true}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ClientDraft draft, @QueryParam(DuplicateProblem.CONFIRM_PARAMETER) String confirmedNew,
                           @Context UriInfo uri) {
        ClientDraft owned = owned(Bodies.required(draft));
        if (!"true".equalsIgnoreCase(QueryParameters.text(confirmedNew))) {
            List<ClientMatch> strong = reachableMatches(owned, DUPLICATE_CANDIDATES).stream().filter(ClientMatch::strong).toList();
            if (!strong.isEmpty()) {
                return DuplicateProblem.of(strong).toResponse();
            }
        }
        Client created = clients.create(owned);
        URI location = uri.getAbsolutePathBuilder().path(created.id()).build();
        return Response.created(location).tag(EntityTags.of(created.version())).entity(created).build();
    }

    /** What a duplicate search answers: strong and possible candidates, best first. */
    public record Matches(List<ClientMatch> candidates) {
    }

    /** Clients that may be the one the draft describes, e.g. while it is being typed; the draft need not be valid. */
    @POST
    @Path("match")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresSection(value = Sections.CLIENTS, access = Access.READ)
    public Matches match(ClientDraft draft, @QueryParam("limit") String limit) {
        int size = QueryParameters.limit(limit);
        return new Matches(reachableMatches(Bodies.required(draft), size));
    }

    /** The candidates of a draft, those out of a limited caller's reach left out as if they did not exist. */
    private List<ClientMatch> reachableMatches(ClientDraft draft, int limit) {
        if (!RecordReach.limited(Sections.CLIENTS)) {
            return clients.match(draft, limit);
        }
        return clients.match(draft, Page.MAX_LIMIT).stream()
                .filter(match -> clients.get(match.clientId())
                        .map(client -> RecordReach.reaches(Sections.CLIENTS, client.responsibleManagerId())).orElse(false))
                .limit(limit).toList();
    }

    /** What a batch create answers: the new ids, in the order of the drafts. */
    public record BatchCreated(int created, List<String> ids) {
    }

    /**
     * Up to {@value #MAX_BATCH} clients in one transaction, for imports and integrations: all or none.
     * No duplicate check here: an import is taken as it is (its clients get their match keys all the same).
     */
    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createAll(List<ClientDraft> drafts) {
        if (Bodies.required(drafts).isEmpty() || drafts.size() > MAX_BATCH) {
            throw ValidationException.of("body", "must hold 1 to " + MAX_BATCH + " clients");
        }
        if (drafts.contains(null)) {
            throw ValidationException.of("[" + drafts.indexOf(null) + "]", "is required");
        }
        List<String> ids = clients.createAll(drafts.stream().map(ClientResource::owned).toList());
        return Response.status(Response.Status.CREATED).entity(new BatchCreated(ids.size(), ids)).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @Context Request request, @Context UriInfo uri) {
        Optional<Client> found = clients.get(id);
        if (found.isEmpty()) {
            return whereMerged(id, uri, MergedProblem::moved);
        }
        Client client = found.get();
        RecordReach.requireReach(Sections.CLIENTS, client.responsibleManagerId(), ClientService.RECORD_TYPE, id);
        EntityTag tag = EntityTags.of(client.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return notModified != null ? notModified.build() : Response.ok(client).tag(tag).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ClientDraft draft, @Context UriInfo uri) {
        try {
            requireReach(id);
            ClientDraft full = HiddenFields.keepStored(Sections.CLIENTS, owned(Bodies.required(draft)), () -> reachable(id),
                    ClientDraft.class);
            Client updated = clients.update(id, full, EntityTags.expectedVersion(ifMatch));
            return Response.ok(updated).tag(EntityTags.of(updated.version())).build();
        } catch (RecordNotFoundException notFound) {
            return whereMerged(id, uri, MergedProblem::conflict);
        }
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Context UriInfo uri) {
        try {
            requireReach(id);
            clients.delete(id, EntityTags.expectedVersion(ifMatch));
            return Response.noContent().build();
        } catch (RecordNotFoundException notFound) {
            return whereMerged(id, uri, MergedProblem::conflict);
        }
    }

    /** Archives the client: it leaves the default lists and searches (see {@link ClientArchive}). */
    @POST
    @Path("{id}/archive")
    public Response archive(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Context UriInfo uri) {
        return changeLifecycle(id, ifMatch, uri, archive::archive);
    }

    /** Puts an archived client back to the status it had before. */
    @POST
    @Path("{id}/restore")
    public Response restore(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Context UriInfo uri) {
        return changeLifecycle(id, ifMatch, uri, archive::restore);
    }

    private Response changeLifecycle(String id, String ifMatch, UriInfo uri, BiFunction<String, OptionalLong, Client> change) {
        try {
            requireReach(id);
            Client changed = change.apply(id, EntityTags.expectedVersion(ifMatch));
            return Response.ok(changed).tag(EntityTags.of(changed.version())).build();
        } catch (RecordNotFoundException notFound) {
            return whereMerged(id, uri, MergedProblem::conflict);
        }
    }

    /** The fields a merge request names: the clients that go into the survivor and whose value each field keeps. */
    public record MergeRequest(List<String> mergedIds, Map<String, String> fields) {
    }

    /**
     * Merges duplicates into this client (see {@link ClientService#merge}). The merged clients
     * disappear, so it needs delete access, and every client named must be in the caller's reach.
     */
    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresSection(value = Sections.CLIENTS, access = Access.DELETE)
    public Response merge(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          MergeRequest request) {
        Bodies.required(request);
        requireReach(id);
        List<String> mergedIds = request.mergedIds() == null ? List.of() : request.mergedIds();
        FieldMask hidden = HiddenFields.of(Sections.CLIENTS);
        if (request.fields() != null) {
            // choosing whose value a hidden field keeps is writing it
            request.fields().keySet().stream().filter(hidden::hides).findFirst().ifPresent(field -> {
                throw new AccessDeniedException("fields." + field, "is hidden from your role and cannot be chosen");
            });
        }
        if (RecordReach.limited(Sections.CLIENTS)) {
            for (int i = 0; i < mergedIds.size(); i++) {
                boolean reached = clients.get(mergedIds.get(i))
                        .map(client -> RecordReach.reaches(Sections.CLIENTS, client.responsibleManagerId())).orElse(true);
                if (!reached) {
                    throw ValidationException.of("mergedIds[" + i + "]", "is not a client");
                }
            }
        }
        MergedClients merged = clients.merge(id, new ClientMerge(mergedIds, request.fields()),
                EntityTags.expectedVersion(ifMatch));
        return Response.ok(merged).tag(EntityTags.of(merged.survivor().version())).build();
    }

    /**
     * 404 for an id that never was a client; for a merged one, the pointer to its survivor, if the
     * caller reaches the survivor (404 otherwise, as the caller would get from the survivor itself).
     */
    private Response whereMerged(String id, UriInfo uri, MergedResponse response) {
        String survivor = clients.mergedInto(id)
                .filter(survivorId -> !RecordReach.limited(Sections.CLIENTS) || clients.get(survivorId)
                        .map(client -> RecordReach.reaches(Sections.CLIENTS, client.responsibleManagerId())).orElse(false))
                .orElseThrow(() -> new RecordNotFoundException(ClientService.RECORD_TYPE, id));
        return response.of(id, survivor, uri.getBaseUriBuilder().path("clients").path(survivor).build());
    }

    /** How a merged id answers a request. */
    private interface MergedResponse {
        Response of(String mergedId, String survivorId, URI survivor);
    }

    /** The list order a {@code sort} parameter names (none: by name); a wrong one goes to {@code errors}. */
    static ClientSort sort(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return ClientSort.NAME;
        }
        return ClientSort.fromParameter(value).orElseGet(() -> {
            errors.add(new FieldError("sort", FieldError.NOT_ONE_OF, Map.of("allowed", "name, -name, created, -created, updated, -updated"),
                    "must be one of name, -name, created, -created, updated, -updated"));
            return ClientSort.NAME;
        });
    }
}
