package org.atriumcrm.fitness.internal;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/fitness/trainers}: the club's trainers, and each one's load per week. */
@Component(service = TrainerResource.class, property = RestResource.ENABLED)
@RequiresSection(ModuleDescriptor.ID)
@Path(ModuleDescriptor.ID + "/trainers")
@Produces(MediaType.APPLICATION_JSON)
public class TrainerResource {

    private final TrainerStore trainers;

    @Activate
    public TrainerResource(@Reference TrainerStore trainers) {
        this.trainers = trainers;
    }

    @GET
    public Page<Trainer> list(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        return trainers.list(Paging.after(after), Paging.limit(limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TrainerDraft draft) {
        Trainer trainer = trainers.create(draft);
        return Response.created(URI.create(ModuleDescriptor.ID + "/trainers/" + trainer.id())).entity(trainer)
                .tag(EntityTags.of(trainer.version())).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        Trainer trainer = trainers.get(id);
        return Response.ok(trainer).tag(EntityTags.of(trainer.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TrainerDraft draft) {
        Trainer trainer = trainers.update(id, draft, EntityTags.expectedVersion(ifMatch));
        return Response.ok(trainer).tag(EntityTags.of(trainer.version())).build();
    }

    /** {@code ?from=2026-11-16&weeks=4}: one row per week from the Monday of {@code from} (this week when absent). */
    @GET
    @Path("{id}/load")
    public List<TrainerLoad> load(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("weeks") String weeks) {
        return trainers.load(id, QueryParams.date(from, "from"), QueryParams.integer(weeks, "weeks", 4));
    }
}
