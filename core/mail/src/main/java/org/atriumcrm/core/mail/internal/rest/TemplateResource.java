package org.atriumcrm.core.mail.internal.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.Access;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.mail.internal.MailConfiguration;
import org.atriumcrm.core.mail.internal.templates.Rendered;
import org.atriumcrm.core.mail.internal.templates.Template;
import org.atriumcrm.core.mail.internal.templates.TemplateChoice;
import org.atriumcrm.core.mail.internal.templates.TemplateRenderer;
import org.atriumcrm.core.mail.internal.templates.TemplateRequest;
import org.atriumcrm.core.mail.internal.templates.TemplateStore;
import org.atriumcrm.core.mail.internal.templates.TemplateValidator;
import org.atriumcrm.core.mail.internal.templates.TemplateValues;
import org.atriumcrm.core.mail.internal.templates.Variant;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/automation/templates}: message templates with a variant per language, and a preview for
 * one client the caller reaches, rendered without the fields hidden from the caller.
 */
@Component(service = TemplateResource.class, property = RestResource.ENABLED, configurationPid = MailConfiguration.PID)
@RequiresSection(Sections.AUTOMATION)
@Path("automation/templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    /** What a preview is asked for: a client, and a language to override the client's own. */
    public record PreviewRequest(String clientId, String language) {
    }

    private final TemplateStore templates;
    private final ClientService clients;
    private final ClientAccess access;
    private volatile String defaultLanguage;

    @Activate
    public TemplateResource(@Reference TemplateStore templates, @Reference ClientService clients, @Reference ClientAccess access,
            MailConfiguration configuration) {
        this.templates = templates;
        this.clients = clients;
        this.access = access;
        modified(configuration);
    }

    @Modified
    void modified(MailConfiguration configuration) {
        this.defaultLanguage = configuration.default_language();
    }

    @GET
    public List<Template> list() {
        return templates.all();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        Template template = found(id);
        return Response.ok(template).tag(tag(template)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TemplateRequest request) {
        Template created = templates.create(TemplateValidator.check(request));
        return Response.created(URI.create("automation/templates/" + created.id())).tag(tag(created)).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TemplateRequest request) {
        Template updated = templates.update(id, TemplateValidator.check(request), expectedVersion(ifMatch));
        return Response.ok(updated).tag(tag(updated)).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        templates.delete(id, expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    /**
     * The template as the client would get it; a client out of the caller's reach is 404, as if it did
     * not exist. A POST that changes nothing: reading templates is enough.
     */
    @POST
    @Path("{id}/preview")
    @RequiresSection(value = Sections.AUTOMATION, access = Access.READ)
    @Consumes(MediaType.APPLICATION_JSON)
    public Rendered preview(@PathParam("id") String id, PreviewRequest request) {
        Template template = found(id);
        if (request == null || request.clientId() == null || request.clientId().isBlank()) {
            throw ValidationException.of(FieldError.of("clientId", FieldError.REQUIRED, "is required"));
        }
        if (request.language() != null && !TemplateValidator.LANGUAGES.contains(request.language())) {
            throw ValidationException.of(new FieldError("language", FieldError.NOT_ONE_OF, Map.of("allowed", "en,es,ru"),
                    "is not one of en, es, ru"));
        }
        access.requireReach(request.clientId());
        Client client = clients.get(request.clientId()).orElseThrow(() -> new RecordNotFoundException("client", request.clientId()));
        Optional<String> language = Optional.ofNullable(request.language()).or(() -> TemplateValues.languageOf(client));
        Map.Entry<String, Variant> variant = TemplateChoice.variant(template, language, defaultLanguage);
        Set<String> hidden = Caller.current().map(caller -> caller.hiddenFields(Sections.CLIENTS)).orElse(Set.of());
        return TemplateRenderer.render(variant.getKey(), variant.getValue(),
                TemplateValues.of(client, client.contacts().stream().findFirst(), hidden));
    }

    private Template found(String id) {
        return templates.get(id).orElseThrow(() -> new RecordNotFoundException("template", id));
    }

    private static EntityTag tag(Template template) {
        return new EntityTag(Long.toString(template.version()));
    }

    /** {@code If-Match: "3"} → 3; absent or {@code *} → any version. */
    private static OptionalLong expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException notOurs) {
            throw ValidationException.of(FieldError.of("If-Match", FieldError.WRONG_TYPE, "is not a version of this template"));
        }
    }
}
