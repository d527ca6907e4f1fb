package org.atriumcrm.fitness.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/fitness/reports}: renewal statistics. */
@Component(service = ReportResource.class, property = RestResource.ENABLED)
@RequiresSection(ModuleDescriptor.ID)
@Path(ModuleDescriptor.ID + "/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final RenewalReport renewals;

    @Activate
    public ReportResource(@Reference RenewalReport renewals) {
        this.renewals = renewals;
    }

    /** {@code ?from=2026-01&to=2026-12}: the last twelve months when absent. */
    @GET
    @Path("renewals")
    public RenewalStats renewals(@QueryParam("from") String from, @QueryParam("to") String to) {
        return renewals.stats(QueryParams.month(from, "from"), QueryParams.month(to, "to"));
    }
}
