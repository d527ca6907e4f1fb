package org.atriumcrm.benchmarks.internal.module;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Component;

/** {@code /api/bench/ping}: answers while the probe module is installed. */
@Component(service = PingResource.class, property = RestResource.ENABLED)
@RequiresSection(BenchModule.ID)
@Path(BenchModule.ID + "/ping")
@Produces(MediaType.APPLICATION_JSON)
public class PingResource {

    @GET
    public Map<String, String> ping() {
        return Map.of("module", BenchModule.ID);
    }
}
