package org.atriumcrm.core.automation.internal.rest;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
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
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.automation.internal.engine.Run;
import org.atriumcrm.core.automation.internal.engine.RuleCatalogue;
import org.atriumcrm.core.automation.internal.engine.RunStore;
import org.atriumcrm.core.automation.internal.rules.Condition;
import org.atriumcrm.core.automation.internal.rules.Rule;
import org.atriumcrm.core.automation.internal.rules.RuleDefinition;
import org.atriumcrm.core.automation.internal.rules.RuleRequest;
import org.atriumcrm.core.automation.internal.rules.RuleStore;
import org.atriumcrm.core.automation.internal.rules.RuleValidator;
import org.atriumcrm.core.automation.internal.rules.SavedFilters;
import org.atriumcrm.core.automation.internal.rules.StoredRule;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/automation}: workflow rules (each change of a definition is a new version), the trigger
 * and action types present now, and the run log, newest first.
 */
@Component(service = AutomationResource.class, property = RestResource.ENABLED)
@RequiresSection(Sections.AUTOMATION)
@Path("automation")
@Produces(MediaType.APPLICATION_JSON)
public class AutomationResource {

    private final RuleStore rules;
    private final RunStore runs;
    private final RuleCatalogue catalogue;
    private final SavedFilters filters;

    @Activate
    public AutomationResource(@Reference RuleStore rules, @Reference RunStore runs, @Reference RuleCatalogue catalogue,
            @Reference SavedFilters filters) {
        this.rules = rules;
        this.runs = runs;
        this.catalogue = catalogue;
        this.filters = filters;
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

    @GET
    @Path("runs")
    public List<Run> runs(@QueryParam("ruleId") String ruleId, @QueryParam("recordId") String recordId,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 200) {
            throw ValidationException.of("limit", "must be between 1 and 200");
        }
        return runs.find(ruleId, recordId, limit);
    }

    private static boolean enabled(RuleRequest request) {
        return request.enabled() == null || request.enabled();
    }

    private static String caller() {
        return Caller.current().map(Caller::userId).orElse(null);
    }
}
