package org.atriumcrm.fitness.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/fitness/checkins}: the access-control system asks whether a card may enter (always
 * 200, the decision is in the body: a denial is an answer, not an error), and staff read attempts back.
 */
@Component(service = CheckinResource.class, property = RestResource.ENABLED)
@RequiresSection(ModuleDescriptor.ID)
@Path(ModuleDescriptor.ID + "/checkins")
@Produces(MediaType.APPLICATION_JSON)
public class CheckinResource {

    private final CheckinDesk desk;
    private final ClientAccess clients;

    @Activate
    public CheckinResource(@Reference CheckinDesk desk, @Reference ClientAccess clients) {
        this.desk = desk;
        this.clients = clients;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CheckinAnswer checkIn(CheckinRequest request) {
        return desk.checkIn(request);
    }

    @GET
    public List<Checkin> attempts(@QueryParam("card") String card, @QueryParam("clientId") String clientId,
                                  @QueryParam("after") String after, @QueryParam("limit") String limit) {
        // attempts of clients out of the caller's reach are left out, as for a client or card no one has
        return clients.reachableOnly(desk.attempts(card, clientId, Paging.after(after),
                limit == null || limit.isBlank() ? 50 : Paging.limit(limit)), Checkin::clientId);
    }
}
