package org.atriumcrm.core.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
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

import org.atriumcrm.core.api.Pipeline;
import org.atriumcrm.core.api.PipelineDraft;
import org.atriumcrm.core.api.PipelineService;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/pipelines}: sales pipelines and their ordered stages. */
@Component(service = PipelineResource.class, property = RestResource.ENABLED)
@Path("pipelines")
@RequiresSection(Sections.SETTINGS)
@Produces(MediaType.APPLICATION_JSON)
public class PipelineResource {

    private final PipelineService pipelines;

    @Activate
    public PipelineResource(@Reference PipelineService pipelines) {
        this.pipelines = pipelines;
    }

    @GET
    public List<Pipeline> list() {
        return pipelines.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PipelineDraft draft, @Context UriInfo uri) {
        Pipeline created = pipelines.create(Bodies.required(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .tag(EntityTags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        Pipeline pipeline = pipelines.get(id).orElseThrow(() -> new RecordNotFoundException(PipelineService.RECORD_TYPE, id));
        return Response.ok(pipeline).tag(EntityTags.of(pipeline.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           PipelineDraft draft) {
        Pipeline updated = pipelines.update(id, Bodies.required(draft), EntityTags.expectedVersion(ifMatch));
        return Response.ok(updated).tag(EntityTags.of(updated.version())).build();
    }
}
