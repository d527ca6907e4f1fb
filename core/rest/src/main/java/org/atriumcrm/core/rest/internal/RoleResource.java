package org.atriumcrm.core.rest.internal;

import java.net.URI;
import java.util.List;

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

import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.security.Role;
import org.atriumcrm.core.api.security.RoleDraft;
import org.atriumcrm.core.api.security.RoleService;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.atriumcrm.core.spi.Section;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/roles}: roles and their grants per section, for admins; {@code /api/roles/sections} lists what can be granted now. */
@Component(service = RoleResource.class, property = RestResource.ENABLED)
@Path("roles")
@Produces(MediaType.APPLICATION_JSON)
@RequiresSection(Sections.ADMIN)
public class RoleResource {

    private final RoleService roles;
    private final Sections sections;

    @Activate
    public RoleResource(@Reference RoleService roles, @Reference Sections sections) {
        this.roles = roles;
        this.sections = sections;
    }

    @GET
    public List<Role> list() {
        return roles.list();
    }

    @GET
    @Path("sections")
    public List<Section> sections() {
        return sections.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RoleDraft draft, @Context UriInfo uri) {
        Role created = roles.create(Bodies.required(draft));
        URI location = uri.getAbsolutePathBuilder().path(created.id()).build();
        return Response.created(location).tag(EntityTags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        Role role = roles.get(id).orElseThrow(() -> new RecordNotFoundException(RoleService.RECORD_TYPE, id));
        return Response.ok(role).tag(EntityTags.of(role.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RoleDraft draft) {
        Role updated = roles.update(id, Bodies.required(draft), EntityTags.expectedVersion(ifMatch));
        return Response.ok(updated).tag(EntityTags.of(updated.version())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        roles.delete(id, EntityTags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }
}
