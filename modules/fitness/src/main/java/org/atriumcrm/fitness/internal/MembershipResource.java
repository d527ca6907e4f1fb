package org.atriumcrm.fitness.internal;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/fitness/memberships}: selling, reading, freezing. A membership's version is its ETag;
 * freeze and unfreeze honour {@code If-Match}.
 */
@Component(service = MembershipResource.class, property = RestResource.ENABLED)
@RequiresSection(ModuleDescriptor.ID)
@Path(ModuleDescriptor.ID + "/memberships")
@Produces(MediaType.APPLICATION_JSON)
public class MembershipResource {

    private final MembershipStore memberships;
    private final ClientAccess clients;

    @Activate
    public MembershipResource(@Reference MembershipStore memberships, @Reference ClientAccess clients) {
        this.memberships = memberships;
        this.clients = clients;
    }

    /** A client's memberships, latest start first; {@code after} is the id of the last one of the page before. */
    @GET
    public List<Membership> ofClient(@QueryParam("clientId") String clientId, @QueryParam("after") String after,
                                     @QueryParam("limit") String limit) {
        return memberships.ofClient(clientId, Paging.after(after), limit == null || limit.isBlank() ? 50 : Paging.limit(limit));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return tagged(reachable(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(MembershipDraft draft) {
        Membership membership = memberships.create(draft);
        return Response.created(URI.create(ModuleDescriptor.ID + "/memberships/" + membership.id())).entity(membership)
                .tag(EntityTags.of(membership.version())).build();
    }

    @POST
    @Path("{id}/freeze")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response freeze(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, FreezeRequest request) {
        if (request == null) {
            throw ValidationException.of("days", "is required");
        }
        reachable(id);
        return tagged(memberships.freeze(id, request.days(), EntityTags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/unfreeze")
    public Response unfreeze(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        reachable(id);
        return tagged(memberships.unfreeze(id, EntityTags.expectedVersion(ifMatch)));
    }

    /** 201 with the renewal, which keeps the card; the renewed membership is no longer current. */
    @POST
    @Path("{id}/renew")
    public Response renew(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RenewRequest request) {
        reachable(id);
        Membership renewal = memberships.renew(id, request, EntityTags.expectedVersion(ifMatch));
        return Response.created(URI.create(ModuleDescriptor.ID + "/memberships/" + renewal.id())).entity(renewal)
                .tag(EntityTags.of(renewal.version())).build();
    }

    /** The membership, if its client is in the caller's reach; 404 otherwise, as for one that does not exist. */
    private Membership reachable(String id) {
        Membership membership = memberships.get(id);
        if (!clients.reachable(membership.clientId())) {
            throw new RecordNotFoundException(MembershipStore.RECORD_TYPE, id);
        }
        return membership;
    }

    private static Response tagged(Membership membership) {
        return Response.ok(membership).tag(EntityTags.of(membership.version())).build();
    }
}
