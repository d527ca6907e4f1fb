package org.atriumcrm.core.rest.internal;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.atriumcrm.core.api.ActivityService;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.CustomFieldService;
import org.atriumcrm.core.api.OpportunityService;
import org.atriumcrm.core.api.PipelineService;
import org.atriumcrm.core.api.TaskService;
import org.atriumcrm.core.api.TimelineService;
import org.atriumcrm.core.spi.PublicEndpoint;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/health}: answers 200 once every core service is up (this resource needs them all to exist). */
@Component(service = HealthResource.class, property = RestResource.ENABLED, reference = {
    @Reference(name = "clients", service = ClientService.class),
    @Reference(name = "activities", service = ActivityService.class),
    @Reference(name = "tasks", service = TaskService.class),
    @Reference(name = "opportunities", service = OpportunityService.class),
    @Reference(name = "pipelines", service = PipelineService.class),
    @Reference(name = "timeline", service = TimelineService.class),
    @Reference(name = "customFields", service = CustomFieldService.class)})
@Path("health")
@PublicEndpoint
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @GET
    public Map<String, String> health() {
        return Map.of("status", "UP");
    }
}
