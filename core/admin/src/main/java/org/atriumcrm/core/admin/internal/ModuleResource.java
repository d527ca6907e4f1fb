package org.atriumcrm.core.admin.internal;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/modules}: the installed modules, the ones the feature repositories offer, and
 * installing or removing one at runtime. Removing keeps the module's tables and data.
 */
@Component(service = ModuleResource.class, property = RestResource.ENABLED)
@Path("modules")
@RequiresSection(Sections.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {

    /** Body of an install request: the module id, e.g. {@code {"id":"fitness"}}. */
    public record InstallRequest(String id) {
    }

    private final ModuleAdmin admin;

    @Activate
    public ModuleResource(@Reference ModuleAdmin admin) {
        this.admin = admin;
    }

    @GET
    public List<ModuleInfo> installed() {
        return admin.installed();
    }

    @GET
    @Path("available")
    public List<ModuleInfo> available() {
        return admin.available();
    }

    @GET
    @Path("{id}")
    public ModuleInfo get(@PathParam("id") String id) {
        return admin.get(id);
    }

    /** 201 with the module when installed now, 200 when it was installed already. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response install(InstallRequest request) {
        if (request == null || request.id() == null || request.id().isBlank()) {
            throw ValidationException.of("id", "is required");
        }
        boolean installedNow = admin.install(request.id());
        ModuleInfo module = admin.get(request.id());
        return installedNow
                ? Response.created(URI.create("modules/" + module.id())).entity(module).build()
                : Response.ok(module).build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) {
        admin.remove(id);
        return Response.noContent().build();
    }
}
