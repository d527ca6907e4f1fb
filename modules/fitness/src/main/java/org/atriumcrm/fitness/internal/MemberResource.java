package org.atriumcrm.fitness.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/fitness/members}: members' lifecycle stages, one member's or those of a stage. */
@Component(service = MemberResource.class, property = RestResource.ENABLED)
@RequiresSection(ModuleDescriptor.ID)
@Path(ModuleDescriptor.ID + "/members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    private final MemberStages stages;
    private final ClientAccess clients;

    @Activate
    public MemberResource(@Reference MemberStages stages, @Reference ClientAccess clients) {
        this.stages = stages;
        this.clients = clients;
    }

    /** {@code ?stage=DECLINING&after=&limit=}: the members in a stage, by client id. */
    @GET
    public Page<MemberStage> inStage(@QueryParam("stage") String stage, @QueryParam("after") String after,
                                     @QueryParam("limit") String limit) {
        Page<MemberStage> page = stages.inStage(QueryParams.constant(stage, "stage", LifecycleStage.class), Paging.after(after),
                Paging.limit(limit));
        // members out of the caller's reach are left out: a page may be short, with a next
        return new Page<>(clients.reachableOnly(page.items(), MemberStage::clientId), page.next());
    }

    /** A member's stage as last computed; 404 for a client who never had a membership. */
    @GET
    @Path("{clientId}")
    public MemberStage stage(@PathParam("clientId") String clientId) {
        return stages.stage(clientId).filter(member -> clients.reachable(clientId)).orElseThrow(() -> new RecordNotFoundException(ClientService.RECORD_TYPE, clientId));
    }
}
