package org.atriumcrm.core.rest.internal;

import java.util.ArrayList;
import java.util.List;

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
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.Opportunity;
import org.atriumcrm.core.api.OpportunityDraft;
import org.atriumcrm.core.api.OpportunityQuery;
import org.atriumcrm.core.api.OpportunityService;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.StageChange;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/opportunities}: possible sales, their stage moves and history. */
@Component(service = OpportunityResource.class, property = RestResource.ENABLED)
@Path("opportunities")
@RequiresSection(Sections.OPPORTUNITIES)
@Produces(MediaType.APPLICATION_JSON)
public class OpportunityResource {

    /** A stage move, as the board sends it when a card is dropped in another column. */
    public record StageMove(String stageId, String lostReason) {
    }

    /** The filters of an opportunity list. */
    public static class ListParameters {
        @QueryParam("clientId") String clientId;
        @QueryParam("pipelineId") String pipelineId;
        @QueryParam("stageId") String stageId;
        @QueryParam("ownerId") String ownerId;
        @QueryParam("open") String open;
        @QueryParam("limit") String limit;
        @QueryParam("after") String after;
    }

    private final OpportunityService opportunities;
    private final ClientRecordReach clientReach;

    @Activate
    public OpportunityResource(@Reference OpportunityService opportunities, @Reference ClientAccess clients) {
        this.opportunities = opportunities;
        this.clientReach = new ClientRecordReach(clients, Sections.OPPORTUNITIES);
    }

    @GET
    public Page<Opportunity> find(@BeanParam ListParameters parameters) {
        List<FieldError> errors = new ArrayList<>();
        int limit = QueryParameters.limit(errors, parameters.limit);
        Boolean open = QueryParameters.bool(errors, "open", parameters.open);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return opportunities.find(new OpportunityQuery(QueryParameters.text(parameters.clientId),
                QueryParameters.text(parameters.pipelineId), QueryParameters.text(parameters.stageId),
                QueryParameters.text(parameters.ownerId), open, limit, QueryParameters.text(parameters.after),
                RecordReach.owners(Sections.OPPORTUNITIES)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(OpportunityDraft draft, @Context UriInfo uri) {
        Opportunity created = opportunities.create(owned(Bodies.required(draft)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .tag(EntityTags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        Opportunity opportunity = reachable(id);
        return Response.ok(opportunity).tag(EntityTags.of(opportunity.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           OpportunityDraft draft) {
        requireReach(id);
        OpportunityDraft full = HiddenFields.keepStored(Sections.OPPORTUNITIES, owned(Bodies.required(draft)),
                () -> reachable(id), OpportunityDraft.class);
        Opportunity updated = opportunities.update(id, full, EntityTags.expectedVersion(ifMatch));
        return Response.ok(updated).tag(EntityTags.of(updated.version())).build();
    }

    @POST
    @Path("{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, StageMove move) {
        StageMove body = Bodies.required(move);
        requireReach(id);
        Opportunity moved = opportunities.moveToStage(id, body.stageId(), body.lostReason(),
                EntityTags.expectedVersion(ifMatch));
        return Response.ok(moved).tag(EntityTags.of(moved.version())).build();
    }

    @GET
    @Path("{id}/history")
    public List<StageChange> history(@PathParam("id") String id) {
        requireReach(id);
        return opportunities.stageHistory(id);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        requireReach(id);
        opportunities.delete(id, EntityTags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    /** 404 unless the caller reaches the opportunity; only a limited caller costs a read here. */
    private void requireReach(String id) {
        if (RecordReach.limited(Sections.OPPORTUNITIES)) {
            reachable(id);
        }
    }

    /** The opportunity, if it exists and its owner is within the caller's reach; 404 otherwise. */
    private Opportunity reachable(String id) {
        Opportunity opportunity = opportunities.get(id)
                .orElseThrow(() -> new RecordNotFoundException(OpportunityService.RECORD_TYPE, id));
        RecordReach.requireReach(Sections.OPPORTUNITIES, opportunity.ownerId(), OpportunityService.RECORD_TYPE, id);
        return opportunity;
    }

    /** The draft as a limited caller may write it: about a client it reaches (422 naming {@code clientId} otherwise), its own unless it names someone. */
    private OpportunityDraft owned(OpportunityDraft draft) {
        clientReach.requireClient(draft.clientId());
        String owner = RecordReach.ownerFor(Sections.OPPORTUNITIES, draft.ownerId(), "ownerId");
        return owner == null || owner.equals(draft.ownerId()) ? draft : draft.withOwnerId(owner);
    }
}
