package org.atriumcrm.fitness.internal;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/fitness/plans}: the plans the club sells. */
@Component(service = PlanResource.class, property = RestResource.ENABLED)
@RequiresSection(ModuleDescriptor.ID)
@Path(ModuleDescriptor.ID + "/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    private final PlanStore plans;

    @Activate
    public PlanResource(@Reference PlanStore plans) {
        this.plans = plans;
    }

    @GET
    public List<Plan> list() {
        return plans.all();
    }

    @GET
    @Path("{id}")
    public Plan get(@PathParam("id") String id) {
        return plans.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PlanDraft draft) {
        Plan plan = plans.create(draft);
        return Response.created(URI.create(ModuleDescriptor.ID + "/plans/" + plan.id())).entity(plan).build();
    }
}
