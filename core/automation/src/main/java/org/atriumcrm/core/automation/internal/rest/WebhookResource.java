package org.atriumcrm.core.automation.internal.rest;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.automation.internal.AutomationConfiguration;
import org.atriumcrm.core.automation.internal.webhooks.Delivery;
import org.atriumcrm.core.automation.internal.webhooks.DeliveryStore;
import org.atriumcrm.core.automation.internal.webhooks.Webhook;
import org.atriumcrm.core.automation.internal.webhooks.WebhookEvent;
import org.atriumcrm.core.automation.internal.webhooks.WebhookRequest;
import org.atriumcrm.core.automation.internal.webhooks.WebhookStore;
import org.atriumcrm.core.automation.internal.webhooks.WebhookValidator;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/automation/webhooks}: outgoing webhook subscriptions (the secret is in the answer to the
 * creation only), their versions as {@code ETag}/{@code If-Match}, the events they can take, and each
 * hook's delivery log, newest first.
 */
@Component(service = WebhookResource.class, property = RestResource.ENABLED, configurationPid = AutomationConfiguration.PID)
@RequiresSection(Sections.AUTOMATION)
@Path("automation/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final WebhookStore hooks;
    private final DeliveryStore deliveries;
    private final boolean allowHttp;

    @Activate
    public WebhookResource(@Reference WebhookStore hooks, @Reference DeliveryStore deliveries, AutomationConfiguration configuration) {
        this.hooks = hooks;
        this.deliveries = deliveries;
        this.allowHttp = configuration.webhook_allow_http();
    }

    @GET
    public List<Webhook> list() {
        return hooks.all();
    }

    @GET
    @Path("events")
    public List<String> events() {
        return WebhookEvent.ids();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        Webhook hook = find(id);
        return Response.ok(hook).tag(tag(hook)).build();
    }

    /** Creates an enabled hook (unless {@code enabled} is false); the answer shows its secret, once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(WebhookRequest request) {
        Webhook created = hooks.create(WebhookValidator.check(request, allowHttp));
        return Response.created(URI.create("automation/webhooks/" + created.id())).tag(tag(created)).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, WebhookRequest request) {
        Webhook updated = hooks.update(id, WebhookValidator.check(request, allowHttp), IfMatch.version(ifMatch, "webhook"));
        return Response.ok(updated).tag(tag(updated)).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        hooks.delete(id, IfMatch.version(ifMatch, "webhook"));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    public List<Delivery> deliveries(@PathParam("id") String id, @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 200) {
            throw ValidationException.of("limit", "must be between 1 and 200");
        }
        find(id);
        return deliveries.ofWebhook(id, limit);
    }

    private Webhook find(String id) {
        return hooks.get(id).orElseThrow(() -> new RecordNotFoundException("webhook", id));
    }

    private static EntityTag tag(Webhook hook) {
        return new EntityTag(Long.toString(hook.version()));
    }
}
