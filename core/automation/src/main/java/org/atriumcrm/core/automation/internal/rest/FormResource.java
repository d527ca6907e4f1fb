package org.atriumcrm.core.automation.internal.rest;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.CustomFieldService;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.api.security.UserService;
import org.atriumcrm.core.automation.internal.AutomationConfiguration;
import org.atriumcrm.core.automation.internal.forms.FormRequest;
import org.atriumcrm.core.automation.internal.forms.FormSnippet;
import org.atriumcrm.core.automation.internal.forms.FormStore;
import org.atriumcrm.core.automation.internal.forms.FormValidator;
import org.atriumcrm.core.automation.internal.forms.WebForm;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/automation/forms}: the public web forms, their versions as {@code ETag}/{@code If-Match},
 * and each form's snippet to paste into a page. Submissions arrive at {@link PublicFormResource}.
 */
@Component(service = FormResource.class, property = RestResource.ENABLED, configurationPid = AutomationConfiguration.PID)
@RequiresSection(Sections.AUTOMATION)
@Path("automation/forms")
@Produces(MediaType.APPLICATION_JSON)
public class FormResource {

    private final FormStore forms;
    private final CustomFieldService customFields;
    private final UserService users;
    private final String publicUrl;

    @Activate
    public FormResource(@Reference FormStore forms, @Reference CustomFieldService customFields, @Reference UserService users,
            AutomationConfiguration configuration) {
        this.forms = forms;
        this.customFields = customFields;
        this.users = users;
        this.publicUrl = configuration.form_public_url().strip().replaceAll("/+$", "");
    }

    @GET
    public List<WebForm> list() {
        return forms.all();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        WebForm form = find(id);
        return Response.ok(form).tag(tag(form)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(FormRequest request) {
        WebForm created = forms.create(checked(request));
        return Response.created(URI.create("automation/forms/" + created.id())).tag(tag(created)).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, FormRequest request) {
        WebForm updated = forms.update(id, checked(request), IfMatch.version(ifMatch, "form"));
        return Response.ok(updated).tag(tag(updated)).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        forms.delete(id, IfMatch.version(ifMatch, "form"));
        return Response.noContent().build();
    }

    /**
     * The HTML to paste into a page of an allowed origin; it posts to {@code /api/public/forms/{id}}.
     * HTML whatever the caller accepts: the API client that fetches it usually asks for JSON.
     */
    @GET
    @Path("{id}/snippet")
    @Produces(MediaType.WILDCARD)
    public Response snippet(@PathParam("id") String id, @Context UriInfo uri) {
        WebForm form = find(id);
        String base = publicUrl.isEmpty() ? uri.getBaseUri().toString().replaceAll("/+$", "") : publicUrl + "/api";
        return Response.ok(FormSnippet.render(form, base + "/" + PublicFormResource.PATH + "/" + form.id()),
                MediaType.TEXT_HTML + ";charset=utf-8").build();
    }

    private FormRequest checked(FormRequest request) {
        Set<String> keys = customFields.list(RecordKind.CLIENT).stream().map(CustomField::key).collect(Collectors.toSet());
        return FormValidator.check(request, keys, userId -> users.get(userId).isPresent());
    }

    private WebForm find(String id) {
        return forms.get(id).orElseThrow(() -> new RecordNotFoundException("form", id));
    }

    private static EntityTag tag(WebForm form) {
        return new EntityTag(Long.toString(form.version()));
    }
}
