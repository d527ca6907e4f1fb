package org.atriumcrm.core.automation.internal.rest;

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
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.api.security.User;
import org.atriumcrm.core.api.security.UserService;
import org.atriumcrm.core.automation.internal.engine.RuleCatalogue;
import org.atriumcrm.core.automation.internal.rules.Condition;
import org.atriumcrm.core.automation.internal.rules.Rule;
import org.atriumcrm.core.automation.internal.rules.RuleDefinition;
import org.atriumcrm.core.automation.internal.rules.RuleRequest;
import org.atriumcrm.core.automation.internal.rules.RuleStore;
import org.atriumcrm.core.automation.internal.rules.RuleValidator;
import org.atriumcrm.core.automation.internal.rules.RuleVersion;
import org.atriumcrm.core.automation.internal.rules.SavedFilters;
import org.atriumcrm.core.automation.internal.rules.StoredRule;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/automation}: workflow rules (each change of a definition is a new version, each version
 * kept and listed) and the trigger and action types present now. The run log is {@link RunLogResource}.
 */
@Component(service = AutomationResource.class, property = RestResource.ENABLED)
@RequiresSection(Sections.AUTOMATION)
@Path("automation")
@Produces(MediaType.APPLICATION_JSON)
public class AutomationResource {

    private final RuleStore rules;
    private final RuleCatalogue catalogue;
    private final SavedFilters filters;
    private final UserService users;

    @Activate
    public AutomationResource(@Reference RuleStore rules, @Reference RuleCatalogue catalogue, @Reference SavedFilters filters,
            @Reference UserService users) {
        this.rules = rules;
        this.catalogue = catalogue;
        this.filters = filters;
        this.users = users;
    }

    @GET
    @Path("rules")
    public List<Rule> list() {
        return rules.all().stream().map(rule -> Rule.of(rule, catalogue)).toList();
    }

    @GET
    @Path("rules/{id}")
    public Response get(@PathParam("id") String id) {
        return tagged(Response.ok(), Rule.of(rules.get(id).orElseThrow(() -> new RecordNotFoundException("rule", id)), catalogue));
    }

    @POST
    @Path("rules")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RuleRequest request) {
        RuleDefinition definition = RuleValidator.check(request, catalogue, filters);
        StoredRule stored = rules.create(definition, enabled(request), caller());
        return tagged(Response.created(URI.create("automation/rules/" + stored.id())), Rule.of(stored, catalogue));
    }

    /**
     * Replaces the definition (a new version when it differs) and sets whether the rule is enabled.
     * The ETag is the definition's version: {@code If-Match} with an older one answers 409.
     */
    @PUT
    @Path("rules/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RuleRequest request) {
        Condition current = rules.get(id).map(rule -> rule.definition().conditions()).orElse(Condition.ALWAYS);
        RuleDefinition definition = RuleValidator.check(request, catalogue, filters, current);
        StoredRule updated = rules.update(id, definition, enabled(request), caller(), IfMatch.version(ifMatch, "rule"));
        return tagged(Response.ok(), Rule.of(updated, catalogue));
    }

    /**
     * Deletes the rule: it fires no more and leaves every list, while its runs stay in the log. With
     * {@code If-Match}, only while the definition is still that version.
     */
    @DELETE
    @Path("rules/{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        rules.delete(id, IfMatch.version(ifMatch, "rule"));
        return Response.noContent().build();
    }

    /** Every version of the rule's definition, the newest first: when, by whom, on which trigger. */
    @GET
    @Path("rules/{id}/versions")
    public List<RuleVersion> versions(@PathParam("id") String id) {
        return rules.versions(id).stream().map(this::named).toList();
    }

    /** One version with its definition, as it was written. */
    @GET
    @Path("rules/{id}/versions/{version}")
    public RuleVersion version(@PathParam("id") String id, @PathParam("version") int version) {
        return named(rules.version(id, version));
    }

    private RuleVersion named(RuleVersion version) {
        return version.createdBy() == null ? version
                : version.named(users.get(version.createdBy()).map(User::displayName).orElse(null));
    }

    private static Response tagged(Response.ResponseBuilder response, Rule rule) {
        return response.entity(rule).tag(new EntityTag(Integer.toString(rule.version()))).build();
    }

    @GET
    @Path("triggers")
    public List<RuleCatalogue.TypeInfo> triggers() {
        return catalogue.triggers();
    }

    @GET
    @Path("actions")
    public List<RuleCatalogue.TypeInfo> actions() {
        return catalogue.actions();
    }

    private static boolean enabled(RuleRequest request) {
        return request.enabled() == null || request.enabled();
    }

    private static String caller() {
        return Caller.current().map(Caller::userId).orElse(null);
    }
}
