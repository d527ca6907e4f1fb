package org.atriumcrm.core.rest.internal;

import java.util.ArrayList;
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
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.CustomFieldDraft;
import org.atriumcrm.core.api.CustomFieldService;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/custom-fields}: fields administrators add to clients and opportunities at runtime. */
@Component(service = CustomFieldResource.class, property = RestResource.ENABLED)
@Path("custom-fields")
@RequiresSection(Sections.SETTINGS)
@Produces(MediaType.APPLICATION_JSON)
public class CustomFieldResource {

    private final CustomFieldService fields;

    @Activate
    public CustomFieldResource(@Reference CustomFieldService fields) {
        this.fields = fields;
    }

    /** The fields of one kind of record ({@code ?recordKind=CLIENT}), or of every kind. */
    @GET
    public List<CustomField> list(@QueryParam("recordKind") String recordKind) {
        List<FieldError> errors = new ArrayList<>();
        RecordKind kind = QueryParameters.enumValue(errors, "recordKind", recordKind, RecordKind.class);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (kind != null) {
            return fields.list(kind);
        }
        List<CustomField> all = new ArrayList<>();
        for (RecordKind each : RecordKind.values()) {
            all.addAll(fields.list(each));
        }
        return all;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response define(CustomFieldDraft draft, @Context UriInfo uri) {
        CustomField created = fields.define(Bodies.required(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .tag(EntityTags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        CustomField field = fields.get(id).orElseThrow(() -> new RecordNotFoundException(CustomFieldService.RECORD_TYPE, id));
        return Response.ok(field).tag(EntityTags.of(field.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CustomFieldDraft draft) {
        CustomField updated = fields.update(id, Bodies.required(draft), EntityTags.expectedVersion(ifMatch));
        return Response.ok(updated).tag(EntityTags.of(updated.version())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        fields.delete(id, EntityTags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }
}
