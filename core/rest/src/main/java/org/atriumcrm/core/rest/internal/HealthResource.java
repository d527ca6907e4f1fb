package org.atriumcrm.core.rest.internal;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/health}: answers 200 once the client store is up (this resource needs it to exist). */
@Component(service = HealthResource.class, property = RestResource.ENABLED,
        reference = @Reference(name = "clients", service = ClientService.class))
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @GET
    public Map<String, String> health() {
        return Map.of("status", "UP");
    }
}
